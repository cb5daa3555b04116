"""What every slide gets: slides added as python-pptx adds them (part names, relationship
and slide ids), footers with their own slide number, shape ids and placeholder names
unique on every slide."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from pptx import Presentation
from pptx.enum.shapes import PP_PLACEHOLDER

from councilkit.model import Language
from councilkit.render.pptx import _oxml
from councilkit.render.pptx._pml.part import open_slide

from .conftest import open_deck, render_example

REPO = Path(__file__).resolve().parents[3]
FOOTERS = {PP_PLACEHOLDER.FOOTER, PP_PLACEHOLDER.DATE, PP_PLACEHOLDER.SLIDE_NUMBER}


def test_slides_are_added_as_python_pptx_adds_them() -> None:
    ours = Presentation(str(REPO / "layouts/default/reference.pptx"))
    theirs = Presentation(str(REPO / "layouts/default/reference.pptx"))
    for presentation in (ours, theirs):
        _oxml.remove_all_slides(presentation)
    for i in range(12):
        layout_index = i % len(ours.slide_layouts)
        layout = ours.slide_layouts[layout_index]
        slide = open_slide(ours, layout)
        their_slide = theirs.slides.add_slide(theirs.slide_layouts[layout_index])
        assert slide.part.partname == their_slide.part.partname
        assert slide.part.slide_layout.name == their_slide.part.slide_layout.name
    ours_ids = [(s.get("id"), s.rId) for s in ours.slides._sldIdLst]
    theirs_ids = [(s.get("id"), s.rId) for s in theirs.slides._sldIdLst]
    assert ours_ids == theirs_ids
    assert [i for i, _ in ours_ids] == [str(256 + n) for n in range(12)]


def shape_ids(slide: Any) -> list[int]:
    return [int(v) for v in slide._element.xpath("//p:cNvPr/@id")]


@pytest.mark.parametrize("language", list(Language))
def test_every_slide_has_its_own_footer_and_unique_shape_ids_and_placeholder_names(
    language: Language,
) -> None:
    rendered = render_example(language)
    deck = open_deck(rendered.data)
    footers_seen = []
    for number, slide in enumerate(deck.slides, start=1):
        ids = shape_ids(slide)
        assert ids and not [i for i, n in Counter(ids).items() if n > 1], number
        footers = {
            s.placeholder_format.type: s
            for s in slide.placeholders
            if s.placeholder_format.type in FOOTERS
        }
        assert set(footers) == FOOTERS, number
        assert footers[PP_PLACEHOLDER.SLIDE_NUMBER].text_frame.text == str(number)
        fields = footers[PP_PLACEHOLDER.SLIDE_NUMBER]._element.xpath(".//a:fld")
        assert [f.get("type") for f in fields] == ["slidenum"]
        footers_seen.append(
            (
                footers[PP_PLACEHOLDER.FOOTER].text_frame.text,
                footers[PP_PLACEHOLDER.DATE].text_frame.text,
            )
        )
        names = [s.name for s in slide.placeholders]
        assert len(names) == len(set(names)), number
    assert len(set(footers_seen)) == 1  # the same marking and date on every slide
    marking, date = footers_seen[0]
    assert marking and date and "2016" in date
    assert len(deck.slides) > 20
