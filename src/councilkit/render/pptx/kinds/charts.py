"""The chart slide kind: a native PowerPoint chart of data written in the content (bar,
column, stacked, line, pie), editable in PowerPoint with its data in an embedded workbook.

Category and series names are in the slide's language; values are drawn with the
language's number format (``1 000,5`` in French) on data labels and the value axis. The
alternative text is made from the data unless the content gives one, and ``data_table``
adds the same data as a native table beside the chart: a chart's own data table is drawn
as part of the picture, which screen readers cannot walk through, while a table is.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass, replace

from councilkit.diagnostics import warning
from councilkit.localize import Localizer, Run, decimals_of
from councilkit.model import ChartSlide, ChartType, ChartUnit, Language
from councilkit.render.pptx.emit import SlideCanvas
from councilkit.render.pptx.fit import INSET_X, text_width
from councilkit.render.pptx.kinds.chart_drawing import draw_chart
from councilkit.render.pptx.kinds.lists import bold, slide_plan, title_runs, where, words
from councilkit.render.pptx.kinds.tables import (
    Cell,
    TableContent,
    _cell,
    _header,
    _row_height,
    _widths,
    emit_table,
)
from councilkit.render.pptx.plan import Align, Box, PlanContext, SlidePlan
from councilkit.render.pptx.registry import KINDS

CHART_TEXT_SIZE = 16.0
"""Labels, axes and legend of charts, readable at the back of the room."""
UNWRAPPED_FLOOR = 14.0
"""A data table is set smaller, down to this size, rather than wrap its cells."""
TABLE_SHARE = 0.4
"""The share of the body's width a data table takes beside its chart."""

_TYPE_NAMES = {
    ChartType.BAR: "Bar chart",
    ChartType.COLUMN: "Column chart",
    ChartType.STACKED_BAR: "Stacked bar chart",
    ChartType.STACKED_COLUMN: "Stacked column chart",
    ChartType.LINE: "Line chart",
    ChartType.PIE: "Pie chart",
}


@dataclass(frozen=True, slots=True)
class ChartContent:
    """A chart: its type, names and values in one language, the number format of its
    values, alternative text, the box it fills, and an optional data table beside it."""

    chart: ChartType
    categories: tuple[str, ...]
    series: tuple[tuple[str, tuple[float, ...]], ...]
    number_format: str
    name: str
    descr: str
    box: Box
    language: Language
    text_size: float
    created: datetime.datetime
    """When the embedded workbook says it was made (the deck's date: same bytes each build)."""
    maximum: float | None = None
    """The top of the value axis when it is fixed (100 for percentages that reach no more)."""
    table: TableContent | None = None


def plan_chart(slide: ChartSlide, ctx: PlanContext) -> list[SlidePlan]:
    localizer = ctx.localizer
    box = ctx.body(slide)
    decimals = decimals_of(v for series in slide.series for v in series.values)
    categories = tuple(localizer.plain(c) for c in slide.categories)
    series = tuple((localizer.plain(s.text), s.values) for s in slide.series)

    def quantity(value: float) -> str:
        return localizer.quantity(value, unit=slide.unit, decimals=decimals)

    title = title_runs(ctx, slide)
    descr = (
        localizer.plain(slide.alt)
        if slide.alt is not None
        else describe(
            localizer, slide.chart, "".join(r.text for r in title), categories, series, quantity
        )
    )
    table: TableContent | None = None
    if slide.data_table:
        chart_box, table_box = box.columns((1 - TABLE_SHARE, TABLE_SHARE), ctx.style.gap)
        table = _data_table(ctx, slide, table_box, categories, series, quantity, descr)
        box = chart_box
    content = ChartContent(
        chart=slide.chart,
        categories=categories,
        series=series,
        number_format=localizer.number_format(unit=slide.unit, decimals=decimals),
        name=localizer.tr("Chart"),
        descr=descr,
        box=box,
        language=localizer.language,
        text_size=CHART_TEXT_SIZE,
        created=datetime.datetime.combine(ctx.deck.date, datetime.time(), datetime.UTC),
        maximum=_maximum(slide),
        table=table,
    )
    return [slide_plan(ctx, slide, title, content)]


def _maximum(slide: ChartSlide) -> float | None:
    """100 for percentages whose bars (or stacks) reach no more than 100 %, else None:
    the axis then ends at 100 % rather than at a meaningless 120 %."""
    if slide.unit is not ChartUnit.PERCENT or slide.chart is ChartType.PIE:
        return None
    values = [v for series in slide.series for v in series.values]
    if any(v < 0 for v in values):
        return None
    if slide.chart in (ChartType.STACKED_BAR, ChartType.STACKED_COLUMN):
        count = len(slide.categories)
        values = [sum(s.values[i] for s in slide.series if i < len(s.values)) for i in range(count)]
    return 100.0 if values and max(values) <= 100 else None


