"""Shapes, groups and slides added directly, as python-pptx's ``add_shape``,
``add_textbox``, ``add_group_shape`` and ``add_slide`` make them (without their xpath
look-ups and template parsing): the output is byte for byte the same."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any

from lxml import etree
from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.opc.constants import CONTENT_TYPE as CT
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.opc.packuri import PackURI
from pptx.oxml.slide import CT_Slide
from pptx.oxml.xmlchemy import OxmlElement
from pptx.parts.slide import SlidePart

from councilkit.render.pptx._oxml.ids import ShapeIds
from councilkit.render.pptx._oxml.names import (
    BODY_PR,
    EXT_LST,
    PML,
    PPR,
    R_ID,
    SOLID,
    SRGB,
    A,
    P,
    clone,
    insert_before,
    next_shape_id,
    sub_element,
)


def add_shape(
    slide: Any,
    *,
    box: tuple[int, int, int, int],
    prst: str | None,
    basename: str,
    name: str | None = None,
    fill: str | None = None,
    line: str | None = None,
    ids: ShapeIds | None = None,
) -> Any:
    """Add a ``p:sp`` to ``slide`` at ``box`` (left, top, width, height in EMU), as
    python-pptx's ``add_textbox`` (``prst`` None) or ``add_shape`` (preset ``prst``, its
    style reference removed, painted in ``fill`` and outlined in ``line``; None: none)
    make it; named ``name``, or ``basename`` and a number. ``ids``: the slide's ids, kept
    (None: the slide is searched). Returns the element."""
    tree = slide._element.cSld.spTree if ids is None else ids.tree
    shape_id = next_shape_id(tree) if ids is None else ids.next_id()
    name = name or f"{basename} {shape_id - 1}"
    sp = clone(_new_shape(prst, fill, line))  # copying is faster than building
    cnvpr, xfrm = sp[0][0], sp[1][0]
    cnvpr.set("id", str(shape_id))
    cnvpr.set("name", name)
    xfrm[0].set("x", str(box[0]))
    xfrm[0].set("y", str(box[1]))
    xfrm[1].set("cx", str(box[2]))
    xfrm[1].set("cy", str(box[3]))
    insert_before(tree, sp, EXT_LST)
    if ids is not None:
        ids.added(shape_id, name)
    return sp


@functools.lru_cache(maxsize=256)
def _new_shape(prst: str | None, fill: str | None, line: str | None) -> Any:
    """The ``p:sp`` :func:`add_shape` adds, at no place and without id or name (set on
    each copy, in the order python-pptx sets them), built once for each preset and
    colours. Never changed: only copies go into slides."""
    sp = OxmlElement("p:sp")
    nv = sub_element(sp, PML + "nvSpPr")
    sub_element(nv, PML + "cNvPr", id="0", name="")
    if prst is None:
        sub_element(nv, PML + "cNvSpPr", txBox="1")
    else:
        sub_element(nv, PML + "cNvSpPr")
    sub_element(nv, PML + "nvPr")
    props = sub_element(sp, PML + "spPr")
    xfrm = sub_element(props, A + "xfrm")
    sub_element(xfrm, A + "off", x="0", y="0")
    sub_element(xfrm, A + "ext", cx="0", cy="0")
    sub_element(sub_element(props, A + "prstGeom", prst=prst or "rect"), A + "avLst")
    text = sub_element(sp, PML + "txBody")
    if prst is None:
        sub_element(props, A + "noFill")
        sub_element(sub_element(text, BODY_PR, wrap="none"), A + "spAutoFit")
        sub_element(text, A + "lstStyle")
        sub_element(text, P)
    else:
        if fill is None:
            sub_element(props, A + "noFill")
        else:
            sub_element(sub_element(props, SOLID), SRGB, val=fill)
        outline = sub_element(props, A + "ln")
        if line is None:
            sub_element(outline, A + "noFill")
        else:
            sub_element(sub_element(outline, SOLID), SRGB, val=line)
            outline.set("w", "12700")
        sub_element(text, BODY_PR, rtlCol="0", anchor="ctr")
        sub_element(text, A + "lstStyle")
        sub_element(sub_element(text, P), PPR, algn="ctr")
    return sp


_TEXT_PLACEHOLDERS = (
    PP_PLACEHOLDER.TITLE,
    PP_PLACEHOLDER.CENTER_TITLE,
    PP_PLACEHOLDER.SUBTITLE,
    PP_PLACEHOLDER.BODY,
    PP_PLACEHOLDER.OBJECT,
)
_LATENT = (PP_PLACEHOLDER.DATE, PP_PLACEHOLDER.FOOTER, PP_PLACEHOLDER.SLIDE_NUMBER)

PlaceholderSpec = tuple[Any, str, str, int]
"""A layout placeholder as a slide's copy needs it: type, orient, sz and idx."""


