"""Tables: fixed-layout tables with their column widths, rows (header rows repeated on every
page), cells, and captions for screen readers."""

from __future__ import annotations

from docx.oxml.ns import qn

from councilkit.render.docx._oxml.elements import Element, _append_block, child, new, set_attr


def table(parent: Element, style_id: str, widths: list[int], *, header: bool = True) -> Element:
    """A fixed-layout ``w:tbl`` in table style ``style_id`` with columns ``widths`` (twips),
    appended to a body or cell; rows are added with :func:`table_row`."""
    tbl = new(parent, "w:tbl")
    tblpr = child(tbl, "w:tblPr")
    child(tblpr, "w:tblStyle", val=style_id)
    child(tblpr, "w:tblW", w=str(sum(widths)), type="dxa")
    child(tblpr, "w:tblLayout", type="fixed")
    child(
        tblpr,
        "w:tblLook",
        val="0420" if header else "0600",
        firstRow="1" if header else "0",
        lastRow="0",
        firstColumn="0",
        lastColumn="0",
        noHBand="1",
        noVBand="1",
    )
    grid = child(tbl, "w:tblGrid")
    for width in widths:
        child(grid, "w:gridCol", w=str(width))
    _append_block(parent, tbl)
    return tbl


def table_row(
    tbl: Element,
    *,
    header: bool = False,
    keep_together: bool = False,
    min_height: int | None = None,
) -> Element:
    """A ``w:tr``; a header row repeats on every page (``w:tblHeader``); a header row or a
    row ``keep_together`` never splits across pages."""
    tr = child(tbl, "w:tr")
    if header or keep_together or min_height:
        trpr = child(tr, "w:trPr")
        if header or keep_together:
            child(trpr, "w:cantSplit")
        if min_height:
            child(trpr, "w:trHeight", val=str(min_height), hRule="atLeast")
        if header:
            child(trpr, "w:tblHeader")
    return tr


def table_cell(tr: Element, width: int) -> Element:
    """A ``w:tc`` of ``width`` twips; the caller adds at least one paragraph."""
    tc = child(tr, "w:tc")
    child(child(tc, "w:tcPr"), "w:tcW", w=str(width), type="dxa")
    return tc


def table_caption(table: Element, caption: str, description: str | None = None) -> None:
    """The table's title and description for screen readers (``w:tblCaption``)."""
    tblpr = table.find(qn("w:tblPr"))
    successors = ("w:tblPrChange",)
    for tag, value in (("w:tblCaption", caption), ("w:tblDescription", description)):
        if not value:
            continue
        element = new(table, tag)
        set_attr(element, "w:val", value)
        nxt = next((tblpr.find(qn(s)) for s in successors if tblpr.find(qn(s)) is not None), None)
        if nxt is None:
            tblpr.append(element)
        else:
            nxt.addprevious(element)
