"""Planning without opening a file: long lists continue on "(cont'd)" / "(suite)" slides,
text shrinks within its floor, overviews are generated, the kind registry fails loudly."""

from __future__ import annotations

import datetime
import doctest

import pytest

from councilkit.localize import Localizer
from councilkit.model import (
    BulletsSlide,
    Deck,
    Language,
    ListItem,
    NumberedSlide,
    OverviewSlide,
    Project,
    ProjectSettings,
    SectionSlide,
    Slide,
    Status,
    WorkingGroup,
    bilingual,
)
from councilkit.render.pptx import KINDS, SlideKindRegistry, fit
from councilkit.render.pptx.deck import plan_deck
from councilkit.render.pptx.fit import fits
from councilkit.render.pptx.plan import PlanContext, default_areas

LONG = (
    "This item has enough words in it to take two full lines of a slide at the reading size, "
    "as items of briefing decks often do {n}"
)


def context(slides: tuple[Slide, ...], language: Language = Language.EN) -> PlanContext:
    group = WorkingGroup(name=bilingual("Test group", "Groupe d’essai"))
    deck = Deck(
        version="1.0",
        status=Status.DRAFT,
        date=datetime.date(2016, 9, 14),
        title=bilingual("A deck", "Une présentation"),
        slides=slides,
    )
    project = Project(
        settings=ProjectSettings(organization=bilingual("Joint Councils", "Conseils mixtes")),
        groups=(group,),
    )
    return PlanContext(
        Localizer(project, language), deck, group, project, default_areas(KINDS.names)
    )


def items(count: int, text: str = LONG) -> tuple[ListItem, ...]:
    return tuple(
        ListItem(text=bilingual(text.format(n=n), text.format(n=n) + " (fr)")) for n in range(count)
    )


def bullets(count: int, text: str = LONG) -> BulletsSlide:
    return BulletsSlide(title=bilingual("Findings", "Constats"), items=items(count, text))


@pytest.mark.parametrize(
    ("language", "marks"),
    [
        (Language.EN, ["", " (cont\u2019d)", " (cont\u2019d 2)"]),
        (Language.FR, ["", " (suite)", " (suite 2)"]),
    ],
)
def test_a_long_list_continues_on_following_slides(language: Language, marks: list[str]) -> None:
    slide = bullets(30)
    ctx = context((slide,), language)
    plans = plan_deck(ctx.deck, ctx)
    assert len(plans) >= 3
    base = "Findings" if language is Language.EN else "Constats"
    assert [p.title_text for p in plans[:3]] == [base + m for m in marks]
    texts = [para.text for plan in plans for para in plan.content.body.paragraphs]  # type: ignore[attr-defined]
    assert len(texts) == 30
    assert texts[0].startswith("This item") and texts[-1].endswith(
        "29" + ("" if language is Language.EN else " (fr)")
    )
    for plan in plans:
        content = plan.content
        assert content.body.size >= ctx.style.body_floor  # type: ignore[attr-defined]
        assert fits(content.body.paragraphs, content.box, content.body.size)  # type: ignore[attr-defined]
    assert [p.continuation for p in plans] == list(range(len(plans)))
    assert plans[1].notes == ()


def test_text_shrinks_within_the_floor_before_continuing() -> None:
    ctx = context((bullets(9),))
    (plan,) = plan_deck(ctx.deck, ctx)
    size = plan.content.body.size  # type: ignore[attr-defined]
    assert ctx.style.body_floor <= size < ctx.style.body_size
    ctx = context((bullets(3, "Short {n}"),))
    (plan,) = plan_deck(ctx.deck, ctx)
    assert plan.content.body.size == ctx.style.body_size  # type: ignore[attr-defined]


def test_numbering_continues_across_slides() -> None:
    slide = NumberedSlide(title=bilingual("Asks", "Demandes"), items=items(20))
    ctx = context((slide,))
    plans = plan_deck(ctx.deck, ctx)
    numbers = [p.number for plan in plans for p in plan.content.body.paragraphs]  # type: ignore[attr-defined]
    assert len(plans) > 1 and numbers == list(range(1, 21))


def test_overview_lists_section_titles_or_else_other_titles() -> None:
    sections = (
        OverviewSlide(),
        SectionSlide(title=bilingual("Mandate", "Mandat")),
        bullets(2, "x {n}"),
        SectionSlide(title=bilingual("Next steps", "Prochaines étapes")),
    )
    ctx = context(sections, Language.FR)
    plans = plan_deck(ctx.deck, ctx)
    assert plans[0].title_text == "Aperçu"
    assert [p.text for p in plans[0].content.body.paragraphs] == ["Mandat", "Prochaines étapes"]  # type: ignore[attr-defined]
    ctx = context((OverviewSlide(), bullets(2, "x {n}")))
    plans = plan_deck(ctx.deck, ctx)
    assert [p.text for p in plans[0].content.body.paragraphs] == ["Findings"]  # type: ignore[attr-defined]


def test_titles_are_made_unique_with_a_warning() -> None:
    ctx = context((OverviewSlide(), bullets(1, "x {n}"), OverviewSlide()))
    plans = plan_deck(ctx.deck, ctx)
    assert [p.title_text for p in plans] == ["Overview", "Findings", "Overview (2)"]
    assert [d.code for d in ctx.diagnostics] == ["duplicate-title"]


def test_every_model_slide_kind_has_a_planner_and_emitter() -> None:
    assert set(Slide.VARIANTS.tags) == set(KINDS.names)


def test_the_registry_fails_loudly() -> None:
    registry = SlideKindRegistry()
    kind = KINDS.get("swot")
    registry.register("swot", planner=kind.planner, emitter=kind.emitter)
    with pytest.raises(ValueError, match="registered twice"):
        registry.register("swot", planner=kind.planner, emitter=kind.emitter)
    with pytest.raises(KeyError, match="known: swot"):
        registry.get("pie-chart")


def test_fit_examples() -> None:
    assert doctest.testmod(fit).failed == 0
    assert fit.line_count("word " * 40, width=200, size=20) > fit.line_count(
        "word " * 40, width=400, size=20
    )
    # a no-break space keeps a French colon with the word before it
    assert fit.line_count("Mandat\u00a0:", width=fit.text_width("Mandat", 20) + 1, size=20) == 2


def test_both_languages_get_the_same_plan_when_one_runs_longer() -> None:
    """Items whose French is three times as long: the English takes as many slides, with
    the same items on each, at the same size."""
    slide = BulletsSlide(
        title=bilingual("Findings", "Constats"),
        items=tuple(
            ListItem(text=bilingual(f"Item {n}", " ".join([f"Élément {n} bien plus long"] * 6)))
            for n in range(12)
        ),
    )
    plans = {}
    for language in Language:
        ctx = context((slide,), language)
        plans[language] = plan_deck(ctx.deck, ctx)
    english, french = plans[Language.EN], plans[Language.FR]
    assert len(english) == len(french) >= 2
    for mine, theirs in zip(english, french, strict=True):
        assert mine.title_size == theirs.title_size
        assert mine.content.body.size == theirs.content.body.size  # type: ignore[attr-defined]
        count = len(mine.content.body.paragraphs)  # type: ignore[attr-defined]
        assert count == len(theirs.content.body.paragraphs) >= 3  # type: ignore[attr-defined]
    unpaired = context((slide,), Language.EN)
    unpaired.twin = None
    assert len(plan_deck(unpaired.deck, unpaired)) < len(english)  # the pairing decides