def layout_placeholders(layout: Any) -> list[PlaceholderSpec]:
    """The placeholders of ``layout`` in idx order, as python-pptx lists them."""
    elements = [ph.element for ph in layout.placeholders]
    return [(e.ph_type, e.ph_orient, e.ph_sz, e.ph_idx) for e in elements]


def add_slide(presentation: Any, layout: Any, placeholders: Sequence[PlaceholderSpec]) -> Any:
    """A new slide on ``layout`` (its ``layout_placeholders``), as python-pptx's
    ``add_slide`` makes it: the layout's placeholders copied but for date, footer and
    slide number."""
    return new_slide(presentation, layout, placeholders)[0]


def open_slide(presentation: Any, layout: Any) -> Any:
    """A new slide on ``layout`` without shapes, its part made as python-pptx's
    ``PresentationPart.add_slide`` makes it, from a copy of a new slide's XML rather than a
    parse of it."""
    presentation_part = presentation.part
    id_list = presentation.slides._sldIdLst
    part = SlidePart(
        PackURI(f"/ppt/slides/slide{len(id_list) + 1}.xml"),
        CT.PML_SLIDE,
        presentation_part.package,
        clone(_new_sld()),
    )
    part.relate_to(layout.part, RT.SLIDE_LAYOUT)
    # a new part cannot be related already: add the relationship without looking for it
    r_id = presentation_part._rels._add_relationship(RT.SLIDE, part)
    add_slide_id(id_list, r_id)
    return part.slide


def new_slide(
    presentation: Any, layout: Any, placeholders: Sequence[PlaceholderSpec]
) -> tuple[Any, ShapeIds]:
    """:func:`add_slide`, and the ids of the new slide, to add more shapes with. The
    slide's part is made as python-pptx's ``PresentationPart.add_slide`` makes it, from a
    copy of a new slide's XML rather than a parse of it."""
    presentation_part = presentation.part
    id_list = presentation.slides._sldIdLst
    part = SlidePart(
        PackURI(f"/ppt/slides/slide{len(id_list) + 1}.xml"),
        CT.PML_SLIDE,
        presentation_part.package,
        clone(_new_sld()),
    )
    part.relate_to(layout.part, RT.SLIDE_LAYOUT)
    # a new part cannot be related already: add the relationship without looking for it
    r_id = presentation_part._rels._add_relationship(RT.SLIDE, part)
    slide = part.slide
    ids = ShapeIds(slide._element.cSld.spTree)
    for spec in placeholders:
        if spec[0] not in _LATENT:
            add_placeholder(slide, spec, ids)
    add_slide_id(id_list, r_id)
    return slide, ids


_SLIDE_IDS = etree.XPath("./p:sldId/@id", namespaces={"p": PML[1:-1]})
_FIRST_SLIDE_ID, _LAST_SLIDE_ID = 256, 2147483647


def add_slide_id(id_list: Any, r_id: str) -> None:
    """Append a ``p:sldId`` for the slide related as ``r_id`` to the slide list
    ``id_list``, as python-pptx's ``add_sldId`` does (one more than the largest id), with
    an XPath compiled once rather than at every slide."""
    following = max([_FIRST_SLIDE_ID - 1, *(int(v) for v in _SLIDE_IDS(id_list))]) + 1
    if following > _LAST_SLIDE_ID:  # python-pptx then looks for a free id
        id_list.add_sldId(r_id)
        return
    sld_id = OxmlElement("p:sldId")
    sld_id.set("id", str(following))
    sld_id.set(R_ID, r_id)
    id_list.append(sld_id)


@functools.cache
def _new_sld() -> Any:
    """The ``p:sld`` of a new slide, as python-pptx makes it; only ever copied."""
    return CT_Slide.new()


