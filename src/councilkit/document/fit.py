"""Whether a table is readable at a given width: no column narrower than its longest word.

An estimate from the number of characters, on the generous side (about 0.6 em a
character of 10-point text, bold a little wider), since the fonts are the layout's and
their metrics are not known here. Used by the side-by-side edition to decide whether a
table fits in one column.
"""

from __future__ import annotations

from collections.abc import Iterator

from councilkit.document.model import Block, Cell, Paragraph, Table
from councilkit.localize import Run

TWIPS_PER_CHARACTER = 125
BOLD_TWIPS_PER_CHARACTER = 140
CELL_MARGINS = 216  # twips: a cell's left and right margins together


def table_fits(table: Table, width: int) -> bool:
    """True when every word of ``table`` fits on a line of its column at ``width`` twips.

    >>> from councilkit.document.model import Row
    >>> row = Row((Cell((Paragraph("table_text", (Run("Government"),)),)),))
    >>> table_fits(Table((row,), (1,)), 2000), table_fits(Table((row,), (1,)), 1000)
    (True, False)
    """
    total = sum(table.widths)
    for row in table.rows:
        for weight, cell in zip(table.widths, row.cells, strict=False):
            room = width * weight / total - CELL_MARGINS
            if longest_word(cell, header=row.header) > room:
                return False
    return True


def longest_word(cell: Cell, *, header: bool = False) -> float:
    """The estimated width in twips of the widest word of ``cell``."""
    widest = 0.0
    for run in _runs(cell.blocks):
        each = BOLD_TWIPS_PER_CHARACTER if (run.bold or header) else TWIPS_PER_CHARACTER
        for word in run.text.split():
            widest = max(widest, len(word) * each)
    return widest


def _runs(blocks: tuple[Block, ...]) -> Iterator[Run]:
    for block in blocks:
        if isinstance(block, Paragraph):
            yield from (item for item in block.content if isinstance(item, Run))
