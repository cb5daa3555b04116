"""Tables added directly (:func:`_oxml.add_table`, :func:`_oxml.format_cell`) are the
tables python-pptx's ``add_table`` and its table and cell setters make, element for
element, and the copies they are made from never change."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from lxml import etree
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.util import Emu

from councilkit.render.pptx import _oxml

REPO = Path(__file__).resolve().parents[3]
WIDTHS = [Emu(2000000), Emu(1500000), Emu(1234567)]
HEIGHTS = [Emu(400000), Emu(380001), Emu(900000), Emu(370000)]


def slide() -> tuple[Any, _oxml.ShapeIds]:
    presentation = Presentation(str(REPO / "layouts/default/reference.pptx"))
    _oxml.remove_all_slides(presentation)
    layout = presentation.slide_layouts[1]
    return _oxml.new_slide(presentation, layout, _oxml.layout_placeholders(layout))


def python_pptx_table(fill: str) -> bytes:
    made, _ = slide()
    frame = made.shapes.add_table(len(HEIGHTS), len(WIDTHS), Emu(457200), Emu(1371600), 1, 1)
    frame.name = "Roadmap"
    _oxml.set_descr(frame, "Roadmap: 3 actions over 2 periods.")
    table = frame.table
    table.first_row = True
    table.horz_banding = False
    for column, width in zip(table.columns, WIDTHS, strict=True):
        column.width = width
    for row, height in zip(table.rows, HEIGHTS, strict=True):
        row.height = height
    frame.width, frame.height = sum(WIDTHS), sum(HEIGHTS)
    for row in table.rows:
        for cell in row.cells:
            cell.margin_left = cell.margin_right = Emu(73152)
            cell.margin_top = cell.margin_bottom = Emu(45720)
            cell.fill.solid()
            cell.fill.fore_color.rgb = RGBColor.from_string(fill)
    return bytes(etree.tostring(frame._element))


def direct_table(fill: str) -> bytes:
    made, ids = slide()
    frame, cells = _oxml.add_table(
        ids,
        offset=(Emu(457200), Emu(1371600)),
        widths=WIDTHS,
        heights=HEIGHTS,
        name="Roadmap",
        descr="Roadmap: 3 actions over 2 periods.",
    )
    assert frame.getparent() is made._element.cSld.spTree
    for row in cells:
        for tc, body in row:
            assert body.getparent() is tc
            _oxml.format_cell(tc, margin_x=73152, margin_y=45720, fill=fill)
    return bytes(etree.tostring(frame))


@pytest.mark.parametrize("fill", ["26374A", "FFFFFF"])
def test_a_table_added_directly_is_the_table_python_pptx_makes(fill: str) -> None:
    assert direct_table(fill) == python_pptx_table(fill)


def test_the_tables_copied_from_are_never_changed() -> None:
    first = direct_table("26374A")
    direct_table("FFFFFF")
    assert direct_table("26374A") == first


def test_a_formatted_cell_formatted_again_keeps_one_fill() -> None:
    _, ids = slide()
    _, cells = _oxml.add_table(
        ids, offset=(0, 0), widths=WIDTHS, heights=HEIGHTS, name="T", descr="d"
    )
    tc = cells[0][0][0]
    _oxml.format_cell(tc, margin_x=1, margin_y=2, fill="111111")
    _oxml.format_cell(tc, margin_x=3, margin_y=4, fill="222222")
    props = tc.find("{*}tcPr")
    assert [props.get(k) for k in ("marL", "marR", "marT", "marB")] == ["3", "3", "4", "4"]
    assert [e.get("val") for e in props.iter("{*}srgbClr")] == ["222222"]
