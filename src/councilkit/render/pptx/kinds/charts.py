"""The chart slide kind: a native PowerPoint chart of data written in the content (bar,
column, stacked, line, pie), editable in PowerPoint with its data in an embedded workbook.

Category and series names are in the slide's language; values are drawn as the language
writes them (``1 000,5`` in French) on data labels and the value axis, whatever the
language of the computer that shows the deck (:mod:`.chart_numbers`). The
alternative text is made from the data unless the content gives one, and ``data_table``
adds the same data as a native table beside the chart: a chart's own data table is drawn
as part of the picture, which screen readers cannot walk through, while a table is.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, replace

from councilkit.localize import Localizer, decimals_of
from councilkit.model import CHART_TYPE_NAMES, ChartSlide, ChartType, ChartUnit, Language
from councilkit.render.pptx.emit import SlideCanvas
from councilkit.render.pptx.kinds.chart_drawing import draw_chart
from councilkit.render.pptx.kinds.chart_numbers import axis_format, whole_ticks
from councilkit.render.pptx.kinds.chart_table import plan_data_table
from councilkit.render.pptx.kinds.lists import slide_plan, title_runs
from councilkit.render.pptx.kinds.table_pages import TableContent, emit_table
from councilkit.render.pptx.plan import Box, PlanContext, SlidePlan
from councilkit.render.pptx.registry import KINDS

CHART_TEXT_SIZE = 16.0
"""Labels, axes and legend of charts, readable at the back of the room."""
TABLE_SHARE = 0.4
"""The share of the body's width a data table takes beside its chart."""


@dataclass(frozen=True, slots=True)
class ChartData:
    """A chart's data in one language: category names, series names with their values,
    and each value as a reader reads it (``1 000,5 $``), series by series."""

    categories: tuple[str, ...]
    series: tuple[tuple[str, tuple[float, ...]], ...]
    read: tuple[tuple[str, ...], ...]

    def rows(self) -> list[tuple[str, tuple[str, ...]]]:
        """Each category with its values as read, one per series."""
        return [
            (category, tuple(values[i] if i < len(values) else "" for values in self.read))
            for i, category in enumerate(self.categories)
        ]


@dataclass(frozen=True, slots=True)
class ChartContent:
    """A chart: its type, data in one language, the number format of its values,
    alternative text, the box it fills, and an optional data table beside it."""

    chart: ChartType
    data: ChartData
    number_format: str
    """The values' number format code, for labels PowerPoint makes afresh (the labels
    drawn are the values as read)."""
    axis_format: str
    """The value axis's format: whole numbers, thousands grouped with literal separators."""
    name: str
    descr: str
    box: Box
    language: Language
    text_size: float
    created: datetime.datetime
    """When the embedded workbook says it was made (the deck's date: same bytes each build)."""
    maximum: float | None = None
    """The top of the value axis when it is fixed (100 for percentages that reach no more)."""
    ticks: tuple[float, float, float] | None = None
    """The bottom, top and step of the value axis when its ticks are set to whole numbers
    (a span under 10, whose automatic ticks would be 0.5 apart)."""
    table: TableContent | None = None


def plan_chart(slide: ChartSlide, ctx: PlanContext) -> list[SlidePlan]:
    localizer = ctx.localizer
    box = ctx.body(slide)
    decimals = decimals_of(v for series in slide.series for v in series.values)
    data = chart_data(slide, localizer, decimals)
    title = title_runs(ctx, slide)
    descr = (
        localizer.plain(slide.alt)
        if slide.alt is not None
        else describe(localizer, slide.chart, "".join(r.text for r in title), data)
    )
    table: TableContent | None = None
    if slide.data_table:
        chart_box, table_box = box.columns((1 - TABLE_SHARE, TABLE_SHARE), ctx.style.gap)
        other = chart_data(slide, Localizer(ctx.project, localizer.language.other), decimals)
        table = plan_data_table(ctx, slide, table_box, data, descr, other=other)
        box = chart_box
    maximum = _maximum(slide)
    content = ChartContent(
        chart=slide.chart,
        data=data,
        number_format=localizer.number_format(unit=slide.unit, decimals=decimals),
        axis_format=axis_format(
            localizer.language, slide.unit, negative=min(_plotted(slide), default=0.0) < 0
        ),
        name=localizer.tr("Chart"),
        descr=descr,
        box=box,
        language=localizer.language,
        text_size=CHART_TEXT_SIZE,
        created=datetime.datetime.combine(ctx.deck.date, datetime.time(), datetime.UTC),
        maximum=maximum,
        ticks=None if maximum is not None or slide.chart is ChartType.PIE else _ticks(slide),
        table=table,
    )
    return [slide_plan(ctx, slide, title, content)]


