"""The data table of a chart slide: the chart's data as a native table beside it, a row
per category and a column per series, for readers who cannot see the chart (a screen
reader walks a table cell by cell; a chart's own data table is part of its picture)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from councilkit.diagnostics import warning
from councilkit.localize import Run
from councilkit.model import ChartSlide
from councilkit.render.pptx.fit import INSET_X, text_width
from councilkit.render.pptx.kinds.lists import bold, where, words
from councilkit.render.pptx.kinds.tables import (
    Cell,
    TableContent,
    _cell,
    _header,
    _row_height,
    _widths,
)
from councilkit.render.pptx.plan import Align, Box, PlanContext

if TYPE_CHECKING:
    from councilkit.render.pptx.kinds.charts import ChartData

UNWRAPPED_FLOOR = 14.0
"""A data table is set smaller, down to this size, rather than wrap its cells."""

Sizing = tuple[float, tuple[float, ...], list[float]]
"""A table's text size, column widths and row heights."""


def plan_data_table(
    ctx: PlanContext, slide: ChartSlide, box: Box, data: ChartData, descr: str
) -> TableContent:
    """The chart's data as a table in ``box``: the largest size at which no cell wraps,
    down to :data:`UNWRAPPED_FLOOR`; else the largest at which no word breaks; else the
    table floor, with a warning."""
    localizer = ctx.localizer
    header = _header(ctx, [(), *(words(localizer, name) for name, _ in data.series)])
    rows = tuple(
        (
            _cell(bold(words(localizer, category))),
            *(_cell((Run(v, language=localizer.language),), align=Align.RIGHT) for v in values),
        )
        for category, values in data.rows()
    )
    table = (header, *rows)
    style = ctx.style
    steps = int((style.table_size - style.table_floor) * 2) + 1
    sizes = [style.table_size - 0.5 * i for i in range(steps)]
    sizing = _sizing(box, table, [s for s in sizes if s >= UNWRAPPED_FLOOR], unwrapped=True)
    sizing = sizing or _sizing(box, table, sizes, unwrapped=False)
    if sizing is None:
        size = style.table_floor
        widths = _no_break_widths(box, table, size, unwrapped=False) or _widths(box, header, rows)
        sizing = (size, widths, [_row_height(row, widths, size) for row in table])
        ctx.diagnostics.append(
            warning(
                where(slide),
                "text-too-long",
                "the data table does not fit beside the chart; use fewer categories or "
                "series, or shorter names, or leave out 'data_table'",
            )
        )
    size, widths, heights = sizing
    return TableContent(
        name=localizer.tr("Chart data"),
        descr=descr,
        box=box,
        widths=widths,
        header=header,
        rows=rows,
        heights=tuple(heights),
        size=size,
    )


def _sizing(
    box: Box, table: tuple[tuple[Cell, ...], ...], sizes: list[float], *, unwrapped: bool
) -> Sizing | None:
    """The first of ``sizes`` at which the table fits ``box``."""
    for size in sizes:
        widths = _no_break_widths(box, table, size, unwrapped=unwrapped)
        if widths is None:
            continue
        heights = [_row_height(row, widths, size) for row in table]
        if sum(heights) <= box.height:
            return size, widths, heights
    return None


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
