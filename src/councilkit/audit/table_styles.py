"""Slide table styles: the ``a:tblStyle`` a table names by its ``a:tableStyleId``, and
which of its parts apply to a cell.

A style is looked up in the deck's ``ppt/tableStyles.xml``. PowerPoint does not always
write its built-in styles there: a deck can name one by its id alone. The few built-in
styles whose colours are known here (:data:`BUILT_IN`: the one python-pptx and PowerPoint
give new tables, and the two "No Style" ones) are used then; any other style that is not in
the file is unknown, and what it would decide is not judged.
"""

from __future__ import annotations

from lxml import etree

from councilkit.audit.office import NS, OfficeFile

_A = f'xmlns:a="{NS["a"]}"'

MEDIUM_STYLE_2_ACCENT_1 = "{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}"
"""PowerPoint's "Medium Style 2 - Accent 1", the style of new tables in PowerPoint and
python-pptx (and councilkit)."""


def _solid(colour: str) -> str:
    return f"<a:fill><a:solidFill>{colour}</a:solidFill></a:fill>"


def _text(colour: str, bold: bool = False) -> str:
    weight = ' b="on"' if bold else ""
    return (
        f'<a:tcTxStyle{weight}><a:fontRef idx="minor"><a:prstClr val="black"/></a:fontRef>'
        f'<a:schemeClr val="{colour}"/></a:tcTxStyle>'
    )


_ACCENT = '<a:schemeClr val="accent1"/>'
_TINT = '<a:schemeClr val="accent1"><a:tint val="{}"/></a:schemeClr>'
_STRONG = _text("lt1", bold=True) + f"<a:tcStyle>{_solid(_ACCENT)}</a:tcStyle>"

BUILT_IN = {
    MEDIUM_STYLE_2_ACCENT_1: (
        f'<a:tblStyle {_A} styleId="{MEDIUM_STYLE_2_ACCENT_1}" '
        'styleName="Medium Style 2 - Accent 1">'
        f"<a:wholeTbl>{_text('dk1')}<a:tcStyle>{_solid(_TINT.format(20000))}</a:tcStyle>"
        "</a:wholeTbl>"
        f"<a:band1H><a:tcStyle>{_solid(_TINT.format(40000))}</a:tcStyle></a:band1H>"
        f"<a:band1V><a:tcStyle>{_solid(_TINT.format(40000))}</a:tcStyle></a:band1V>"
        f"<a:lastCol>{_STRONG}</a:lastCol><a:firstCol>{_STRONG}</a:firstCol>"
        f"<a:lastRow>{_STRONG}</a:lastRow><a:firstRow>{_STRONG}</a:firstRow>"
        "</a:tblStyle>"
    ),
    "{2D5ABB26-0587-4C30-8999-92F81FD0307C}": (
        f'<a:tblStyle {_A} styleId="{{2D5ABB26-0587-4C30-8999-92F81FD0307C}}" '
        'styleName="No Style, No Grid"/>'
    ),
    "{5940675A-B579-460E-94D1-54222C63F5DA}": (
        f'<a:tblStyle {_A} styleId="{{5940675A-B579-460E-94D1-54222C63F5DA}}" '
        'styleName="No Style, Table Grid"/>'
    ),
}
"""The colours (text and fills, not borders) of the built-in styles known here, as
PowerPoint writes them into ``ppt/tableStyles.xml`` when a deck uses them."""

ORDER = ("wholeTbl", "band1V", "band2V", "band1H", "band2H", "lastCol", "firstCol")
"""The parts of a style in the order they are laid on a cell, each over the ones before;
then ``lastRow`` and ``firstRow``, which win over columns and bands."""


def table_style(doc: OfficeFile, table: etree._Element) -> etree._Element | None:
    """The style a slide table (``a:tbl``) names, from the deck or :data:`BUILT_IN`;
    None when it names none, or one that is neither."""
    names = table.xpath("a:tblPr/a:tableStyleId/text()", namespaces=NS)
    if not names:
        return None
    wanted = str(names[0]).strip().upper()
    main = doc.main_part()
    for part in doc.related(main, "/tableStyles"):
        styles = doc.xml(part)
        for style in [] if styles is None else styles.xpath("a:tblStyle", namespaces=NS):
            if str(style.get("styleId", "")).upper() == wanted:
                return style
    known = BUILT_IN.get(wanted)
    return None if known is None else etree.fromstring(known)


def parts_for(table: etree._Element, row: int, column: int, rows: int, columns: int) -> list[str]:
    """The names of the style parts that apply to the cell at ``row``, ``column`` (from 0)
    of a table of ``rows`` by ``columns``, the last one winning: only those the table's
    ``a:tblPr`` flags turn on (``firstRow``, ``bandRow``…)."""
    flags = table.find(f"{{{NS['a']}}}tblPr")
    on = set() if flags is None else {k for k, v in flags.attrib.items() if v in ("1", "true")}
    first_row, last_row = "firstRow" in on and row == 0, "lastRow" in on and row == rows - 1
    first_col = "firstCol" in on and column == 0
    last_col = "lastCol" in on and column == columns - 1
    found = {"wholeTbl"}
    if "bandCol" in on and not (first_col or last_col):
        found.add("band1V" if (column - ("firstCol" in on)) % 2 == 0 else "band2V")
    if "bandRow" in on and not (first_row or last_row):
        found.add("band1H" if (row - ("firstRow" in on)) % 2 == 0 else "band2H")
    found |= {
        name
        for name, applies in (
            ("lastCol", last_col),
            ("firstCol", first_col),
            ("lastRow", last_row),
            ("firstRow", first_row),
        )
        if applies
    }
    return [name for name in (*ORDER, "lastRow", "firstRow") if name in found]
