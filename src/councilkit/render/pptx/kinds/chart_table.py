"""The data table of a chart slide: the chart's data as a native table beside it, a row
per category and a column per series, for readers who cannot see the chart (a screen
reader walks a table cell by cell; a chart's own data table is part of its picture)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from councilkit.diagnostics import warning
from councilkit.localize import Run
from councilkit.model import ChartSlide
from councilkit.render.pptx.fit import INSET_X
from councilkit.render.pptx.fit.metrics import SAFETY, text_units
from councilkit.render.pptx.kinds.halving import largest
from councilkit.render.pptx.kinds.lists import bold, where, words
from councilkit.render.pptx.kinds.table_pages import (
    Cell,
    TableContent,
    cell,
    column_widths,
    header_cells,
    row_height,
)
from councilkit.render.pptx.plan import Align, Box, PlanContext

if TYPE_CHECKING:
    from councilkit.render.pptx.kinds.charts import ChartData

UNWRAPPED_FLOOR = 14.0
"""A data table is set smaller, down to this size, rather than wrap its cells."""

Table = tuple[tuple[Cell, ...], ...]
"""A table's rows of cells, its header first."""


def plan_data_table(
    ctx: PlanContext,
    slide: ChartSlide,
    box: Box,
    data: ChartData,
    descr: str,
    *,
    other: ChartData | None = None,
) -> TableContent:
    """The chart's data as a table in ``box``, at one size for both languages (``other``
    is the data in the other language): the largest size at which no cell of either
    wraps, down to :data:`UNWRAPPED_FLOOR`; else the largest at which no word breaks;
    else the table floor, with a warning."""
    localizer = ctx.localizer
    table = _table(ctx, data)
    tables = [table] if other is None else [table, _table(ctx, other)]
    style = ctx.style
    steps = int((style.table_size - style.table_floor) * 2) + 1
    sizes = [style.table_size - 0.5 * i for i in range(steps)]
    size = _size(box, tables, [s for s in sizes if s >= UNWRAPPED_FLOOR], unwrapped=True)
    unwrapped = size is not None
    size = size or _size(box, tables, sizes, unwrapped=False)
    widths = None if size is None else _no_break_widths(box, table, size, unwrapped=unwrapped)
    if size is None or widths is None:
        size = style.table_floor
        widths = _no_break_widths(box, table, size, unwrapped=False)
        widths = widths or column_widths(box, table[0], table[1:])
        ctx.diagnostics.append(
            warning(
                where(slide),
                "text-too-long",
                "the data table does not fit beside the chart; use fewer categories or "
                "series, or shorter names, or leave out 'data_table'",
            )
        )
    return TableContent(
        name=localizer.tr("Chart data"),
        descr=descr,
        box=box,
        widths=widths,
        header=table[0],
        rows=table[1:],
        heights=tuple(row_height(row, widths, size) for row in table),
        size=size,
    )


def _table(ctx: PlanContext, data: ChartData) -> Table:
    """The cells of ``data``: a header of series names, then a row per category."""
    localizer = ctx.localizer
    header = header_cells([(), *(words(localizer, name) for name, _ in data.series)])
    rows = tuple(
        (
            cell(bold(words(localizer, category))),
            *(cell((Run(v, language=localizer.language),), align=Align.RIGHT) for v in values),
        )
        for category, values in data.rows()
    )
    return (header, *rows)


def _size(box: Box, tables: list[Table], sizes: list[float], *, unwrapped: bool) -> float | None:
    """The first of ``sizes`` (largest first) at which every one of ``tables`` fits
    ``box``, found by halving: a table takes no less room at a larger size."""
    if not sizes:
        return None
    units = [_column_units(t) for t in tables]  # the same at every size
    return largest(
        sizes,
        lambda size: all(
            _fits(box, t, size, unwrapped=unwrapped, columns=c)
            for t, c in zip(tables, units, strict=True)
        ),
    )


def _fits(
    box: Box,
    table: Table,
    size: float,
    *,
    unwrapped: bool,
    columns: list[tuple[int, int]] | None = None,
) -> bool:
    widths = _no_break_widths(box, table, size, unwrapped=unwrapped, columns=columns)
    return widths is not None and sum(row_height(r, widths, size) for r in table) <= box.height


def _no_break_widths(
    box: Box,
    rows: Table,
    size: float,
    *,
    unwrapped: bool,
    columns: list[tuple[int, int]] | None = None,
) -> tuple[float, ...] | None:
    """Column widths at ``size`` in which no word (nor a value with its unit) is broken,
    and, when ``unwrapped``, no cell wraps at all; the room left goes first to the columns
    whose texts would still wrap. None when the box is too narrow for that. ``columns``:
    the :func:`_column_units` of ``rows`` when already known."""
    # the widest word and text of each column are the widest at any size: only they are
    # scaled to points (the same figures as scaling each and taking the largest)
    if columns is None:
        columns = _column_units(rows)
    needs = [word * size / 1000.0 * SAFETY + 2 * INSET_X for word, _ in columns]
    wants = [text * size / 1000.0 * SAFETY + 2 * INSET_X for _, text in columns]
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


def _column_units(rows: Table) -> list[tuple[int, int]]:
    """For each column of ``rows``: the width of its widest word and of its widest text,
    in bold, in thousandths of an em."""
    found: list[tuple[int, int]] = []
    for column in zip(*rows, strict=True):
        texts = [p.text for cell in column for p in cell.paras]
        words_ = [w for text in texts for w in text.split(" ") if w]
        found.append(
            (
                max((text_units(w, bold=True) for w in words_), default=0),
                max((text_units(t, bold=True) for t in texts), default=0),
            )
        )
    return found
