"""Picture rules: alternative text, not a file name; pictures in line with text."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from docx.oxml import parse_xml
from office_files import codes, deck, messages, titled_slide, word
from PIL import Image
from pptx.chart.data import CategoryChartData
from pptx.enum.chart import XL_CHART_TYPE
from pptx.util import Inches

WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
P = "http://schemas.openxmlformats.org/presentationml/2006/main"
SMARTART = "http://schemas.openxmlformats.org/drawingml/2006/diagram"
CHART = "http://schemas.openxmlformats.org/drawingml/2006/chart"


def _png() -> io.BytesIO:
    data = io.BytesIO()
    Image.new("RGB", (4, 4), "navy").save(data, "PNG")
    data.seek(0)
    return data


def _word_picture(descr: str | None) -> object:
    def fill(document: object) -> None:
        document.add_paragraph("Figure").add_run().add_picture(_png(), width=Inches(1))  # type: ignore[attr-defined]
        for doc_pr in document.element.body.iter(f"{{{WP}}}docPr"):  # type: ignore[attr-defined]
            if descr is None:
                doc_pr.attrib.pop("descr", None)
            else:
                doc_pr.set("descr", descr)

    return fill


def test_a_word_picture_needs_alt_text_that_is_not_a_file_name(tmp_path: Path) -> None:
    missing = word(tmp_path / "missing.docx", _word_picture(None))
    assert messages(missing, "alt-text") == [
        'word/document.xml:paragraph 1 "Figure": picture without alternative text: '
        "right-click it, then View Alt Text (or Format > Alt Text), and describe what it shows"
    ]
    named = word(tmp_path / "named.docx", _word_picture("image1.png"))
    assert codes(named) == ["alt-text-file-name"]
    assert "'image1.png'" in messages(named, "alt-text-file-name")[0]
    fixed = word(tmp_path / "fixed.docx", _word_picture("Spending rose 4% in 2025"))
    assert codes(fixed) == []


def test_a_floating_word_picture_is_a_warning(tmp_path: Path) -> None:
    def floating(document: object) -> None:
        _word_picture("Logo of the council")(document)
        inline = next(document.element.body.iter(f"{{{WP}}}inline"))  # type: ignore[attr-defined]
        anchor = parse_xml(
            f'<wp:anchor xmlns:wp="{WP}" distT="0" distB="0" distL="0" distR="0" '
            'simplePos="0" relativeHeight="0" behindDoc="0" locked="0" layoutInCell="1" '
            'allowOverlap="1"><wp:simplePos x="0" y="0"/>'
            '<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
            '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
            "</wp:anchor>"
        )
        extent, doc_pr, frame, graphic = (
            inline.find(f"{{{WP}}}extent"),
            inline.find(f"{{{WP}}}docPr"),
            inline.find(f"{{{WP}}}cNvGraphicFramePr"),
            inline[-1],
        )
        anchor.append(extent)
        anchor.append(parse_xml(f'<wp:wrapSquare xmlns:wp="{WP}" wrapText="bothSides"/>'))
        anchor.append(doc_pr)
        anchor.append(frame)
        anchor.append(graphic)
        inline.getparent().replace(inline, anchor)

    assert codes(word(tmp_path / "floating.docx", floating)) == ["floating-picture"]
    assert codes(word(tmp_path / "inline.docx", _word_picture("Logo of the council"))) == []


def _slide_picture(descr: str | None) -> object:
    def fill(presentation: object) -> None:
        slide = titled_slide(presentation, layout=5)  # type: ignore[arg-type]
        picture = slide.shapes.add_picture(_png(), Inches(1), Inches(2))  # type: ignore[attr-defined]
        picture._element.nvPicPr.cNvPr.set("descr", descr or "")

    return fill


def test_a_slide_picture_needs_alt_text_that_is_not_a_file_name(tmp_path: Path) -> None:
    missing = deck(tmp_path / "missing.pptx", _slide_picture(None))
    assert messages(missing, "alt-text") == [
        'ppt/slides/slide1.xml:slide 1, shape "Picture 2": picture without alternative '
        "text: right-click it, then View Alt Text (or Format > Alt Text), and describe what "
        "it shows"
    ]
    assert codes(deck(tmp_path / "named.pptx", _slide_picture("Photo.JPG"))) == [
        "alt-text-file-name"
    ]
    assert codes(deck(tmp_path / "fixed.pptx", _slide_picture("The council in 2025"))) == []


def test_python_pptx_default_alt_text_is_reported_as_a_file_name(tmp_path: Path) -> None:
    def default(presentation: object) -> None:
        slide = titled_slide(presentation, layout=5)  # type: ignore[arg-type]
        path = tmp_path / "chart-2025.png"
        path.write_bytes(_png().getvalue())
        slide.shapes.add_picture(str(path), Inches(1), Inches(2))  # type: ignore[attr-defined]

    assert codes(deck(tmp_path / "default.pptx", default)) == ["alt-text-file-name"]


def _chart(descr: str) -> object:
    def fill(presentation: object) -> None:
        slide = titled_slide(presentation, layout=5)  # type: ignore[arg-type]
        data = CategoryChartData()
        data.categories = ["2024", "2025"]
        data.add_series("Spending", (1.0, 2.0))
        frame = slide.shapes.add_chart(  # type: ignore[attr-defined]
            XL_CHART_TYPE.COLUMN_CLUSTERED, Inches(1), Inches(2), Inches(4), Inches(3), data
        )
        frame._element.nvGraphicFramePr.cNvPr.set("descr", descr)

    return fill


@pytest.mark.invalid_ooxml  # python-pptx writes negative chart axis ids; the audit reads on
def test_a_chart_needs_alt_text(tmp_path: Path) -> None:
    broken = deck(tmp_path / "broken.pptx", _chart(""))
    assert messages(broken, "alt-text") == [
        'ppt/slides/slide1.xml:slide 1, shape "Chart 2": chart without alternative text: '
        "right-click it, then View Alt Text (or Format > Alt Text), and describe what it shows"
    ]
    assert codes(deck(tmp_path / "fixed.pptx", _chart("Spending doubled"))) == []


def test_a_picture_marked_decorative_needs_no_alt_text(tmp_path: Path) -> None:
    def decorative(presentation: object) -> None:
        _slide_picture(None)(presentation)
        picture = presentation.slides[0].shapes[-1]  # type: ignore[attr-defined]
        picture._element.nvPicPr.cNvPr.append(
            parse_xml(
                '<a:extLst xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
                '<a:ext uri="{C183D7F6-B498-43B3-948B-1728B52AA6E4}">'
                '<adec:decorative xmlns:adec="http://schemas.microsoft.com/office/drawing/2017/'
                'decorative" val="1"/></a:ext></a:extLst>'
            )
        )

    assert codes(deck(tmp_path / "decorative.pptx", decorative)) == []


DECORATIVE = (
    '<a:extLst xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
    '<a:ext uri="{{C183D7F6-B498-43B3-948B-1728B52AA6E4}}">'
    '<adec:decorative xmlns:adec="http://schemas.microsoft.com/office/drawing/2017/'
    'decorative" val="{}"/></a:ext></a:extLst>'
)


def test_alt_text_of_spaces_is_missing_in_word_and_on_slides(tmp_path: Path) -> None:
    for blank in ("", "   ", "\n\t"):
        assert codes(word(tmp_path / "blank.docx", _word_picture(blank))) == ["alt-text"]
        assert codes(deck(tmp_path / "blank.pptx", _slide_picture(blank))) == ["alt-text"]


def _word_decorative(descr: str | None, value: str) -> object:
    def fill(document: object) -> None:
        _word_picture(descr)(document)
        for doc_pr in document.element.body.iter(f"{{{WP}}}docPr"):  # type: ignore[attr-defined]
            doc_pr.append(parse_xml(DECORATIVE.format(value)))

    return fill


def test_a_word_picture_marked_decorative_needs_no_alt_text(tmp_path: Path) -> None:
    for value in ("1", "true"):
        decorative = word(tmp_path / "decorative.docx", _word_decorative("  ", value))
        assert codes(decorative) == []
    # val="0" is the mark switched off: the picture needs its text again
    assert codes(word(tmp_path / "off.docx", _word_decorative("  ", "0"))) == ["alt-text"]
    # a decorative picture's file name is not read either
    assert codes(word(tmp_path / "named.docx", _word_decorative("image1.png", "1"))) == []


def test_a_slide_picture_whose_decorative_mark_is_off_needs_alt_text(tmp_path: Path) -> None:
    def switched_off(presentation: object) -> None:
        _slide_picture(None)(presentation)
        picture = presentation.slides[0].shapes[-1]  # type: ignore[attr-defined]
        picture._element.nvPicPr.cNvPr.append(parse_xml(DECORATIVE.format("0")))

    assert codes(deck(tmp_path / "off.pptx", switched_off)) == ["alt-text"]


def _graphic_frame(uri: str, descr: str | None, decorative: bool = False) -> object:
    """A slide with a graphic frame of ``uri`` (a chart or SmartArt: the frame only,
    which is what the audit reads)."""

    def fill(presentation: object) -> None:
        slide = titled_slide(presentation, layout=5)  # type: ignore[arg-type]
        described = "" if descr is None else f' descr="{descr}"'
        ext = DECORATIVE.format("1") if decorative else ""
        frame = parse_xml(
            f'<p:graphicFrame xmlns:p="{P}" xmlns:a="{A}"><p:nvGraphicFramePr>'
            f'<p:cNvPr id="9" name="Diagram 8"{described}>{ext}</p:cNvPr>'
            "<p:cNvGraphicFramePr/><p:nvPr/></p:nvGraphicFramePr>"
            '<p:xfrm><a:off x="0" y="0"/><a:ext cx="914400" cy="914400"/></p:xfrm>'
            f'<a:graphic><a:graphicData uri="{uri}"/></a:graphic></p:graphicFrame>'
        )
        slide.shapes._spTree.append(frame)  # type: ignore[attr-defined]

    return fill


def _word_graphic(uri: str, descr: str) -> object:
    """A Word paragraph holding an inline graphic of ``uri`` (a chart or SmartArt)."""

    def fill(document: object) -> None:
        paragraph = document.add_paragraph("Process")  # type: ignore[attr-defined]
        paragraph.add_run()._r.append(
            parse_xml(
                f'<w:drawing xmlns:w="{W}"><wp:inline xmlns:wp="{WP}">'
                '<wp:extent cx="914400" cy="914400"/>'
                f'<wp:docPr id="5" name="Diagram 5" descr="{descr}"/>'
                f'<a:graphic xmlns:a="{A}"><a:graphicData uri="{uri}"/></a:graphic>'
                "</wp:inline></w:drawing>"
            )
        )

    return fill


@pytest.mark.parametrize(("uri", "kind"), [(SMARTART, "diagram"), (CHART, "chart")])
def test_smartart_and_charts_need_alt_text_in_word_and_on_slides(
    tmp_path: Path, uri: str, kind: str
) -> None:
    fix = "right-click it, then View Alt Text (or Format > Alt Text), and describe what it shows"
    broken_deck = deck(tmp_path / "broken.pptx", _graphic_frame(uri, "  "))
    assert messages(broken_deck, "alt-text") == [
        f'ppt/slides/slide1.xml:slide 1, shape "Diagram 8": {kind} without alternative text: {fix}'
    ]
    broken_word = word(tmp_path / "broken.docx", _word_graphic(uri, " "))
    assert messages(broken_word, "alt-text") == [
        f'word/document.xml:paragraph 1 "Process": {kind} without alternative text: {fix}'
    ]
    described = "Four steps to approval"
    assert codes(deck(tmp_path / "fixed.pptx", _graphic_frame(uri, described))) == []
    assert codes(word(tmp_path / "fixed.docx", _word_graphic(uri, described))) == []
    decorative = deck(tmp_path / "decorative.pptx", _graphic_frame(uri, None, True))
    assert codes(decorative) == []


def _grouped_picture(group_descr: str, decorative: bool = False) -> object:
    def fill(presentation: object) -> None:
        slide = titled_slide(presentation, layout=5)  # type: ignore[arg-type]
        group = slide.shapes.add_group_shape()  # type: ignore[attr-defined]
        group.shapes.add_picture(_png(), Inches(1), Inches(2))
        group.shapes.add_picture(_png(), Inches(3), Inches(2))
        for picture in group.shapes:
            picture._element.nvPicPr.cNvPr.set("descr", "")
        properties = group._element.nvGrpSpPr.cNvPr
        properties.set("descr", group_descr)
        if decorative:
            properties.append(parse_xml(DECORATIVE.format("1")))

    return fill


def test_pictures_in_a_group_are_covered_by_the_group_s_alt_text(tmp_path: Path) -> None:
    described = deck(tmp_path / "described.pptx", _grouped_picture("Our two offices"))
    assert codes(described) == []
    assert codes(deck(tmp_path / "decorative.pptx", _grouped_picture("", True))) == []
    blank = deck(tmp_path / "blank.pptx", _grouped_picture("   "))
    assert codes(blank) == ["alt-text", "alt-text"]
