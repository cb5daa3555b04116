"""Shape ids and names given without a tree (:class:`ShapeIds`,
:func:`copy_placeholder`): those python-pptx's whole-slide searches give for the same
shapes, through removals, groups and a name already taken."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pptx import Presentation
from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.util import Emu

from councilkit.render.pptx import _oxml
from councilkit.render.pptx._pml.ids import ShapeIds
from councilkit.render.pptx._pml.placeholders import (
    LATENT,
    copy_placeholder,
    layout_placeholders,
)

REPO = Path(__file__).resolve().parents[4]
BOX = (Emu(0), Emu(0), Emu(914400), Emu(457200))


def python_pptx_slide(layout_index: int = 1) -> tuple[Any, Any]:
    presentation = Presentation(str(REPO / "layouts/default/reference.pptx"))
    _oxml.remove_all_slides(presentation)
    layout = presentation.slide_layouts[layout_index]
    return presentation.slides.add_slide(layout), layout


def ours(layout: Any) -> ShapeIds:
    ids = ShapeIds()
    for spec in layout_placeholders(layout):
        if spec[0] not in LATENT:
            placeholder = copy_placeholder(ids, spec)
            ids.found(placeholder.shape_id, placeholder.name)
    return ids


def test_placeholders_get_the_ids_and_names_python_pptx_gives() -> None:
    for index in range(4):
        slide, layout = python_pptx_slide(index)
        ids = ShapeIds()
        made = []
        for spec in layout_placeholders(layout):
            if spec[0] not in LATENT:
                placeholder = copy_placeholder(ids, spec)
                ids.found(placeholder.shape_id, placeholder.name)
                made.append((placeholder.shape_id, placeholder.name))
        assert made == [(s.shape_id, s.name) for s in slide.placeholders]
        assert made  # every layout has a title at least


def test_new_shapes_removals_and_groups_get_the_ids_python_pptx_gives() -> None:
    slide, layout = python_pptx_slide()
    ids = ours(layout)
    boxes = []
    for _ in range(3):
        expected = ids.next_id()
        box = slide.shapes.add_textbox(*BOX)
        assert (box.shape_id, box.name) == (expected, f"TextBox {expected - 1}")
        ids.found(box.shape_id, box.name)
        boxes.append(box)
    middle = boxes[1]
    middle._element.getparent().remove(middle._element)
    ids.removed(middle.shape_id, middle.name)
    expected_group = ids.first_free()
    group = slide.shapes.add_group_shape([boxes[0], boxes[2]])
    assert group.shape_id == expected_group == middle.shape_id
    ids.found(group.shape_id, group.name)
    expected = ids.next_id()
    assert slide.shapes.add_textbox(*BOX).shape_id == expected
    last = boxes[2]
    assert ids.name_taken(last.name) and not ids.name_taken(middle.name)


def test_a_placeholder_name_already_taken_is_skipped_as_python_pptx_does() -> None:
    slide, layout = python_pptx_slide()
    ids = ours(layout)
    next_id = ids.next_id()
    taken = slide.shapes.add_textbox(*BOX)
    taken.name = f"Footer Placeholder {next_id}"  # the name the footer would get
    ids.found(taken.shape_id, taken.name)
    spec = (PP_PLACEHOLDER.FOOTER, "horz", "quarter", 11)
    footer = copy_placeholder(ids, spec)
    layout_footer = next(
        p for p in layout.placeholders if p.placeholder_format.type == PP_PLACEHOLDER.FOOTER
    )
    slide.shapes.clone_placeholder(layout_footer)  # python-pptx's own copy
    copied = slide.shapes[-1]
    assert (footer.shape_id, footer.name) == (copied.shape_id, copied.name)
    assert footer.name == f"Footer Placeholder {next_id + 1}"
