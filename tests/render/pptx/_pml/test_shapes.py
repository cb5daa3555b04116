"""Shapes written as text (:mod:`._pml.shapes`) are the elements python-pptx's own
``add_textbox``, ``add_shape``, ``clone_placeholder``, ``add_group_shape`` and
``add_table`` (with its setters) make, byte for byte."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from lxml import etree
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE, PP_PLACEHOLDER
from pptx.util import Emu

from councilkit.render.pptx import _oxml
from councilkit.render.pptx._pml import shapes
from councilkit.render.pptx._pml.placeholders import _ph
from councilkit.render.pptx._pml.sheet import parse

REPO = Path(__file__).resolve().parents[4]
BOX = (457200, 1371600, 3000000, 12701)
NEW_BODY = "<a:bodyPr/><a:lstStyle/><a:p/>"
"""A text body as python-pptx makes a placeholder's or a table cell's."""


def blank_slide() -> Any:
    presentation = Presentation(str(REPO / "layouts/default/reference.pptx"))
    _oxml.remove_all_slides(presentation)
    return presentation.slides.add_slide(presentation.slide_layouts[1])


def written(xml: str) -> bytes:
    (element,) = parse(xml)
    return bytes(etree.tostring(element))


def test_a_text_box_is_python_pptx_s() -> None:
    theirs = blank_slide().shapes.add_textbox(*map(Emu, BOX))
    body = '<a:bodyPr wrap="none"><a:spAutoFit/></a:bodyPr><a:lstStyle/><a:p/>'
    ours = shapes.shape(theirs.shape_id, theirs.name, BOX, body, prst=None)
    assert written(ours) == etree.tostring(theirs._element)


@pytest.mark.parametrize("fill", [None, "26374A"])
@pytest.mark.parametrize("line", [None, "8497AD"])
def test_an_auto_shape_is_python_pptx_s_without_its_style(
    fill: str | None, line: str | None
) -> None:
    theirs = blank_slide().shapes.add_shape(MSO_SHAPE.RIGHT_ARROW, *map(Emu, BOX))
    style = theirs._element.find("{*}style")
    theirs._element.remove(style)
    if fill is None:
        theirs.fill.background()
    else:
        theirs.fill.solid()
        theirs.fill.fore_color.rgb = RGBColor.from_string(fill)
    if line is None:
        theirs.line.fill.background()
    else:
        theirs.line.color.rgb = RGBColor.from_string(line)
        theirs.line.width = Emu(12700)
    body = '<a:bodyPr rtlCol="0" anchor="ctr"/><a:lstStyle/><a:p><a:pPr algn="ctr"/></a:p>'
    ours = shapes.shape(
        theirs.shape_id, theirs.name, BOX, body, prst="rightArrow", fill=fill, line=line
    )
    assert written(ours) == etree.tostring(theirs._element)


def test_placeholders_are_python_pptx_s_copies() -> None:
    presentation = Presentation(str(REPO / "layouts/default/reference.pptx"))
    _oxml.remove_all_slides(presentation)
    layout = presentation.slide_layouts[1]
    slide = presentation.slides.add_slide(layout)
    footer = next(
        p for p in layout.placeholders if p.placeholder_format.type == PP_PLACEHOLDER.FOOTER
    )
    slide.shapes.clone_placeholder(footer)
    for theirs in slide.placeholders:
        element = theirs._element
        spec = _ph(element.ph_type, element.ph_orient, element.ph_sz, element.ph_idx)
        body = NEW_BODY if element.txBody is not None else None
        ours = shapes.placeholder(theirs.shape_id, theirs.name, spec, None, body)
        assert written(ours) == etree.tostring(element), theirs.name
    moved = slide.placeholders[0]
    moved.left, moved.top, moved.width, moved.height = map(Emu, BOX)
    element = moved._element
    spec = _ph(element.ph_type, element.ph_orient, element.ph_sz, element.ph_idx)
    ours = shapes.placeholder(moved.shape_id, moved.name, spec, BOX, NEW_BODY)
    assert written(ours) == etree.tostring(moved._element)


def test_a_group_is_python_pptx_s_sized_to_its_members() -> None:
    slide = blank_slide()
    boxes = [BOX, (0, 3000000, 914400, 457200)]
    members = [slide.shapes.add_textbox(*map(Emu, box)) for box in boxes]
    body = '<a:bodyPr wrap="none"><a:spAutoFit/></a:bodyPr><a:lstStyle/><a:p/>'
    member_xml = "".join(
        shapes.shape(m.shape_id, m.name, box, body, prst=None)
        for m, box in zip(members, boxes, strict=True)
    )
    theirs = slide.shapes.add_group_shape(members)
    descr = "Two boxes & a <note>"
    _oxml.set_descr(theirs, descr)
    ours = shapes.group(theirs.shape_id, theirs.name, descr, boxes, member_xml)
    assert written(ours) == etree.tostring(theirs._element)


WIDTHS = [2000000, 1500000, 1234567]
HEIGHTS = [400000, 380001, 900000, 370000]


@pytest.mark.parametrize("fill", ["26374A", "FFFFFF"])
def test_a_table_is_python_pptx_s_with_its_setters(fill: str) -> None:
    slide = blank_slide()
    frame = slide.shapes.add_table(len(HEIGHTS), len(WIDTHS), Emu(457200), Emu(1371600), 1, 1)
    frame.name = "Roadmap"
    _oxml.set_descr(frame, "Roadmap: 3 actions over 2 periods.")
    table = frame.table
    table.first_row = True
    table.horz_banding = False
    for column, width in zip(table.columns, WIDTHS, strict=True):
        column.width = Emu(width)
    for row, height in zip(table.rows, HEIGHTS, strict=True):
        row.height = Emu(height)
    frame.width, frame.height = Emu(sum(WIDTHS)), Emu(sum(HEIGHTS))
    for row in table.rows:
        for cell in row.cells:
            cell.margin_left = cell.margin_right = Emu(73152)
            cell.margin_top = cell.margin_bottom = Emu(45720)
            cell.fill.solid()
            cell.fill.fore_color.rgb = RGBColor.from_string(fill)
    cells = [shapes.cell(NEW_BODY, margin_x=73152, margin_y=45720, fill=fill)] * len(WIDTHS)
    ours = shapes.table(
        frame.shape_id,
        "Roadmap",
        "Roadmap: 3 actions over 2 periods.",
        (457200, 1371600),
        WIDTHS,
        HEIGHTS,
        ["".join(cells)] * len(HEIGHTS),
    )
    assert written(ours) == etree.tostring(frame._element)


def test_an_untouched_cell_is_python_pptx_s() -> None:
    frame = blank_slide().shapes.add_table(1, 1, 0, 0, 1, 1)
    tc = frame._element.find(".//{*}tc")
    assert written(shapes.empty_cell(NEW_BODY)) == etree.tostring(tc)