def add_placeholder(
    slide: Any, spec: PlaceholderSpec, ids: ShapeIds | None = None, *, made: Any | None = None
) -> Any:
    """Copy a layout placeholder to ``slide``, as python-pptx's ``clone_placeholder``;
    ``ids``: the slide's ids, kept (None: the slide is searched); ``made``: the element
    to add (a copy of one this function made, filled for the slide), id and name set here.
    Returns the element."""
    ph_type, orient, sz, idx = spec
    if ids is None:
        ids = ShapeIds(slide._element.cSld.spTree)
    tree = ids.tree
    shape_id = ids.next_id()
    basename = slide.shapes.ph_basename(ph_type)
    if orient == "vert":
        basename = f"Vertical {basename}"
    number = shape_id - 1
    while ids.name_taken(f"{basename} {number}"):
        number += 1
    name = f"{basename} {number}"
    sp = made if made is not None else clone(_new_placeholder(ph_type, orient, sz, idx))
    sp[0][0].set("id", str(shape_id))
    sp[0][0].set("name", name)
    insert_before(tree, sp, EXT_LST)
    ids.added(shape_id, name)
    return sp


@functools.lru_cache(maxsize=256)
def _new_placeholder(ph_type: Any, orient: str, sz: str, idx: int) -> Any:
    """The ``p:sp`` :func:`add_placeholder` adds, without id or name (set on each copy, in
    the order python-pptx sets them), built once for each placeholder. Never changed:
    only copies go into slides."""
    sp = OxmlElement("p:sp")
    nv = sub_element(sp, PML + "nvSpPr")
    sub_element(nv, PML + "cNvPr", id="0", name="")
    sub_element(sub_element(nv, PML + "cNvSpPr"), A + "spLocks", noGrp="1")
    ph = sub_element(sub_element(nv, PML + "nvPr"), PML + "ph")
    if ph_type != PP_PLACEHOLDER.OBJECT:
        ph.set("type", ph_type.xml_value)
    if idx != 0:
        ph.set("idx", str(idx))
    if orient != "horz":
        ph.set("orient", orient)
    if sz != "full":
        ph.set("sz", sz)
    sub_element(sp, PML + "spPr")
    if ph_type in _TEXT_PLACEHOLDERS:
        text = sub_element(sp, PML + "txBody")
        sub_element(text, BODY_PR)
        sub_element(text, A + "lstStyle")
        sub_element(text, P)
    return sp


_MEMBER_OFF = f"{PML}spPr/{A}xfrm/{A}off"
_MEMBER_EXT = f"{PML}spPr/{A}xfrm/{A}ext"


def add_group(
    slide: Any, members: Sequence[Any], name: str, descr: str, ids: ShapeIds | None = None
) -> Any:
    """Put the shapes ``members`` (``p:sp`` elements on ``slide``) in a new ``p:grpSp``
    sized to hold them, as python-pptx's ``add_group_shape``, named ``name`` and described
    ``descr``; ``ids``: the slide's ids, kept (None: the slide is searched). Returns the
    element."""
    if ids is None:
        ids = ShapeIds(slide._element.cSld.spTree)
    tree = ids.tree
    shape_id = ids.first_free()
    moved = sum(1 for member in members if member.getparent() is tree)
    group = tree.makeelement(PML + "grpSp")
    nv = sub_element(group, PML + "nvGrpSpPr")
    sub_element(nv, PML + "cNvPr", id=str(shape_id), name=name, descr=descr)
    sub_element(nv, PML + "cNvGrpSpPr")
    sub_element(nv, PML + "nvPr")
    xfrm = sub_element(sub_element(group, PML + "grpSpPr"), A + "xfrm")
    off = sub_element(xfrm, A + "off", x="0", y="0")
    ext = sub_element(xfrm, A + "ext", cx="0", cy="0")
    ch_off = sub_element(xfrm, A + "chOff", x="0", y="0")
    ch_ext = sub_element(xfrm, A + "chExt", cx="0", cy="0")
    insert_before(tree, group, EXT_LST)
    boxes = []
    for member in members:
        group.append(member)
        member_off = member.find(_MEMBER_OFF)
        member_ext = member.find(_MEMBER_EXT)
        x, y = int(member_off.get("x")), int(member_off.get("y"))
        boxes.append((x, y, x + int(member_ext.get("cx")), y + int(member_ext.get("cy"))))
    if boxes:
        left, top = min(b[0] for b in boxes), min(b[1] for b in boxes)
        right, bottom = max(b[2] for b in boxes), max(b[3] for b in boxes)
        for element in (ch_off, off):
            element.set("x", str(left))
            element.set("y", str(top))
        for element in (ch_ext, ext):
            element.set("cx", str(right - left))
            element.set("cy", str(bottom - top))
    ids.added(shape_id, name, members=moved)
    return group
