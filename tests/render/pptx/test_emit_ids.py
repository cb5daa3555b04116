"""Shape ids kept per slide (:class:`ShapeIds`): the same ids and names python-pptx's
whole-slide search gives, also when python-pptx adds a shape itself or a shape is removed,
and never an id twice."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from pptx import Presentation
from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.util import Emu

from councilkit.render.pptx import _oxml

REPO = Path(__file__).resolve().parents[3]
BOX = (Emu(0), Emu(0), Emu(914400), Emu(457200))


def new_slide() -> tuple[Any, _oxml.ShapeIds]:
    presentation = Presentation(str(REPO / "layouts/default/reference.pptx"))
    _oxml.remove_all_slides(presentation)
    layout = presentation.slide_layouts[1]
    return _oxml.new_slide(presentation, layout, _oxml.layout_placeholders(layout))


def slide_ids(slide: Any) -> list[int]:
    return [int(v) for v in slide._element.xpath("//@id") if v.isdigit()]


def searched_next_id(slide: Any) -> int:
    """What python-pptx gives a new shape: one more than the largest id of the slide."""
    return int(slide.shapes._spTree.max_shape_id) + 1


def add_box(slide: Any, ids: _oxml.ShapeIds | None, name: str | None = None) -> Any:
    return _oxml.add_shape(slide, box=BOX, prst=None, basename="TextBox", name=name, ids=ids)


def test_each_new_shape_gets_the_id_a_whole_slide_search_gives() -> None:
    slide, ids = new_slide()
    for _ in range(5):
        expected = searched_next_id(slide)
        sp = add_box(slide, ids)
        assert sp[0][0].get("id") == str(expected)
        assert sp[0][0].get("name") == f"TextBox {expected - 1}"
    assert not [i for i, n in Counter(slide_ids(slide)).items() if n > 1]


def test_a_shape_python_pptx_adds_itself_is_seen_before_the_next_id() -> None:
    slide, ids = new_slide()
    add_box(slide, ids)
    table = slide.shapes.add_table(2, 2, *BOX)  # numbered by python-pptx's own search
    after = add_box(slide, ids)
    assert int(after[0][0].get("id")) == table.shape_id + 1
    assert not [i for i, n in Counter(slide_ids(slide)).items() if n > 1]


def test_a_removed_shape_frees_its_id_as_a_search_would() -> None:
    slide, ids = new_slide()
    add_box(slide, ids)
    last = add_box(slide, ids)
    last_id = int(last[0][0].get("id"))
    _oxml.remove_shape(slide.shapes[-1], ids)
    assert searched_next_id(slide) == last_id
    assert add_box(slide, ids)[0][0].get("id") == str(last_id)


def test_a_group_takes_the_first_free_id_and_its_members_keep_theirs() -> None:
    slide, ids = new_slide()
    boxes = [add_box(slide, ids) for _ in range(3)]
    freed = boxes[1][0][0].get("id")
    _oxml.remove_shape(slide.shapes[-2], ids)  # the middle box: its id is free now
    members = [boxes[0], boxes[2]]
    member_ids = [m[0][0].get("id") for m in members]
    group = _oxml.add_group(slide, members, "Diagram", "two boxes", ids)
    assert group[0][0].get("id") == freed
    assert [m[0][0].get("id") for m in members] == member_ids
    expected = searched_next_id(slide)
    assert add_box(slide, ids)[0][0].get("id") == str(expected)
    assert not [i for i, n in Counter(slide_ids(slide)).items() if n > 1]


def test_a_placeholder_name_already_taken_is_skipped_as_python_pptx_does() -> None:
    slide, ids = new_slide()
    next_id = searched_next_id(slide)
    add_box(slide, ids, name=f"Footer Placeholder {next_id}")  # the name the footer would get
    spec = (PP_PLACEHOLDER.FOOTER, "horz", "quarter", 11)
    footer = _oxml.add_placeholder(slide, spec, ids)
    assert footer[0][0].get("id") == str(next_id + 1)
    assert footer[0][0].get("name") == f"Footer Placeholder {next_id + 1}"


def test_without_kept_ids_the_slide_is_searched() -> None:
    slide, ids = new_slide()
    add_box(slide, ids)
    expected = searched_next_id(slide)
    assert add_box(slide, None)[0][0].get("id") == str(expected)
    assert add_box(slide, ids)[0][0].get("id") == str(expected + 1)  # the kept ids saw it


def test_shapes_and_runs_built_once_are_copied_never_shared() -> None:
    slide, ids = new_slide()
    first, second = add_box(slide, ids), add_box(slide, ids)
    assert first is not second and first[0][0] is not second[0][0]
    first[0][0].set("descr", "changed on one slide only")
    assert second[0][0].get("descr") is None
    body = _oxml.get_or_add_text_body(first)
    for text in ("one", "two"):
        p = _oxml.add_paragraph(body)
        _oxml.set_paragraph(p, align="l", before=0, margin=0, indent=0, marker="bullet")
        _oxml.add_runs(
            p, [(text, False, False, None, "en-CA")], size="1400", color=None, relate=str
        )
    paragraphs = body.findall(f"{{{body.nsmap['a']}}}p")[1:]
    assert [p[-1][-1].text for p in paragraphs] == ["one", "two"]
    paragraphs[0][0].set("algn", "r")
    assert paragraphs[1][0].get("algn") == "l"
