"""Text contrast in Word: effective colours (run, styles, theme) against what is behind,
in the body, the headers and footers, and the footnotes."""

from __future__ import annotations

from pathlib import Path

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.shared import Pt, RGBColor
from office_files import codes, messages, word

from councilkit.audit import audit_file

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _coloured(hex_colour: str, points: float = 11, bold: bool = False) -> object:
    def fill(document: object) -> None:
        run = document.add_paragraph().add_run("Budget approved")  # type: ignore[attr-defined]
        run.font.color.rgb = RGBColor.from_string(hex_colour)
        run.font.size = Pt(points)
        run.bold = bold

    return fill


def test_light_grey_text_on_white_is_an_error(tmp_path: Path) -> None:
    broken = word(tmp_path / "broken.docx", _coloured("999999"))
    assert messages(broken, "text-contrast") == [
        'word/document.xml:paragraph 1 "Budget approved": text #999999 on #FFFFFF has a '
        "contrast of 2.8:1, under 4.5:1 for normal text: choose a darker text colour (or a "
        "lighter background)"
    ]
    assert codes(word(tmp_path / "fixed.docx", _coloured("595959"))) == []


def test_large_text_needs_3_to_1(tmp_path: Path) -> None:
    assert codes(word(tmp_path / "normal.docx", _coloured("888888", 13))) == ["text-contrast"]
    assert codes(word(tmp_path / "large.docx", _coloured("888888", 18))) == []
    assert codes(word(tmp_path / "bold.docx", _coloured("888888", 14, bold=True))) == []
    assert codes(word(tmp_path / "pale.docx", _coloured("AAAAAA", 18))) == ["text-contrast"]


def test_a_theme_colour_and_a_shaded_background_are_followed(tmp_path: Path) -> None:
    def themed(document: object, fill: str) -> None:
        paragraph = document.add_paragraph()  # type: ignore[attr-defined]
        run = paragraph.add_run("Budget approved")
        colour = f'<w:color {W} w:val="000000" w:themeColor="background1"/>'
        run._r.get_or_add_rPr().append(parse_xml(colour))
        paragraph._p.get_or_add_pPr().append(
            parse_xml(f'<w:shd {W} w:val="clear" w:fill="{fill}"/>')
        )

    # background1 is white in python-docx's theme and wins over w:val: white on white,
    # then white on navy
    assert codes(word(tmp_path / "broken.docx", lambda d: themed(d, "FFFFFF"))) == ["text-contrast"]
    assert codes(word(tmp_path / "fixed.docx", lambda d: themed(d, "1F3864"))) == []


def test_a_style_colour_is_followed(tmp_path: Path) -> None:
    def styled(document: object, hex_colour: str) -> None:
        document.styles["Normal"].font.color.rgb = RGBColor.from_string(hex_colour)  # type: ignore[attr-defined]
        document.add_paragraph("Budget approved")  # type: ignore[attr-defined]
        document.add_paragraph("Spending")  # type: ignore[attr-defined]

    assert codes(word(tmp_path / "broken.docx", lambda d: styled(d, "BBBBBB"))) == [
        "text-contrast",
        "text-contrast",
    ]
    assert codes(word(tmp_path / "fixed.docx", lambda d: styled(d, "333333"))) == []


def test_text_in_headers_and_footers_is_checked(tmp_path: Path) -> None:
    def footer(document: object, hex_colour: str) -> None:
        document.add_paragraph("Budget approved")  # type: ignore[attr-defined]
        section = document.sections[0]  # type: ignore[attr-defined]
        run = section.footer.paragraphs[0].add_run("Unclassified")
        run.font.color.rgb = RGBColor.from_string(hex_colour)
        section.header.paragraphs[0].add_run("Annual report")

    broken = word(tmp_path / "broken.docx", lambda d: footer(d, "AAAAAA"))
    [problem] = [d for d in audit_file(broken) if d.code == "text-contrast"]
    assert problem.location.place == 'word/footer1.xml:paragraph 1 "Unclassified"'
    assert problem.message.startswith("text #AAAAAA on #FFFFFF has a contrast of 2.3:1")
    assert codes(word(tmp_path / "fixed.docx", lambda d: footer(d, "595959"))) == []


def test_text_in_footnotes_is_checked(tmp_path: Path) -> None:
    def noted(document: object, hex_colour: str) -> None:
        document.add_paragraph("Budget approved")  # type: ignore[attr-defined]
        rels = document.part.rels  # type: ignore[attr-defined]
        footnotes = (
            f'<w:footnotes {W}><w:footnote w:id="1"><w:p><w:r><w:rPr>'
            f'<w:color w:val="{hex_colour}"/></w:rPr><w:t>Source: Treasury Board</w:t>'
            "</w:r></w:p></w:footnote></w:footnotes>"
        )
        part = Part(
            PackURI("/word/footnotes.xml"),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
            footnotes.encode(),
            document.part.package,  # type: ignore[attr-defined]
        )
        rels.get_or_add(RT.FOOTNOTES, part)

    broken = word(tmp_path / "broken.docx", lambda d: noted(d, "BBBBBB"))
    assert [d.location.place for d in audit_file(broken)] == [
        'word/footnotes.xml:paragraph 1 "Source: Treasury Board"'
    ]
    assert codes(word(tmp_path / "fixed.docx", lambda d: noted(d, "333333"))) == []
