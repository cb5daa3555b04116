"""A size found by halving is the size trying every size from the largest down finds: a
table's on one slide when it fits, else the largest size needing no more slides than the
floor; the common size of a diagram's texts."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Sequence

import pytest

from councilkit.localize import Localizer, Run
from councilkit.model import (
    Deck,
    Language,
    Project,
    ProjectSettings,
    Status,
    WorkingGroup,
    bilingual,
)
from councilkit.model.blocks import TableData
from councilkit.model.slides import TableSlide
from councilkit.render.pptx import KINDS
from councilkit.render.pptx.fit import fits
from councilkit.render.pptx.kinds import diagram, halving, table_pages
from councilkit.render.pptx.kinds.tables import plan_table
from councilkit.render.pptx.plan import Box, Para, PlanContext, SlidePlan, default_areas

SIZES = [18.0 - 0.5 * i for i in range(13)]


def every_size(sizes: Sequence[float], ok: Callable[[float], bool]) -> float | None:
    """The reference: the first size, from the largest down, for which ``ok`` holds."""
    return next((size for size in sizes if ok(size)), None)


@pytest.mark.parametrize("threshold", [*SIZES, 11.5, 18.5])
def test_halving_finds_the_size_trying_every_size_finds(threshold: float) -> None:
    tried: list[float] = []

    def ok(size: float) -> bool:
        tried.append(size)
        return size <= threshold

    assert halving.largest(SIZES, ok) == every_size(SIZES, lambda s: s <= threshold)
    assert len(tried) <= 5


def table(rows: int, words: int) -> TableSlide:
    text = " ".join(f"word{n}" for n in range(words))
    return TableSlide(
        title=bilingual("Gaps", "Écarts"),
        table=TableData(
            header=(bilingual("Area", "Domaine"), bilingual("Finding", "Constat")),
            rows=tuple(
                (bilingual(f"Area {r}", f"Domaine {r}"), bilingual(text, text + " (fr)"))
                for r in range(rows)
            ),
        ),
    )


def plans(slide: TableSlide) -> list[SlidePlan]:
    deck = Deck(
        version="1.0",
        status=Status.DRAFT,
        date=datetime.date(2016, 9, 14),
        title=bilingual("A deck", "Une présentation"),
        slides=(slide,),
    )
    group = WorkingGroup(name=bilingual("Test group", "Groupe d’essai"))
    project = Project(
        settings=ProjectSettings(organization=bilingual("Joint Councils", "Conseils mixtes")),
        groups=(group,),
    )
    ctx = PlanContext(
        Localizer(project, Language.FR), deck, group, project, default_areas(KINDS.names)
    )
    return plan_table(slide, ctx)


@pytest.mark.parametrize(
    ("rows", "words"), [(1, 3), (4, 12), (8, 30), (12, 20), (20, 8), (30, 40), (45, 5)]
)
def test_a_table_gets_the_size_and_slides_trying_every_size_gives(
    monkeypatch: pytest.MonkeyPatch, rows: int, words: int
) -> None:
    found = plans(table(rows, words))
    monkeypatch.setattr(table_pages, "largest", every_size)
    assert found == plans(table(rows, words))
    sizes = {plan.content.size for plan in found}  # type: ignore[union-attr]
    assert len(sizes) == 1 and min(sizes) >= 12.0


def linear_common_size(
    texts: Sequence[tuple[Sequence[Para], Box]], *, start: float, floor: float
) -> float | None:
    size = start
    while size >= floor:
        if all(fits(paras, box, size) for paras, box in texts):
            return size
        size -= 0.5
    return None


@pytest.mark.parametrize("words", [2, 10, 25, 40, 60, 90, 200])
@pytest.mark.parametrize("height", [60.0, 120.0, 200.0])
def test_a_diagram_s_common_size_is_the_one_trying_every_size_finds(
    words: int, height: float
) -> None:
    texts = [
        ([Para((Run(" ".join(["strength"] * (words // n + 1))),))], Box(0, 0, 300, height))
        for n in (1, 2, 3, 4)
    ]
    expected = linear_common_size(texts, start=16, floor=12)
    assert diagram._common_size(texts, start=16, floor=12) == expected
