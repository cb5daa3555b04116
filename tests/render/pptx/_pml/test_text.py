"""Text bodies written as text (:mod:`._pml.text`): body properties and runs are those
python-pptx's text frame and font setters give, and text is escaped as lxml escapes it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from lxml import etree
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.lang import MSO_LANGUAGE_ID
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE
from pptx.util import Emu, Pt

from councilkit.render.pptx import _oxml
from councilkit.render.pptx._pml import text
from councilkit.render.pptx._pml.sheet import parse

REPO = Path(__file__).resolve().parents[4]
BOX = (Emu(0), Emu(0), Emu(914400), Emu(457200))
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
ANCHORS = {"t": MSO_ANCHOR.TOP, "ctr": MSO_ANCHOR.MIDDLE, "b": MSO_ANCHOR.BOTTOM}


def slide() -> Any:
    presentation = Presentation(str(REPO / "layouts/default/reference.pptx"))
    _oxml.remove_all_slides(presentation)
    return presentation.slides.add_slide(presentation.slide_layouts[1])


MADE = {
    "text box": (text.TEXT_BOX, lambda s: s.shapes.add_textbox(*BOX)),
    "auto shape": (text.AUTO_SHAPE, lambda s: s.shapes.add_shape(MSO_SHAPE.RECTANGLE, *BOX)),
    "placeholder": (text.TEXT_PLACEHOLDER, lambda s: s.placeholders[0]),
}


def body_children(xml: str) -> list[bytes]:
    """The children of a text body written as ``xml``, serialized alone."""
    (shape,) = parse(
        '<p:sp><p:nvSpPr><p:cNvPr id="2" name="x"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr>'
        f"<p:spPr/><p:txBody>{xml}</p:txBody></p:sp>"
    )
    return [etree.tostring(child) for child in shape[-1]]


@pytest.mark.parametrize("made", list(MADE))
@pytest.mark.parametrize("anchor", [None, "t", "ctr", "b"])
@pytest.mark.parametrize("insets", [(73152, 45720), (91440, 0)])
def test_body_properties_are_those_python_pptx_s_setters_give(
    made: str, anchor: str | None, insets: tuple[int, int]
) -> None:
    start, add = MADE[made]
    frame = add(slide()).text_frame
    frame.word_wrap = True
    frame.auto_size = MSO_AUTO_SIZE.NONE
    frame.margin_left = frame.margin_right = Emu(insets[0])
    frame.margin_top = frame.margin_bottom = Emu(insets[1])
    if anchor is not None:
        frame.vertical_anchor = ANCHORS[anchor]
    theirs = [etree.tostring(child) for child in frame._txBody if child.tag != A + "p"]
    ours = body_children(text.body_properties(start, *insets, anchor))
    assert ours == theirs


@pytest.mark.parametrize(
    "words", ["plain", 'a & b < c > d "quoted"', "bell\x07 tab\t and\x0bvertical"]
)
@pytest.mark.parametrize("bold, italic", [(False, False), (True, False), (True, True)])
@pytest.mark.parametrize("color, typeface", [(None, None), ("1F1F1F", None), ("FFFFFF", "+mn-lt")])
def test_runs_are_those_python_pptx_s_font_setters_give(
    words: str, bold: bool, italic: bool, color: str | None, typeface: str | None
) -> None:
    made = slide()
    paragraph = made.shapes.add_textbox(*BOX).text_frame.paragraphs[0]
    for href in (None, "https://example.org/?a=1&b=2"):
        run = paragraph.add_run()
        run.text = words
        run.font.size = Pt(13.5)
        if bold:
            run.font.bold = True
        if italic:
            run.font.italic = True
        run.font.language_id = MSO_LANGUAGE_ID.FRENCH_CANADIAN
        if color is not None:
            run.font.color.rgb = RGBColor.from_string(color)
        if typeface is not None:
            run.font.name = typeface
        if href is not None:
            run.hyperlink.address = href
    links: list[str] = []

    def relate(url: str) -> str:
        links.append(url)
        return str(
            made.part.relate_to(
                url,
                "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink",
                is_external=True,
            )
        )

    written = text.runs(
        [(words, bold, italic, href, "fr-CA") for href in (None, "https://example.org/?a=1&b=2")],
        size="1350",
        color=color,
        relate=relate,
        typeface=typeface,
    )
    ours = body_children(f"<a:bodyPr/><a:p>{written}</a:p>")[1]
    assert ours == etree.tostring(paragraph._p)
    assert links == ["https://example.org/?a=1&b=2"]


def test_an_empty_run_keeps_its_text_element_open_as_the_renderer_always_wrote_it() -> None:
    written = text.runs([("", False, False, None, "en-CA")], size=None, color=None, relate=str)
    assert written == '<a:r><a:rPr lang="en-CA"/><a:t></a:t></a:r>'


def test_a_paragraph_written_is_well_formed_and_tagged() -> None:
    properties = text.paragraph_properties("l", 900, 228600, -228600, "number", 3, "26374A")
    (shape,) = parse(
        '<p:sp><p:nvSpPr><p:cNvPr id="2" name="x"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr>'
        f'<p:spPr/><p:txBody><a:bodyPr/><a:p>{properties}<a:endParaRPr lang="en-CA"/></a:p>'
        "</p:txBody></p:sp>"
    )
    auto = shape.find(f".//{A}buAutoNum")
    assert auto.get("startAt") == "3" and auto.get("type") == "arabicPeriod"
    assert shape.find(f".//{A}buClr/{A}srgbClr").get("val") == "26374A"
    first = text.paragraph_properties("ctr", 0, 0, 0, "none", 1, None)
    assert "<a:buNone/>" in first and "startAt" not in first
