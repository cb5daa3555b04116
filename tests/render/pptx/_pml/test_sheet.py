"""A slide's shapes kept as text (:class:`Sheet`): written as the slide part's text in
reading order when nothing asked for the tree, parsed into the tree when python-pptx adds a
shape itself, which then takes its place and its id among the others."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pptx import Presentation
from pptx.opc.oxml import serialize_part_xml
from pptx.util import Emu

from councilkit.render.pptx import _oxml
from councilkit.render.pptx._pml import shapes
from councilkit.render.pptx._pml.part import TextSlidePart, open_slide
from councilkit.render.pptx._pml.placeholders import LATENT, copy_placeholder, layout_placeholders
from councilkit.render.pptx._pml.sheet import Drawn, Sheet, TreeIds, parse

REPO = Path(__file__).resolve().parents[4]
BOX = (0, 0, 914400, 457200)
BODY = '<a:bodyPr wrap="none"><a:spAutoFit/></a:bodyPr><a:lstStyle/><a:p/>'


def new_sheet(name: str = "bullets") -> tuple[Any, Any, Sheet]:
    presentation = Presentation(str(REPO / "layouts/default/reference.pptx"))
    _oxml.remove_all_slides(presentation)
    layout = presentation.slide_layouts[1]
    slide = open_slide(presentation, layout)
    sheet = Sheet(slide, "en-CA", name)
    for spec in layout_placeholders(layout):
        if spec[0] not in LATENT:
            sheet.add(copy_placeholder(sheet.ids, spec))
    return presentation, slide, sheet


def box(sheet: Sheet, name: str) -> Drawn:
    shape_id = sheet.ids.next_id()
    xml = shapes.shape(shape_id, name, BOX, BODY, prst=None)
    return sheet.add(Drawn(shape_id, name, BOX, xml))


def names(slide_element: Any) -> list[tuple[str, str]]:
    tree = slide_element.cSld.spTree
    return [(e[0][0].get("id"), e[0][0].get("name")) for e in tree[2:]]


def test_a_slide_never_made_live_is_its_text_in_reading_order() -> None:
    presentation, slide, sheet = new_sheet('a "quoted" & <kind>')
    title, body = sheet.shapes
    first, second = box(sheet, "First"), box(sheet, "Second")
    sheet.finish([title, second], [body])
    part = slide.part
    assert isinstance(part, TextSlidePart) and part._text is not None
    data = part.blob
    again = presentation.slides[0]  # python-pptx reads the text back when asked
    assert names(again._element) == [
        ("2", "Title 1"),
        (str(second.shape_id), "Second"),
        (str(first.shape_id), "First"),
        ("3", "Content Placeholder 2"),
    ]
    assert again._element.cSld.get("name") == 'a "quoted" & <kind>'
    assert part._text is None and serialize_part_xml(part._element) == data


def test_a_shape_python_pptx_adds_takes_its_place_and_id_among_the_others() -> None:
    _, slide, sheet = new_sheet()
    title, body = sheet.shapes
    sheet.remove(body)  # its id is free again
    before = box(sheet, "Before")
    sheet.live_tree()
    added = slide.shapes.add_textbox(*map(Emu, BOX))  # numbered by python-pptx's search
    assert added.shape_id == before.shape_id + 1
    after = box(sheet, "After")
    assert after.shape_id == added.shape_id + 1
    label = box(sheet, "Label")
    sheet.finish([title, label], [])
    assert slide.part._text is None
    assert names(slide.part._element) == [
        ("2", "Title 1"),
        (str(label.shape_id), "Label"),
        (str(before.shape_id), "Before"),
        (str(added.shape_id), added.name),
        (str(after.shape_id), "After"),
    ]
    assert slide.part._element.cSld.get("name") == "bullets"
    assert before.shape_id == 3  # the body's id, freed


def test_an_element_put_on_the_tree_through_its_ids_keeps_its_place() -> None:
    _, slide, sheet = new_sheet()
    title = sheet.shapes[0]
    before = box(sheet, "Before")
    ids = TreeIds(sheet)
    shape_id = ids.next_id()
    element = parse(shapes.shape(shape_id, "Chart", BOX, BODY, prst=None))[0]
    ids.tree.append(element)  # as a chart's frame is added
    ids.added(shape_id, "Chart")
    after = box(sheet, "After")
    assert after.shape_id == shape_id + 1
    sheet.finish([title], [])
    assert names(slide.part._element) == [
        ("2", "Title 1"),
        ("3", "Content Placeholder 2"),
        (str(before.shape_id), "Before"),
        (str(shape_id), "Chart"),
        (str(after.shape_id), "After"),
    ]