def describe(
    localizer: Localizer,
    chart: ChartType,
    title: str,
    categories: tuple[str, ...],
    series: tuple[tuple[str, tuple[float, ...]], ...],
    quantity: Callable[[float], str],
) -> str:
    """Alternative text read from the data: the chart's type and title, then each
    category's values ("Column chart: Budget by year. 2016: $1,000; 2017: $1,200.").
    A line chart is read series by series, since each of its lines is one trend."""
    if len(series) == 1:
        values = series[0][1]
        parts = [f"{c}: {quantity(v)}" for c, v in zip(categories, values, strict=False)]
    elif chart is ChartType.LINE:
        parts = [
            f"{name}: "
            + ", ".join(f"{c} {quantity(v)}" for c, v in zip(categories, values, strict=False))
            for name, values in series
        ]
    else:
        parts = [
            f"{category}: "
            + ", ".join(
                f"{name} {quantity(values[i])}" for name, values in series if i < len(values)
            )
            for i, category in enumerate(categories)
        ]
    kind = localizer.tr(_TYPE_NAMES[chart])
    text = f"{kind}: {title}. " + "; ".join(parts) + "."
    return localizer.typeset(text)


def _data_table(
    ctx: PlanContext,
    slide: ChartSlide,
    box: Box,
    categories: tuple[str, ...],
    series: tuple[tuple[str, tuple[float, ...]], ...],
    quantity: Callable[[float], str],
    descr: str,
) -> TableContent:
    """The chart's data as a table: a row per category, a column per series, at the
    largest table size that fits the box (a warning when even the floor does not)."""
    localizer = ctx.localizer
    language = localizer.language
    header = _header(ctx, [(), *(words(localizer, name) for name, _ in series)])
    rows: list[tuple[Cell, ...]] = []
    for i, category in enumerate(categories):
        cells = [_cell(bold(words(localizer, category)))]
        for _, values in series:
            text = quantity(values[i]) if i < len(values) else ""
            cells.append(_cell((Run(text, language=language),), align=Align.RIGHT))
        rows.append(tuple(cells))
    table = (header, *rows)
    style = ctx.style
    sizes = [
        style.table_size - 0.5 * i
        for i in range(int((style.table_size - style.table_floor) * 2) + 1)
    ]
    # The largest size at which no cell wraps, down to UNWRAPPED_FLOOR; else the largest
    # at which no word breaks; else the floor, with a warning.
    choice: tuple[float, tuple[float, ...], list[float]] | None = None
    for strict in (True, False):
        for size in sizes:
            if strict and size < UNWRAPPED_FLOOR:
                break
            found = _no_break_widths(box, table, size, unwrapped=strict)
            if found is None:
                continue
            heights = [_row_height(row, found, size) for row in table]
            if sum(heights) <= box.height:
                choice = (size, found, heights)
                break
        if choice is not None:
            break
    if choice is None:
        size = style.table_floor
        widths = _no_break_widths(box, table, size, unwrapped=False) or _widths(box, header, rows)
        choice = (size, widths, [_row_height(row, widths, size) for row in table])
        ctx.diagnostics.append(
            warning(
                where(slide),
                "text-too-long",
                "the data table does not fit beside the chart; use fewer categories or "
                "series, or shorter names, or leave out 'data_table'",
            )
        )
    size, widths, heights = choice
    return TableContent(
        name=localizer.tr("Chart data"),
        descr=descr,
        box=box,
        widths=widths,
        header=header,
        rows=tuple(rows),
        heights=tuple(heights),
        size=size,
    )


def _no_break_widths(
    box: Box, rows: tuple[tuple[Cell, ...], ...], size: float, *, unwrapped: bool
) -> tuple[float, ...] | None:
    """Column widths at ``size`` in which no word (nor a value with its unit) is broken,
    and, when ``unwrapped``, no cell wraps at all; the room left goes first to the columns
    whose texts would still wrap. None when the box is too narrow for that."""
    needs: list[float] = []
    wants: list[float] = []
    for column in zip(*rows, strict=True):
        texts = [p.text for cell in column for p in cell.paras]
        words_ = [w for text in texts for w in text.split(" ") if w]
        needs.append(max((text_width(w, size, bold=True) for w in words_), default=0.0))
        wants.append(max((text_width(t, size, bold=True) for t in texts), default=0.0))
    needs = [n + 2 * INSET_X for n in needs]
    wants = [w + 2 * INSET_X for w in wants]
    if unwrapped:
        needs = wants
    room = box.width - sum(needs)
    if room < 0:
        return None
    short = sum(wants) - sum(needs)
    if short > room:
        return tuple(n + room * (w - n) / short for n, w in zip(needs, wants, strict=True))
    spare = (room - short) / len(needs)
    return tuple(w + spare for w in wants)


def emit_chart(canvas: SlideCanvas, plan: SlidePlan) -> None:
    content = plan.content
    assert isinstance(content, ChartContent)
    if content.table is not None:
        emit_table(canvas, replace(plan, content=content.table))  # takes the body off too
    else:
        canvas.remove_body()
    draw_chart(canvas, content)


KINDS.register("chart", planner=plan_chart, emitter=emit_chart)
