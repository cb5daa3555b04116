"""The document-wide settings that depend on the document's language: ``w:lang`` on the
document defaults, the theme's language, and Word set to refresh fields on open."""

from __future__ import annotations

from lxml import etree

from councilkit.render.docx.schema_order import SETTINGS, insert_in_order

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def set_default_language(styles: etree._Element, tag: str) -> None:
    """``w:lang`` on the document defaults (``w:rPrDefault``)."""
    defaults = _child(styles, "docDefaults", first=True)
    rpr_default = _child(defaults, "rPrDefault", first=True)
    rpr = _child(rpr_default, "rPr")
    _child(rpr, "lang").set(f"{{{W}}}val", tag)


def set_theme_language(settings: etree._Element, tag: str) -> None:
    found = settings.find(f"{{{W}}}themeFontLang")
    if found is None:
        found = etree.Element(f"{{{W}}}themeFontLang")
        insert_in_order(settings, found, SETTINGS)
    found.set(f"{{{W}}}val", tag)


def update_fields_on_open(settings: etree._Element) -> None:
    """``w:updateFields``: Word refreshes the TOC and page fields when it opens the file."""
    if settings.find(f"{{{W}}}updateFields") is None:
        element = etree.Element(f"{{{W}}}updateFields", {f"{{{W}}}val": "true"})
        insert_in_order(settings, element, SETTINGS)


def _child(parent: etree._Element, name: str, *, first: bool = False) -> etree._Element:
    found = parent.find(f"{{{W}}}{name}")
    if found is None:
        found = etree.Element(f"{{{W}}}{name}")
        if first:
            parent.insert(0, found)
        else:
            parent.append(found)
    return found
