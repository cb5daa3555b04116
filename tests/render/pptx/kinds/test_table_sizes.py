"""A table's size found by halving is the size trying every size from the largest down
finds: on one slide when it fits, else the largest size needing no more slides than the
floor."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Sequence

import pytest

from councilkit.localize import Localizer
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
from councilkit.render.pptx.fit.lines import forget_line_counts
from councilkit.render.pptx.kinds import table_pages
from councilkit.render.pptx.kinds.tables import plan_table
from councilkit.render.pptx.plan import PlanContext, SlidePlan, default_areas

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

    assert table_pages.largest(SIZES, ok) == every_size(SIZES, lambda s: s <= threshold)
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
    forget_line_counts()
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
