"""Picture rules: alternative text on pictures, charts and diagrams; pictures in line."""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import etree

from councilkit.audit.office import NS, OfficeFile, paragraph_place, shape_name, slides
from councilkit.audit.registry import finding
from councilkit.diagnostics import Diagnostic

FILE_NAME = re.compile(
    r"^\S.*\.(png|jpe?g|gif|bmp|tiff?|svg|emf|wmf|webp|heic)$", re.IGNORECASE | re.DOTALL
)
"""Alternative text that is only a file name, as python-pptx and Word write by default."""

_GRAPHICS = {"chart": "chart", "diagram": "diagram"}
"""The kinds of graphic frames that need alternative text, by their ``graphicData`` URI
(a chart, or a SmartArt diagram); a picture is any other."""

DECORATIVE = "http://schemas.microsoft.com/office/drawing/2017/decorative"

_FIX = "right-click it, then View Alt Text (or Format > Alt Text), and describe what it shows"


def audit(doc: OfficeFile) -> Iterator[Diagnostic]:
    """Every picture problem of ``doc``."""
    if doc.kind == "word":
        yield from _word(doc)
    else:
        yield from _slides(doc)


def _kind(graphic_uri: str) -> str:
    return next((name for key, name in _GRAPHICS.items() if key in graphic_uri), "picture")


def _decorative(properties: etree._Element) -> bool:
    """Marked decorative in PowerPoint or Word: ``<adec:decorative val="1"/>`` in the
    properties' extension list (``val`` is a boolean: ``1`` or ``true``)."""
    return bool(
        properties.xpath(
            "a:extLst/a:ext/adec:decorative[@val='1' or @val='true']",
            namespaces={**NS, "adec": DECORATIVE},
        )
    )


def _alt_text(
    path: str, part: str, where: str, kind: str, properties: etree._Element
) -> Iterator[Diagnostic]:
    if _decorative(properties):
        return
    description = (properties.get("descr") or "").strip()
    if not description:
        yield finding(path, "alt-text", part, where, f"{kind} without alternative text: {_FIX}")
    elif FILE_NAME.match(description):
        yield finding(
            path,
            "alt-text-file-name",
            part,
            where,
            f"{kind}'s alternative text is a file name ({description!r}): {_FIX}",
        )


def _word(doc: OfficeFile) -> Iterator[Diagnostic]:
    part, body = doc.main()
    index = {p: i for i, p in enumerate(body.iter(f"{{{NS['w']}}}p"), start=1)}
    for holder in body.xpath(".//wp:inline | .//wp:anchor", namespaces=NS):
        paragraphs = holder.xpath("ancestor::w:p[1]", namespaces=NS)
        where = paragraph_place(index[paragraphs[0]], paragraphs[0]) if paragraphs else ""
        uri = "".join(holder.xpath(".//a:graphicData/@uri", namespaces=NS))
        kind = _kind(uri)
        for properties in holder.xpath("wp:docPr", namespaces=NS):
            yield from _alt_text(str(doc.path), part, where, kind, properties)
        if holder.tag == f"{{{NS['wp']}}}anchor":
            yield finding(
                str(doc.path),
                "floating-picture",
                part,
                where,
                f"floating {kind}: screen readers may read it out of order; right-click it, "
                "then Wrap Text > In Line with Text",
            )


def _slides(doc: OfficeFile) -> Iterator[Diagnostic]:
    for number, part, slide in slides(doc):
        tree = slide.xpath("p:cSld/p:spTree", namespaces=NS)
        for shape in tree[0].xpath(".//p:pic | .//p:graphicFrame", namespaces=NS) if tree else []:
            uri = "".join(shape.xpath("a:graphic/a:graphicData/@uri", namespaces=NS))
            if (
                shape.tag == f"{{{NS['p']}}}graphicFrame"
                and "chart" not in uri
                and "diagram" not in uri
            ):
                continue  # a table: its text is read as it is
            if any(
                _decorative(group) or (group.get("descr") or "").strip()
                for group in shape.xpath("ancestor::p:grpSp/p:nvGrpSpPr/p:cNvPr", namespaces=NS)
            ):
                continue  # the group it is in is described as a whole, or decorative
            kind = _kind(uri)
            where = f"slide {number}, {shape_name(shape)}"
            for properties in shape.xpath("./*[1]/p:cNvPr", namespaces=NS):
                yield from _alt_text(str(doc.path), part, where, kind, properties)
