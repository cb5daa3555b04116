"""The few things python-pptx has no API for, done on its XML: alt text, list markers and
indents, the slide-number field, reading order, language tags on every run, and removing
slides and shape styles. The only module of the renderer that touches lxml elements.
"""

from __future__ import annotations

from typing import Any

from pptx.oxml.ns import qn
from pptx.oxml.xmlchemy import OxmlElement

_PPR_AFTER_BULLETS = ("a:tabLst", "a:defRPr", "a:extLst")
_BULLET_TAGS = (
    "a:buClrTx",
    "a:buClr",
    "a:buSzTx",
    "a:buSzPct",
    "a:buSzPts",
    "a:buFontTx",
    "a:buFont",
    "a:buNone",
    "a:buAutoNum",
    "a:buChar",
    "a:buBlip",
)


def _element(tag: str, **attributes: str) -> Any:
    element = OxmlElement(tag)
    for name, value in attributes.items():
        element.set(name, value)
    return element


def _sub(parent: Any, tag: str, **attributes: str) -> Any:
    child = _element(tag, **attributes)
    parent.append(child)
    return child


SLIDE_NUMBER_FIELD_ID = "{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}"
"""A fixed id for slide-number fields (PowerPoint's own are random; ours must not be)."""


def set_descr(shape: Any, text: str) -> None:
    """Set the alternative text (``p:cNvPr/@descr``) of a shape, picture, group or frame."""
    cnvpr = shape._element.xpath("./*[1]/p:cNvPr")[0]
    cnvpr.set("descr", text)


def descr(shape: Any) -> str | None:
    """The alternative text of a shape."""
    value = shape._element.xpath("./*[1]/p:cNvPr")[0].get("descr")
    return None if value is None else str(value)


def set_list_marker(
    paragraph: Any,
    *,
    margin: int,
    indent: int,
    marker: str,
    number: int = 1,
    color: str | None = None,
) -> None:
    """Give ``paragraph`` a left margin and first-line indent (EMU) and a marker:
    ``"bullet"``, ``"number"`` (1. 2. 3., starting at ``number``) or ``"none"``."""
    ppr = paragraph._p.get_or_add_pPr()
    ppr.set("marL", str(margin))
    ppr.set("indent", str(indent))
    for tag in _BULLET_TAGS:
        for old in ppr.findall(qn(tag)):
            ppr.remove(old)
    elements: list[Any] = []
    if marker == "none":
        elements.append(_element("a:buNone"))
    else:
        if color is not None:
            clr = _element("a:buClr")
            _sub(clr, "a:srgbClr", val=color)
            elements.append(clr)
        if marker == "bullet":
            elements.append(_element("a:buFont", typeface="Arial"))
            elements.append(_element("a:buChar", char="•"))
        else:
            elements.append(_element("a:buFont", typeface="+mj-lt"))
            auto = _element("a:buAutoNum", type="arabicPeriod")
            if number != 1:
                auto.set("startAt", str(number))
            elements.append(auto)
    successor = next(
        (child for child in ppr if child.tag in {qn(t) for t in _PPR_AFTER_BULLETS}), None
    )
    for element in elements:
        if successor is None:
            ppr.append(element)
        else:
            successor.addprevious(element)


def add_slide_number(paragraph: Any, number: int, *, lang: str, size: int | None) -> None:
    """Append a slide-number field showing ``number`` to ``paragraph``."""
    fld = _sub(paragraph._p, "a:fld", id=SLIDE_NUMBER_FIELD_ID, type="slidenum")
    rpr = _sub(fld, "a:rPr", lang=lang)
    if size is not None:
        rpr.set("sz", str(size))
    _sub(fld, "a:t").text = str(number)
    end = paragraph._p.find(qn("a:endParaRPr"))
    if end is not None:
        paragraph._p.remove(end)
        paragraph._p.append(end)


def move_to_front(shape: Any) -> None:
    """Make ``shape`` the first shape of its tree: first in reading order."""
    element = shape._element
    tree = element.getparent()
    tree.remove(element)
    tree.insert(2, element)  # after p:nvGrpSpPr and p:grpSpPr


def move_to_back(shape: Any) -> None:
    """Make ``shape`` the last shape of its tree: last in reading order."""
    element = shape._element
    tree = element.getparent()
    tree.remove(element)
    ext = tree.find(qn("p:extLst"))
    if ext is None:
        tree.append(element)
    else:
        ext.addprevious(element)


def remove_shape(shape: Any) -> None:
    """Take ``shape`` off its slide."""
    element = shape._element
    element.getparent().remove(element)


def strip_style(shape: Any) -> None:
    """Remove the theme style reference python-pptx gives new auto shapes (its shadow and
    accent colours), so that only the colours set explicitly apply."""
    style = shape._element.find(qn("p:style"))
    if style is not None:
        shape._element.remove(style)


def tag_languages(element: Any, lang: str) -> None:
    """Give every run, field and paragraph end under ``element`` that has no language the
    language ``lang``, so that no text is left untagged."""
    for tag in ("a:rPr", "a:endParaRPr"):
        for rpr in element.iter(qn(tag)):
            if rpr.get("lang") is None:
                rpr.set("lang", lang)
    for run in element.iter(qn("a:r"), qn("a:fld")):
        if run.find(qn("a:rPr")) is None:
            rpr = _element("a:rPr", lang=lang)
            run.insert(0, rpr)
    for paragraph in element.iter(qn("a:p")):
        if paragraph.find(qn("a:endParaRPr")) is None:
            _sub(paragraph, "a:endParaRPr", lang=lang)


def remove_all_slides(presentation: Any) -> None:
    """Remove the slides a template comes with."""
    id_list = presentation.slides._sldIdLst
    for sld_id in list(id_list):
        presentation.part.drop_rel(sld_id.rId)
        id_list.remove(sld_id)


def placeholder_type(shape: Any) -> str | None:
    """The ``type`` of the placeholder ``shape`` (``title``, ``ftr``, ``sldNum``…)."""
    ph = shape._element.find(".//" + qn("p:ph"))
    if ph is None:
        return None
    return str(ph.get("type", "obj"))


def set_slide_name(slide: Any, name: str) -> None:
    """Name a slide (``p:cSld/@name``): the renderer records its slide kind there."""
    slide._element.cSld.set("name", name)
