"""Heading rule: levels do not skip; levels found from styles, their chain or their name."""

from __future__ import annotations

from pathlib import Path

from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml
from office_files import codes, messages, word

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def test_heading_1_then_heading_3_is_an_error(tmp_path: Path) -> None:
    def skipping(document: object) -> None:
        document.add_heading("Budget", level=1)  # type: ignore[attr-defined]
        document.add_heading("Details of spending", level=3)  # type: ignore[attr-defined]

    assert messages(word(tmp_path / "broken.docx", skipping), "heading-skip") == [
        'word/document.xml:paragraph 2 "Details of spending": Heading 3 follows Heading 1: '
        "screen reader users navigate by headings; make it Heading 2 or add the missing level"
    ]

    def fixed(document: object) -> None:
        for level, text in ((1, "Budget"), (2, "Spending"), (3, "Details"), (2, "Revenue")):
            document.add_heading(text, level=level)  # type: ignore[attr-defined]

    assert codes(word(tmp_path / "fixed.docx", fixed)) == []


def test_a_custom_style_based_on_a_heading_has_its_level(tmp_path: Path) -> None:
    def custom(document: object, level: int) -> None:
        style = document.styles.add_style("Council Heading", WD_STYLE_TYPE.PARAGRAPH)  # type: ignore[attr-defined]
        style.base_style = document.styles[f"Heading {level}"]  # type: ignore[attr-defined]
        document.add_heading("Budget", level=1)  # type: ignore[attr-defined]
        document.add_paragraph("Spending", style="Council Heading")  # type: ignore[attr-defined]

    broken = word(tmp_path / "broken.docx", lambda d: custom(d, 3))
    assert codes(broken) == ["heading-skip"]
    assert codes(word(tmp_path / "fixed.docx", lambda d: custom(d, 2))) == []


def test_an_outline_level_on_the_paragraph_counts(tmp_path: Path) -> None:
    def outlined(document: object, level: int) -> None:
        document.add_heading("Budget", level=1)  # type: ignore[attr-defined]
        paragraph = document.add_paragraph("Spending")  # type: ignore[attr-defined]
        paragraph._p.get_or_add_pPr().append(parse_xml(f'<w:outlineLvl {W} w:val="{level}"/>'))

    assert codes(word(tmp_path / "broken.docx", lambda d: outlined(d, 3))) == ["heading-skip"]
    assert codes(word(tmp_path / "fixed.docx", lambda d: outlined(d, 1))) == []
