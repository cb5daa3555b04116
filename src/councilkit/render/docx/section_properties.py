"""Section properties (``w:sectPr``) for a file in more than one page section (the
tête-bêche edition): the reference's final section properties, with each half's own
header and footer, page numbers starting at 1, and the second half starting on an odd
page. Children are inserted by the schema's sequence (``CT_SectPr``), never by position."""

from __future__ import annotations

import copy
import re

from lxml import etree

from councilkit.render.docx.reference import Reference

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
SECTION_ORDER = (
    "headerReference", "footerReference", "footnotePr", "endnotePr", "type", "pgSz", "pgMar",
    "paperSrc", "pgBorders", "lnNumType", "pgNumType", "cols", "formProt", "vAlign",
    "noEndnote", "titlePg", "textDirection", "bidi", "rtlGutter", "docGrid",
    "printerSettings", "sectPrChange",
)  # fmt: skip
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True)
_BODY_END = re.compile(r"</(?:[A-Za-z_][\w.-]*:)?body>")


def final_section(reference: Reference) -> tuple[etree._Element, str]:
    """The reference's final ``w:sectPr`` and what follows it in the document part."""
    slot = reference.document
    root = etree.fromstring((slot.before + slot.after).encode("utf-8"), _PARSER)
    sect_pr = root.find(f"{{{W}}}body/{{{W}}}sectPr")
    if sect_pr is None:  # the reference reader always leaves one
        sect_pr = etree.Element(f"{{{W}}}sectPr")
    ends = list(_BODY_END.finditer(slot.after))
    tail = slot.after[ends[-1].start() :] if ends else "</w:body></w:document>"
    return sect_pr, tail


def default_stories(sect_pr: etree._Element) -> tuple[str, str]:
    """The relationship ids of the default header and footer of ``sect_pr`` (the
    reference reader gives every reference both)."""
    found = []
    for kind in ("headerReference", "footerReference"):
        for element in sect_pr.iterchildren(f"{{{W}}}{kind}"):
            if element.get(f"{{{W}}}type", "default") == "default":
                found.append(element.get(f"{{{R}}}id", ""))
                break
        else:
            raise ValueError(f"the reference's section has no default {kind}")
    return found[0], found[1]


def section_properties(
    base: etree._Element,
    *,
    stories: tuple[str, str],
    first_number: int | None,
    odd_page: bool,
) -> str:
    """``base`` with the default header and footer relationship ids ``stories``, page
    numbers from ``first_number`` (unless None), and a start on an odd page when
    ``odd_page``."""
    sect_pr = copy.deepcopy(base)
    for child in list(sect_pr):
        if child.tag in (f"{{{W}}}headerReference", f"{{{W}}}footerReference"):
            sect_pr.remove(child)
    header_rid, footer_rid = stories
    for kind, rid in (("footerReference", footer_rid), ("headerReference", header_rid)):
        attributes = {f"{{{W}}}type": "default", f"{{{R}}}id": rid}
        sect_pr.insert(0, etree.Element(f"{{{W}}}{kind}", attributes))
    if odd_page:
        _set(sect_pr, "type", {"val": "oddPage"})
    if first_number is not None:
        _set(sect_pr, "pgNumType", {"start": str(first_number)})
    markup: str = etree.tostring(sect_pr, encoding="unicode")
    return markup


def _set(sect_pr: etree._Element, name: str, attributes: dict[str, str]) -> None:
    """Sets child ``name``'s attributes, adding it where the schema's sequence puts it."""
    element = sect_pr.find(f"{{{W}}}{name}")
    if element is None:
        element = etree.Element(f"{{{W}}}{name}")
        rank = SECTION_ORDER.index(name)
        later = [
            child
            for child in sect_pr
            if isinstance(child.tag, str)
            and child.tag.startswith(f"{{{W}}}")
            and etree.QName(child).localname in SECTION_ORDER
            and SECTION_ORDER.index(etree.QName(child).localname) > rank
        ]
        if later:
            later[0].addprevious(element)
        else:
            sect_pr.append(element)
    for key, value in attributes.items():
        element.set(f"{{{W}}}{key}", value)
