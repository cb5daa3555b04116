"""The property elements of paragraphs, runs, tables, rows and cells (``w:pPr``,
``w:rPr``, ``w:tblPr``, ``w:trPr``, ``w:tcPr``), each written by one function that takes
typed properties and writes them in the order of the schema's sequence (``wml.xsd``,
``CT_PPrBase``, ``CT_RPr``, ``CT_TblPrBase``, ``CT_TcPr``), whatever order the caller
thinks of them in. The order each writes is listed in its ``*_ORDER`` constant, and a test
checks every constant against the schema.

Style ids are given escaped (the layout escapes them once); every other value is escaped
here.
"""

from __future__ import annotations

from collections.abc import Sequence

from councilkit.xml_escape import attribute

PARAGRAPH_ORDER = ("pStyle", "pageBreakBefore", "numPr", "sectPr")
RUN_ORDER = ("rStyle", "b", "bCs", "i", "iCs", "lang")
TABLE_ORDER = ("tblStyle", "tblW", "tblLayout", "tblLook", "tblCaption", "tblDescription")
ROW_ORDER = ("cantSplit", "trHeight", "tblHeader")
CELL_ORDER = ("tcW",)


def paragraph_properties(
    style_id: str | None,
    *,
    page_break: bool = False,
    numbering: tuple[int, int] | None = None,
    section: str | None = None,
) -> str:
    """``w:pPr`` (empty when there is nothing to say): the style, a page break before,
    list numbering ``(num_id, level)``, and the properties of the section the paragraph
    ends (``w:sectPr`` markup)."""
    if style_id and not (page_break or numbering or section):  # most paragraphs
        return f'<w:pPr><w:pStyle w:val="{style_id}"/></w:pPr>'
    if not (style_id or page_break or numbering or section):
        return ""
    parts = ["<w:pPr>"]
    if style_id:
        parts.append(f'<w:pStyle w:val="{style_id}"/>')
    if page_break:
        parts.append("<w:pageBreakBefore/>")
    if numbering:
        num_id, level = numbering
        parts.append(f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>')
    if section:
        parts.append(section)
    parts.append("</w:pPr>")
    return "".join(parts)


def run_properties(
    *,
    style_id: str | None = None,
    bold: bool = False,
    italic: bool = False,
    lang: str | None = None,
) -> str:
    """``w:rPr`` (empty when there is nothing to say)."""
    if not (style_id or bold or italic or lang):
        return ""
    parts = ["<w:rPr>"]
    if style_id:
        parts.append(f'<w:rStyle w:val="{style_id}"/>')
    if bold:
        parts.append("<w:b/><w:bCs/>")
    if italic:
        parts.append("<w:i/><w:iCs/>")
    if lang:
        parts.append(f'<w:lang w:val="{attribute(lang)}"/>')
    parts.append("</w:rPr>")
    return "".join(parts)


def table_properties(
    style_id: str,
    width: int,
    *,
    header: bool,
    caption: str | None = None,
    description: str | None = None,
) -> str:
    """``w:tblPr`` of a fixed-layout table ``width`` twips wide; ``header`` says that its
    first row is a header row (the style's look for it); ``caption`` and ``description``
    are what screen readers announce."""
    look = 'w:val="0420" w:firstRow="1"' if header else 'w:val="0600" w:firstRow="0"'
    parts = [
        f'<w:tblPr><w:tblStyle w:val="{style_id}"/>'
        f'<w:tblW w:w="{width}" w:type="dxa"/><w:tblLayout w:type="fixed"/>'
        f'<w:tblLook {look} w:lastRow="0" w:firstColumn="0" w:lastColumn="0" '
        'w:noHBand="1" w:noVBand="1"/>'
    ]
    if caption:
        parts.append(f'<w:tblCaption w:val="{attribute(caption)}"/>')
    if description:
        parts.append(f'<w:tblDescription w:val="{attribute(description)}"/>')
    parts.append("</w:tblPr>")
    return "".join(parts)


def table_grid(widths: Sequence[int]) -> str:
    """``w:tblGrid``: the columns' widths in twips."""
    return "<w:tblGrid>" + "".join(f'<w:gridCol w:w="{w}"/>' for w in widths) + "</w:tblGrid>"


def row_properties(
    *, header: bool = False, keep_together: bool = False, min_height: int | None = None
) -> str:
    """``w:trPr`` (empty when there is nothing to say): a header row repeats on every page;
    a header row or a row ``keep_together`` never splits across pages."""
    if not (header or keep_together or min_height):
        return ""
    parts = ["<w:trPr>"]
    if header or keep_together:
        parts.append("<w:cantSplit/>")
    if min_height:
        parts.append(f'<w:trHeight w:val="{min_height}" w:hRule="atLeast"/>')
    if header:
        parts.append("<w:tblHeader/>")
    parts.append("</w:trPr>")
    return "".join(parts)


def cell_properties(width: int) -> str:
    """``w:tcPr`` of a cell ``width`` twips wide."""
    return f'<w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>'
