"""Tables: fixed layout with column widths, a caption and description for screen readers,
rows (a header row repeats on every page and never splits), cells; and the list numbering
instance that makes a list start again at 1."""

from __future__ import annotations

from collections.abc import Sequence

from councilkit.render.docx._wml.escape import attribute

TABLE_END = "</w:tbl>"
ROW_END = "</w:tr>"
CELL_END = "</w:tc>"


def table_start(
    out: list[str],
    style_id: str,
    widths: Sequence[int],
    *,
    header: bool = True,
    caption: str | None = None,
    description: str | None = None,
) -> None:
    """Opens a fixed-layout ``w:tbl`` in ``style_id`` with columns ``widths`` (twips);
    rows follow, then :data:`TABLE_END`."""
    look = 'w:val="0420" w:firstRow="1"' if header else 'w:val="0600" w:firstRow="0"'
    out.append(
        f'<w:tbl><w:tblPr><w:tblStyle w:val="{style_id}"/>'
        f'<w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:tblLayout w:type="fixed"/>'
        f'<w:tblLook {look} w:lastRow="0" w:firstColumn="0" w:lastColumn="0" '
        'w:noHBand="1" w:noVBand="1"/>'
    )
    if caption:
        out.append(f'<w:tblCaption w:val="{attribute(caption)}"/>')
    if description:
        out.append(f'<w:tblDescription w:val="{attribute(description)}"/>')
    out.append("</w:tblPr><w:tblGrid>")
    out.extend(f'<w:gridCol w:w="{width}"/>' for width in widths)
    out.append("</w:tblGrid>")


def row_start(
    out: list[str],
    *,
    header: bool = False,
    keep_together: bool = False,
    min_height: int | None = None,
) -> None:
    """Opens a ``w:tr``; a header row repeats on every page (``w:tblHeader``); a header
    row or a row ``keep_together`` never splits across pages."""
    if not (header or keep_together or min_height):
        out.append("<w:tr>")
        return
    out.append("<w:tr><w:trPr>")
    if header or keep_together:
        out.append("<w:cantSplit/>")
    if min_height:
        out.append(f'<w:trHeight w:val="{min_height}" w:hRule="atLeast"/>')
    if header:
        out.append("<w:tblHeader/>")
    out.append("</w:trPr>")


def cell_start(out: list[str], width: int) -> None:
    """Opens a ``w:tc`` of ``width`` twips; it must hold at least one paragraph."""
    out.append(f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>')


def restarting_num(num_id: int, abstract_id: int) -> str:
    """A ``w:num`` on ``abstract_id`` whose first level starts again at 1: the fix for
    lists that go on counting from the previous list."""
    return (
        f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>'
        '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
    )
