"""Slides as python-pptx elements: alt text, language tags on every run of a notes slide,
numbering layout placeholders, removing a template's slides."""

from __future__ import annotations

from typing import Any

from lxml import etree

from councilkit.render.pptx._oxml.names import END, PML, RPR, A, sub_element

SLIDE_NUMBER_FIELD_ID = "{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}"
"""A fixed id for slide-number fields (PowerPoint's own are random; ours must not be)."""


_CNV_PR = etree.XPath("./*[1]/p:cNvPr", namespaces={"p": PML[1:-1]})


def set_descr(shape: Any, text: str) -> None:
    """Set the alternative text (``p:cNvPr/@descr``) of a shape, picture, group or frame."""
    cnvpr = _CNV_PR(shape._element)[0]
    cnvpr.set("descr", text)


_NS = {"a": A[1:-1]}
_UNTAGGED = etree.XPath(".//a:rPr[not(@lang)] | .//a:endParaRPr[not(@lang)]", namespaces=_NS)
_UNENDED = etree.XPath(".//a:p[not(a:endParaRPr)]", namespaces=_NS)
_BARE = etree.XPath(".//a:r[not(a:rPr)] | .//a:fld[not(a:rPr)]", namespaces=_NS)


def tag_languages(element: Any, lang: str) -> None:
    """Give every run, field and paragraph end under ``element`` that has no language the
    language ``lang``, so that no text is left untagged. Only the nodes that lack one are
    visited (found by XPath)."""
    for node in _UNTAGGED(element):
        node.set("lang", lang)
    for node in _UNENDED(element):
        sub_element(node, END, lang=lang)
    for node in _BARE(element):
        node.insert(0, node.makeelement(RPR, lang=lang))


_TITLES = frozenset({"title", "ctrTitle"})


def number_placeholders(presentation: Any) -> None:
    """Give every layout placeholder without an ``idx`` but a title one the next free idx
    of its layout. LibreOffice saves body placeholders without idx, so that all of them
    read as 0 like the title; PowerPoint's own templates always number them. The layouts
    of the deck written carry the numbers, so its slides inherit from the right ones."""
    for master in presentation.slide_masters:
        for layout in master.slide_layouts:
            phs = list(layout._element.cSld.spTree.iter(PML + "ph"))
            taken = {int(ph.get("idx")) for ph in phs if ph.get("idx") is not None}
            for ph in phs:
                if ph.get("idx") is None and ph.get("type", "obj") not in _TITLES:
                    idx = max(taken | {0}) + 1
                    taken.add(idx)
                    ph.set("idx", str(idx))


def remove_all_slides(presentation: Any) -> None:
    """Remove the slides a template comes with."""
    id_list = presentation.slides._sldIdLst
    for sld_id in list(id_list):
        presentation.part.drop_rel(sld_id.rId)
        id_list.remove(sld_id)
