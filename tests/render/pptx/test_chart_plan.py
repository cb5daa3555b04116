"""Planning a chart slide without opening a file: the data table beside the chart, its
size, and a warning when it cannot fit."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

import councilkit
from councilkit.localize import Localizer
from councilkit.model import (
    ChartSeries,
    ChartSlide,
    ChartType,
    ChartUnit,
    Deck,
    Language,
    Project,
    WorkingGroup,
    bilingual,
)
from councilkit.render.pptx import KINDS
from councilkit.render.pptx.kinds.chart_table import plan_data_table
from councilkit.render.pptx.kinds.charts import ChartContent, plan_chart
from councilkit.render.pptx.plan import PlanContext, default_areas


@functools.cache
def example() -> tuple[Project, WorkingGroup, Deck]:
    """The example content's project, group and deck the slides are planned in."""
    project = councilkit.load(Path(__file__).resolve().parents[3] / "content")
    group = project.group("joint-councils-framework")
    assert group is not None
    deck = group.document("deck-2016-09-14")
    assert isinstance(deck, Deck)
    return project, group, deck


def context(slide: ChartSlide, language: Language) -> PlanContext:
    project, group, deck = example()
    return PlanContext(
        Localizer(project, language), deck, group, project, default_areas(KINDS.names)
    )


def chart(categories: int, *, data_table: bool = True) -> ChartSlide:
    names = tuple(bilingual(f"Jurisdiction {n}", f"Administration {n}") for n in range(categories))
    return ChartSlide(
        title=bilingual("Members", "Membres"),
        chart=ChartType.BAR,
        unit=ChartUnit.NUMBER,
        categories=names,
        series=(ChartSeries(text=bilingual("Members", "Membres"), values=(1000.0,) * categories),),
        data_table=data_table,
    )


@pytest.mark.parametrize("language", list(Language))
def test_data_table_sits_beside_the_chart_at_a_readable_size(language: Language) -> None:
    ctx = context(chart(4), language)
    (plan,) = plan_chart(chart(4), ctx)
    content = plan.content
    assert isinstance(content, ChartContent)
    table = content.table
    assert table is not None
    body = ctx.body(chart(4))
    assert content.box.left == body.left and table.box.right == pytest.approx(body.right)
    assert content.box.right < table.box.left
    assert table.size >= 14  # nothing wraps at 14 pt or more
    assert sum(table.heights) <= table.box.height
    assert sum(table.widths) == pytest.approx(table.box.width)
    value = "1,000" if language is Language.EN else "1\u00a0000"
    assert [c.paras[0].text for c in table.rows[0]] == [
        "Jurisdiction 0" if language is Language.EN else "Administration 0",
        value,
    ]
    assert not ctx.diagnostics


def test_data_table_has_one_size_in_both_languages() -> None:
    """Set for the longer language: the French names wrap where the English ones would
    not, so both tables are set as the French one is."""
    slide = ChartSlide(
        title=bilingual("Alignment", "Correspondance"),
        chart=ChartType.STACKED_BAR,
        categories=(
            bilingual("PSCIOC", "CDPISP"),
            bilingual("Both councils", "Ensemble des conseils"),
        ),
        series=tuple(
            ChartSeries(text=bilingual(en, fr), values=(50.0, 25.0))
            for en, fr in (("High", "Élevée"), ("Medium", "Moyenne"), ("Low", "Faible ou aucune"))
        ),
        data_table=True,
    )
    sizes = []
    for language in Language:
        ctx = context(slide, language)
        (plan,) = plan_chart(slide, ctx)
        assert isinstance(plan.content, ChartContent) and plan.content.table is not None
        sizes.append(plan.content.table.size)
        table = plan.content.table
        alone = plan_data_table(ctx, slide, table.box, plan.content.data, table.descr)
        if language is Language.EN:
            assert alone.size != table.size  # alone, English would be set otherwise
    assert sizes[0] == sizes[1]


def test_a_data_table_too_long_for_the_slide_is_a_warning() -> None:
    slide = chart(30)
    ctx = context(slide, Language.FR)
    (plan,) = plan_chart(slide, ctx)
    assert isinstance(plan.content, ChartContent) and plan.content.table is not None
    assert plan.content.table.size == ctx.style.table_floor
    assert [(d.code, d.message) for d in ctx.diagnostics] == [
        (
            "text-too-long",
            "the data table does not fit beside the chart; use fewer categories or series, "
            "or shorter names, or leave out 'data_table'",
        )
    ]


def test_without_data_table_the_chart_takes_the_whole_body() -> None:
    slide = chart(30, data_table=False)
    ctx = context(slide, Language.EN)
    (plan,) = plan_chart(slide, ctx)
    assert isinstance(plan.content, ChartContent)
    assert plan.content.table is None
    assert plan.content.box == ctx.body(slide)
    assert not ctx.diagnostics


@pytest.mark.parametrize(
    ("kind", "values", "labels", "ticks"),
    [
        (ChartType.COLUMN, (1.5, 2.5), "[$-1009]#,##0.0", (0.0, 3.0, 1.0)),  # not 0.5 apart
        (ChartType.COLUMN, (1.5, 12.5), "[$-1009]#,##0.0", None),  # from zero: whole anyway
        (ChartType.LINE, (100.25, 100.75), "[$-1009]#,##0.00", (100.0, 101.0, 1.0)),
        (ChartType.LINE, (0.25, 20.75), "[$-1009]#,##0.00", None),
        (ChartType.STACKED_COLUMN, (4.5, 5.5), "[$-1009]#,##0.0", None),  # total 10
    ],
)
def test_the_value_axis_ticks_are_whole_numbers(
    kind: ChartType, values: tuple[float, float], labels: str, ticks: object
) -> None:
    """A tick of 0.5 would be drawn with the decimal mark of the computer showing the
    deck: ticks are whole, and the axis format has no decimals."""
    series = tuple(
        ChartSeries(text=bilingual(n, n), values=(v,)) for n, v in zip("AB", values, strict=True)
    )
    if kind is ChartType.LINE:
        series = (ChartSeries(text=bilingual("A", "A"), values=values),)
    categories = tuple(bilingual(c, c) for c in "XY"[: len(series[0].values)])
    slide = ChartSlide(title=bilingual("T", "T"), chart=kind, categories=categories, series=series)
    (plan,) = plan_chart(slide, context(slide, Language.EN))
    assert isinstance(plan.content, ChartContent)
    assert (plan.content.number_format, plan.content.ticks) == (labels, ticks)
    assert plan.content.axis_format == '[>=1000000]0","000","000;[>=1000]0","000;0'


@pytest.mark.parametrize("categories", [2, 6, 9, 12, 16])
def test_the_data_table_size_is_the_first_that_fits_trying_each_in_turn(categories: int) -> None:
    from councilkit.render.pptx.kinds import chart_table

    slide = chart(categories)
    ctx = context(slide, Language.FR)
    (plan,) = plan_chart(slide, ctx)
    assert isinstance(plan.content, ChartContent) and plan.content.table is not None
    table = plan.content.table
    rows = (table.header, *table.rows)
    style = ctx.style
    sizes = [style.table_size - 0.5 * i for i in range(int((style.table_size - 10) * 2) + 1)]
    for unwrapped in (True, False):
        found = chart_table._size(table.box, [rows], sizes, unwrapped=unwrapped)
        each = next(
            (s for s in sizes if chart_table._fits(table.box, rows, s, unwrapped=unwrapped)),
            None,
        )
        assert found == each
