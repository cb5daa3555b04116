"""Document-wide settings: Word refreshes fields on open, the theme's language, and
``w:lang`` on the document defaults."""

from __future__ import annotations

from collections.abc import Iterable

from docx.oxml.ns import qn

from councilkit.render.docx._oxml.elements import Element, child, new, set_attr

_SETTINGS_AFTER_UPDATE_FIELDS = (
    "w:hdrShapeDefaults",
    "w:footnotePr",
    "w:endnotePr",
    "w:compat",
    "w:docVars",
    "w:rsids",
    "m:mathPr",
    "w:attachedSchema",
    "w:themeFontLang",
    "w:clrSchemeMapping",
    "w:doNotIncludeSubdocsInStats",
    "w:doNotAutoCompressPictures",
    "w:forceUpgrade",
    "w:captions",
    "w:readModeInkLockDown",
    "w:smartTagType",
    "sl:schemaLibrary",
    "w:shapeDefaults",
    "w:doNotEmbedSmartTags",
    "w:decimalSymbol",
    "w:listSeparator",
)


def _insert_before(parent: Element, element: Element, successors: Iterable[str]) -> None:
    for tag in successors:
        found = parent.find(qn(tag))
        if found is not None:
            found.addprevious(element)
            return
    parent.append(element)


def update_fields_on_open(settings: Element) -> None:
    """``w:updateFields``: Word refreshes the TOC and page fields when it opens the file."""
    if settings.find(qn("w:updateFields")) is not None:
        return
    element = new(settings, "w:updateFields")
    set_attr(element, "w:val", "true")
    _insert_before(settings, element, _SETTINGS_AFTER_UPDATE_FIELDS)


def set_theme_language(settings: Element, tag: str) -> None:
    found = settings.find(qn("w:themeFontLang"))
    if found is None:
        found = new(settings, "w:themeFontLang")
        _insert_before(settings, found, _SETTINGS_AFTER_UPDATE_FIELDS[9:])
    set_attr(found, "w:val", tag)


def set_default_language(styles: Element, tag: str) -> None:
    """``w:lang`` on the document defaults (``styles.xml`` ``w:rPrDefault``)."""
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = new(styles, "w:docDefaults")
        styles.insert(0, defaults)
    rpr_default = defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        rpr_default = new(styles, "w:rPrDefault")
        defaults.insert(0, rpr_default)
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        rpr = child(rpr_default, "w:rPr")
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = child(rpr, "w:lang")
    set_attr(lang, "w:val", tag)