def chart_data(slide: ChartSlide, localizer: Localizer, decimals: int) -> ChartData:
    """The data of ``slide`` in ``localizer``'s language."""
    return ChartData(
        categories=tuple(localizer.plain(c) for c in slide.categories),
        series=tuple((localizer.plain(s.text), s.values) for s in slide.series),
        read=tuple(
            tuple(localizer.quantity(v, unit=slide.unit, decimals=decimals) for v in s.values)
            for s in slide.series
        ),
    )


def _plotted(slide: ChartSlide) -> list[float]:
    """The values the value axis must reach: each value, and each stack's total."""
    values = [v for series in slide.series for v in series.values]
    if slide.chart in (ChartType.STACKED_BAR, ChartType.STACKED_COLUMN):
        count = len(slide.categories)
        values += [
            sum(s.values[i] for s in slide.series if i < len(s.values)) for i in range(count)
        ]
    return values


def _ticks(slide: ChartSlide) -> tuple[float, float, float] | None:
    """Whole-number ticks for a value axis that runs less than 10: from zero (bars start
    there) or, for a line, from its lowest value."""
    values = _plotted(slide) or [0.0]
    if slide.chart is ChartType.LINE:
        return whole_ticks(min(values), max(values))
    return whole_ticks(min(0.0, *values), max(0.0, *values))


def _maximum(slide: ChartSlide) -> float | None:
    """100 for percentages whose bars (or stacks) reach no more than 100 %, else None:
    the axis then ends at 100 % rather than at a meaningless 120 %."""
    if slide.unit is not ChartUnit.PERCENT or slide.chart is ChartType.PIE:
        return None
    values = _plotted(slide)
    if not values or min(values) < 0:
        return None
    return 100.0 if max(values) <= 100 else None


def describe(localizer: Localizer, chart: ChartType, title: str, data: ChartData) -> str:
    """Alternative text read from the data: the chart's type and title, then each
    category's values ("Column chart: Budget by year. 2016: $1,000; 2017: $1,200.").
    A line chart is read series by series, since each of its lines is one trend."""
    names = [name for name, _ in data.series]
    if len(names) == 1:
        parts = [f"{category}: {values[0]}" for category, values in data.rows()]
    elif chart is ChartType.LINE:
        parts = [
            f"{name}: " + ", ".join(f"{c} {v}" for c, v in zip(data.categories, read, strict=False))
            for name, read in zip(names, data.read, strict=True)
        ]
    else:
        parts = [
            f"{category}: " + ", ".join(f"{n} {v}" for n, v in zip(names, values, strict=True))
            for category, values in data.rows()
        ]
    kind = localizer.tr(CHART_TYPE_NAMES[chart])
    return localizer.typeset(f"{kind}: {title}. " + "; ".join(parts) + ".")


def emit_chart(canvas: SlideCanvas, plan: SlidePlan) -> None:
    content = plan.content
    assert isinstance(content, ChartContent)
    if content.table is not None:
        emit_table(canvas, replace(plan, content=content.table))  # takes the body off too
    else:
        canvas.remove_body()
    draw_chart(canvas, content)


KINDS.register("chart", planner=plan_chart, emitter=emit_chart)
