"""Table rules: a header row, no merged cells, no blank rows or columns, no table inside a
table."""

from __future__ import annotations

from collections.abc import Iterator

from lxml import etree

from councilkit.audit.office import NS, OfficeFile, excerpt, shape_name, slides, text_of
from councilkit.audit.registry import finding
from councilkit.diagnostics import Diagnostic


def audit(doc: OfficeFile) -> Iterator[Diagnostic]:
    """Every table problem of ``doc``."""
    if doc.kind == "word":
        yield from _word(doc)
    else:
        yield from _slides(doc)


def _word(doc: OfficeFile) -> Iterator[Diagnostic]:
    part, body = doc.main()
    path = str(doc.path)
    for number, table in enumerate(body.iter(f"{{{NS['w']}}}tbl"), start=1):
        where = f"table {number} {excerpt(text_of(table))}"
        rows = table.xpath("w:tr", namespaces=NS)
        if rows and not rows[0].xpath(
            "w:trPr/w:tblHeader[not(@w:val) or @w:val!='0' and @w:val!='false' and @w:val!='off']",
            namespaces=NS,
        ):
            yield finding(
                path,
                "table-header",
                part,
                where,
                "table without a header row: select its first row, then Table Properties > "
                "Row > Repeat as header row at the top of each page",
            )
        if table.xpath("w:tr/w:tc/w:tcPr[w:gridSpan[@w:val > 1] or w:vMerge]", namespaces=NS):
            yield finding(path, "merged-cells", part, where, _MERGED)
        grid = [
            [
                (_span(cell, "w:tcPr/w:gridSpan/@w:val"), _word_blank(cell))
                for cell in row.xpath("w:tc", namespaces=NS)
            ]
            for row in rows
        ]
        blank = blank_lines(grid)
        if blank:
            yield finding(path, "blank-table-cells", part, where, blank + _BLANK)
        if table.xpath("ancestor::w:tbl", namespaces=NS):
            yield finding(path, "nested-table", part, where, _NESTED)


_MERGED = (
    "merged or split cells confuse screen readers moving through the table: "
    "split them (Table Layout > Split Cells) and repeat the text where needed"
)
_BLANK = (
    ": screen readers read every empty cell ('blank'), and a blank row or column often "
    "makes space or splits the table in two: delete it (Table Layout > Delete), or make "
    "two tables each with its header row"
)
_NESTED = "table inside a table: screen readers lose their place; make it a table of its own"


def _slides(doc: OfficeFile) -> Iterator[Diagnostic]:
    path = str(doc.path)
    for number, part, slide in slides(doc):
        for frame in slide.iter(f"{{{NS['p']}}}graphicFrame"):
            for table in frame.xpath("a:graphic/a:graphicData/a:tbl", namespaces=NS):
                yield from _slide_table(path, part, f"slide {number}, {shape_name(frame)}", table)


def _slide_table(path: str, part: str, where: str, table: etree._Element) -> Iterator[Diagnostic]:
    if not table.xpath("a:tblPr[@firstRow='1' or @firstRow='true']", namespaces=NS):
        yield finding(
            path,
            "table-header",
            part,
            where,
            "table without a header row: select the table, then Table Design > Header Row",
        )
    merged = "a:tr/a:tc[@gridSpan > 1 or @rowSpan > 1 or @hMerge='1' or @vMerge='1']"
    if table.xpath(merged, namespaces=NS):
        yield finding(path, "merged-cells", part, where, _MERGED)
    grid = [
        [
            (_span(cell, "@gridSpan"), _slide_blank(cell))
            for cell in row.xpath("a:tc", namespaces=NS)
        ]
        for row in table.xpath("a:tr", namespaces=NS)
    ]
    blank = blank_lines(grid)
    if blank:
        yield finding(path, "blank-table-cells", part, where, blank + _BLANK)


def _span(cell: etree._Element, path: str) -> int:
    """How many grid columns a cell spans (1 unless it says more)."""
    found = cell.xpath(path, namespaces=NS)
    return int(found[0]) if found and str(found[0]).isdigit() and int(found[0]) > 1 else 1


_CONTENT = ".//w:drawing | .//w:pict | .//w:object | .//a:graphic | .//a:blipFill"


def _word_blank(cell: etree._Element) -> bool:
    """A Word cell with neither text nor a picture; the continuation of a vertically merged
    cell is part of the cell above, not blank."""
    if cell.xpath("w:tcPr/w:vMerge[not(@w:val) or @w:val='continue']", namespaces=NS):
        return False
    return not text_of(cell).strip() and not cell.xpath(_CONTENT, namespaces=NS)


def _slide_blank(cell: etree._Element) -> bool:
    """A slide table cell without text (a merged cell's continuation is not blank)."""
    if cell.get("hMerge") in ("1", "true") or cell.get("vMerge") in ("1", "true"):
        return False
    return not text_of(cell).strip()


def blank_lines(grid: list[list[tuple[int, bool]]]) -> str:
    """The blank rows and columns of a table, each cell given as (columns it spans, blank):
    ``"row 3 and column 2 are blank"``, or "" when none is."""
    rows = [i for i, row in enumerate(grid, start=1) if row and all(b for _, b in row)]
    filled: set[int] = set()
    width = 0
    for row in grid:
        column = 0
        for span, blank in row:
            if not blank:
                filled.update(range(column, column + span))
            column += span
        width = max(width, column)
    columns = [c + 1 for c in range(width) if c not in filled and len(rows) < len(grid)]
    named = [f"row {r}" for r in rows] + [f"column {c}" for c in columns]
    if not named:
        return ""
    listed = named[0] if len(named) == 1 else ", ".join(named[:-1]) + " and " + named[-1]
    return f"{listed} {'is' if len(named) == 1 else 'are'} blank"
