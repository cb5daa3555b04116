"""Slides, placeholders and reading order: alt text, the slide-number field, moving and
removing shapes, language tags on every run, finding placeholders fast."""

from __future__ import annotations

from typing import Any

from lxml import etree
from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.oxml.ns import qn
from pptx.oxml.xmlchemy import OxmlElement

from councilkit.render.pptx._oxml.ids import ShapeIds
from councilkit.render.pptx._oxml.names import END, NV_PH, PML, RPR, A, insert_before, sub_element


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


_CNV_PR = etree.XPath("./*[1]/p:cNvPr", namespaces={"p": PML[1:-1]})


def set_descr(shape: Any, text: str) -> None:
    """Set the alternative text (``p:cNvPr/@descr``) of a shape, picture, group or frame."""
    cnvpr = _CNV_PR(shape._element)[0]
    cnvpr.set("descr", text)


def descr(shape: Any) -> str | None:
    """The alternative text of a shape."""
    value = _CNV_PR(shape._element)[0].get("descr")
    return None if value is None else str(value)


def add_slide_number(paragraph: Any, number: int, *, lang: str, size: int | None) -> None:
    """Append a slide-number field showing ``number`` to ``paragraph``."""
    add_slide_number_field(paragraph._p, number, lang=lang, size=size)


def add_slide_number_field(p: Any, number: int, *, lang: str, size: int | None) -> None:
    """:func:`add_slide_number` on the ``a:p`` element ``p``."""
    fld = _sub(p, "a:fld", id=SLIDE_NUMBER_FIELD_ID, type="slidenum")
    rpr = _sub(fld, "a:rPr", lang=lang)
    if size is not None:
        rpr.set("sz", str(size))
    _sub(fld, "a:t").text = str(number)
    end = p.find(qn("a:endParaRPr"))
    if end is not None:
        p.remove(end)
        p.append(end)


def set_slide_number(shape: Any, number: int) -> None:
    """Show ``number`` in the slide-number fields of the element ``shape``."""
    for text in shape.iterfind(_FIELD_TEXT):
        text.text = str(number)


_FIELD_TEXT = f".//{A}fld/{A}t"


_SP_PR, _XFRM, _OFF, _EXT = PML + "spPr", A + "xfrm", A + "off", A + "ext"
_XFRM_AFTER = frozenset(
    A + t
    for t in (
        "custGeom",
        "prstGeom",
        "noFill",
        "solidFill",
        "gradFill",
        "blipFill",
        "pattFill",
        "grpFill",
        "ln",
        "effectLst",
        "effectDag",
        "scene3d",
        "sp3d",
        "extLst",
    )
)
_OFF_AFTER = frozenset((_EXT, A + "chOff", A + "chExt"))
_EXT_AFTER = frozenset((A + "chOff", A + "chExt"))


def set_box(shape: Any, box: tuple[int, int, int, int]) -> None:
    """Move and size the ``p:sp`` element ``shape`` to ``box`` (left, top, width, height
    in EMU), as python-pptx's ``left``, ``top``, ``width`` and ``height`` setters do, in
    that order: its ``a:xfrm``, ``a:off`` and ``a:ext`` added where the schema puts them
    when it has none."""
    props = shape.find(_SP_PR)
    xfrm = props.find(_XFRM)
    if xfrm is None:
        xfrm = props.makeelement(_XFRM)
        insert_before(props, xfrm, _XFRM_AFTER)
    for tag, after, names, values in (
        (_OFF, _OFF_AFTER, ("x", "y"), box[:2]),
        (_EXT, _EXT_AFTER, ("cx", "cy"), box[2:]),
    ):
        child = xfrm.find(tag)
        if child is None:
            child = xfrm.makeelement(tag)
            insert_before(xfrm, child, after)
        for name, value in zip(names, values, strict=True):
            child.set(name, str(value))


def _element_of(shape: Any) -> Any:
    """The element of a python-pptx shape, or ``shape`` when it is an element already."""
    return getattr(shape, "_element", shape)


def move_to_front(shape: Any) -> None:
    """Make ``shape`` (a shape or its element) the first shape of its tree: first in
    reading order."""
    element = _element_of(shape)
    tree = element.getparent()
    tree.remove(element)
    tree.insert(2, element)  # after p:nvGrpSpPr and p:grpSpPr


def move_to_back(shape: Any) -> None:
    """Make ``shape`` (a shape or its element) the last shape of its tree: last in
    reading order."""
    element = _element_of(shape)
    tree = element.getparent()
    tree.remove(element)
    ext = tree.find(qn("p:extLst"))
    if ext is None:
        tree.append(element)
    else:
        ext.addprevious(element)


def remove_shape(shape: Any, ids: ShapeIds | None = None) -> None:
    """Take ``shape`` off its slide; ``ids``: the slide's ids, kept up to date."""
    element = shape._element
    parent = element.getparent()
    parent.remove(element)
    if ids is not None:
        ids.removed(element, from_tree=parent.tag == PML + "spTree")


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


_SHAPE_TAGS = frozenset(
    qn(t) for t in ("p:sp", "p:grpSp", "p:graphicFrame", "p:cxnSp", "p:pic", "p:contentPart")
)


def placeholder_element(slide: Any, idx: int) -> Any | None:
    """The first shape of ``slide``'s shape tree that is placeholder ``idx``."""
    for element in slide._element.cSld.spTree:
        if element.tag in _SHAPE_TAGS:
            properties = element.find("*")
            ph = None if properties is None else properties.find(NV_PH)
            if ph is not None and int(ph.get("idx", "0")) == idx:
                return element
    return None


_NOT_TEXT = frozenset(
    t.xml_value for t in (PP_PLACEHOLDER.BITMAP, PP_PLACEHOLDER.CHART, PP_PLACEHOLDER.PICTURE)
) | {PP_PLACEHOLDER.TABLE.xml_value}


def is_text_placeholder(element: Any) -> bool:
    """True when the placeholder ``element`` is a ``p:sp`` python-pptx makes a plain
    ``SlidePlaceholder`` of (not a picture, chart or table placeholder)."""
    if element.tag != PML + "sp":
        return False
    ph = element.find("*").find(NV_PH)
    return ph.get("type", "obj") not in _NOT_TEXT


def placeholder_type(shape: Any) -> str | None:
    """The ``type`` of the placeholder ``shape`` (``title``, ``ftr``, ``sldNum``…)."""
    ph = shape._element.find(".//" + qn("p:ph"))
    if ph is None:
        return None
    return str(ph.get("type", "obj"))


def set_slide_name(slide: Any, name: str) -> None:
    """Name a slide (``p:cSld/@name``): the renderer records its slide kind there."""
    slide._element.cSld.set("name", name)
