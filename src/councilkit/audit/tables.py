"""Table rules: a header row, no merged cells, no table inside a table."""

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
        if table.xpath("ancestor::w:tbl", namespaces=NS):
            yield finding(path, "nested-table", part, where, _NESTED)


_MERGED = (
    "merged or split cells confuse screen readers moving through the table: "
    "split them (Table Layout > Split Cells) and repeat the text where needed"
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
