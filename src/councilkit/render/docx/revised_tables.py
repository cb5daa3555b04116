"""Tracked changes in a data table: rows kept with their cells' blocks revised, or
inserted or deleted whole (``w:trPr`` says so), for the redline (see :mod:`.revisions`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from councilkit.document.model import Row
from councilkit.render.docx import _wml
from councilkit.render.docx._wml import Out
from councilkit.render.docx.emit import CELL_MARGINS, Emitter, Room
from councilkit.render.docx.revisions import KEPT, Stamp, change_mark, with_last


@dataclass(frozen=True, slots=True)
class RevisedRow:
    """A table row: kept with its cells' blocks revised (``=``), or inserted or deleted
    whole (``+``, ``-``: its cells' blocks are marked too)."""

    row: Row
    cells: tuple[tuple[Any, ...], ...]
    mark: str


@dataclass(frozen=True, slots=True)
class RevisedTable:
    """A data table whose rows changed: ``widths`` and ``title`` as the new table's (its
    caption is a paragraph of its own before it)."""

    widths: tuple[int, ...]
    title: str | None
    header: bool
    rows: tuple[RevisedRow, ...]
    stamp: Stamp

    def emit(self, emitter: Emitter, out: Out, room: Room) -> None:
        sizes = emitter.table_start(out, self.widths, room, header=self.header, title=self.title)
        text_style = emitter.styles.table_text
        for revised in self.rows:
            row = revised.row
            out.append("<w:tr>")
            properties = _wml.row_properties(
                header=row.header, keep_together=row.keep_together, min_height=row.min_height
            )
            if revised.mark != KEPT:
                change = change_mark(emitter, revised.mark, self.stamp)
                properties = with_last(properties, "w:trPr", change)
            out.append(properties)
            for size, blocks in zip(sizes, revised.cells, strict=False):
                out.append("<w:tc>")
                out.append(_wml.cell_properties(size))
                emitter.blocks(out, blocks, Room(size - CELL_MARGINS, scope=room.scope))
                if not blocks:
                    emitter.empty_paragraph(out, text_style)
                out.append("</w:tc>")
            out.append("</w:tr>")
        out.append("</w:tbl>")
