"""Document-level rules: title, language, tracked changes, comments."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from docx.oxml import parse_xml
from office_files import codes, deck, messages, titled_slide, word
from pptx.util import Inches

from councilkit.audit.registry import RULES

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def test_a_word_file_without_a_title_is_an_error_and_with_one_passes(tmp_path: Path) -> None:
    def untitled(document: object) -> None:
        document.core_properties.title = ""  # type: ignore[attr-defined]

    broken = word(tmp_path / "broken.docx", untitled)
    assert messages(broken, "document-title") == [
        "docProps/core.xml: the document has no title; screen readers announce it first: "
        "set one in File > Info > Properties > Title"
    ]
    assert "document-title" not in codes(word(tmp_path / "fixed.docx"))


def test_a_deck_without_a_title_is_an_error_and_with_one_passes(tmp_path: Path) -> None:
    def untitled(presentation: object) -> None:
        presentation.core_properties.title = "   "  # type: ignore[attr-defined]
        titled_slide(presentation)  # type: ignore[arg-type]

    assert codes(deck(tmp_path / "broken.pptx", untitled)) == ["document-title"]
    assert codes(deck(tmp_path / "fixed.pptx", titled_slide)) == []


def _no_default_language(document: object) -> None:
    styles = document.styles.element  # type: ignore[attr-defined]
    for lang in styles.xpath("w:docDefaults/w:rPrDefault/w:rPr/w:lang"):
        lang.getparent().remove(lang)
    document.add_paragraph("Bonjour")  # type: ignore[attr-defined]


def test_word_without_a_default_language_is_an_error(tmp_path: Path) -> None:
    broken = word(tmp_path / "broken.docx", _no_default_language)
    assert messages(broken, "document-language") == [
        "word/styles.xml:document defaults: the document has no default language, so "
        "screen readers guess how to read it: select all, then Review > Language > "
        "Set Proofing Language"
    ]

    def fixed(document: object) -> None:
        _no_default_language(document)
        r_pr = document.styles.element.xpath("w:docDefaults/w:rPrDefault/w:rPr")[0]  # type: ignore[attr-defined]
        r_pr.append(parse_xml(f'<w:lang {W} w:val="fr-CA"/>'))

    assert codes(word(tmp_path / "fixed.docx", fixed)) == []


def _deck_without_default_language(presentation: object, with_run_language: bool) -> None:
    element = presentation.part._element  # type: ignore[attr-defined]
    for default in element.xpath("p:defaultTextStyle//a:defRPr[@lang]"):
        del default.attrib["lang"]
    slide = titled_slide(presentation)  # type: ignore[arg-type]
    if with_run_language:
        for run in slide.shapes.title.text_frame.paragraphs[0].runs:  # type: ignore[attr-defined]
            run.font.language_id = None
            run._r.get_or_add_rPr().set("lang", "en-CA")


def _table_without_default_language(presentation: object, cell_language: bool) -> None:
    _deck_without_default_language(presentation, True)
    slide = presentation.slides[0]  # type: ignore[attr-defined]
    for shape in list(slide.placeholders)[1:]:
        shape._element.getparent().remove(shape._element)
    frame = slide.shapes.add_table(1, 2, Inches(1), Inches(2), Inches(4), Inches(1))
    for column, text in enumerate(("Item", "Cost")):
        frame.table.cell(0, column).text = text
        run = frame.table.cell(0, column).text_frame.paragraphs[0].runs[0]
        if cell_language or column:
            run._r.get_or_add_rPr().set("lang", "fr-CA")
    # a run of spaces has no text to read: it needs no language
    frame.table.cell(0, 1).text_frame.paragraphs[0].add_run().text = "  "


@pytest.mark.parametrize(
    ("build", "where"),
    [
        (_deck_without_default_language, 'shape "Title 1" "Budget"'),
        (_table_without_default_language, 'shape "Table 2" "Item"'),
    ],
)
def test_deck_text_without_a_language_is_an_error_unless_each_run_has_one(
    tmp_path: Path, build: Callable[[object, bool], None], where: str
) -> None:
    broken = deck(tmp_path / "broken.pptx", lambda p: build(p, False))
    assert messages(broken, "document-language") == [
        f"ppt/slides/slide1.xml:slide 1, {where}: text without a language, so screen readers "
        "guess how to read it: select the text, then Review > Language > Set Proofing Language"
    ]
    assert codes(deck(tmp_path / "fixed.pptx", lambda p: build(p, True))) == []


def test_a_deck_whose_default_text_style_has_a_language_passes(tmp_path: Path) -> None:
    assert codes(deck(tmp_path / "deck.pptx", titled_slide)) == []


def _slide_language(tag: str, default: str | None = None) -> object:
    def fill(presentation: object) -> None:
        if default is not None:
            element = presentation.part._element  # type: ignore[attr-defined]
            for found in element.xpath("p:defaultTextStyle//a:defRPr[@lang]"):
                found.set("lang", default)
        slide = titled_slide(presentation)  # type: ignore[arg-type]
        for run in slide.shapes.title.text_frame.paragraphs[0].runs:  # type: ignore[attr-defined]
            run._r.get_or_add_rPr().set("lang", tag)

    return fill


BAD_TAG = (
    "'{}' {}, so screen readers cannot tell how to read the text: select the text, then "
    "Review > Language > Set Proofing Language (a tag such as en-CA or fr-CA)"
)


def test_a_slide_language_that_is_not_a_language_tag_is_an_error(tmp_path: Path) -> None:
    broken = deck(tmp_path / "broken.pptx", _slide_language("english"))
    assert messages(broken, "document-language") == [
        'ppt/slides/slide1.xml:slide 1, shape "Title 1" "Budget": '
        + BAD_TAG.format("english", "does not start with a known language")
    ]
    assert codes(deck(tmp_path / "fixed.pptx", _slide_language("fr-CA"))) == []


def test_a_bad_tag_in_the_default_text_style_is_named_once(tmp_path: Path) -> None:
    broken = deck(tmp_path / "broken.pptx", _slide_language("en-CA", default="xx-YY-ZZZ-1"))
    assert messages(broken, "document-language") == [
        "ppt/presentation.xml:default text style: "
        + BAD_TAG.format("xx-YY-ZZZ-1", "is not a language tag")
    ]
    assert codes(deck(tmp_path / "fixed.pptx", _slide_language("en-CA", default="en-CA"))) == []


def test_tracked_changes_left_in_are_a_warning(tmp_path: Path) -> None:
    def tracked(document: object) -> None:
        paragraph = document.add_paragraph("Kept")  # type: ignore[attr-defined]
        paragraph._p.append(
            parse_xml(
                f'<w:ins {W} w:id="1" w:author="A" w:date="2026-01-01T00:00:00Z">'
                "<w:r><w:t>added</w:t></w:r></w:ins>"
            )
        )

    assert messages(word(tmp_path / "broken.docx", tracked), "tracked-changes") == [
        "word/document.xml:1 changes: tracked changes are left in the document: "
        "Review > Accept (or Reject) All Changes"
    ]
    fixed = word(tmp_path / "fixed.docx", lambda d: d.add_paragraph("Kept added"))
    assert codes(fixed) == []


def test_comments_left_in_are_a_warning(tmp_path: Path) -> None:
    def commented(document: object) -> None:
        paragraph = document.add_paragraph("Budget")  # type: ignore[attr-defined]
        document.add_comment(paragraph.runs, text="Check this", author="A")  # type: ignore[attr-defined]

    assert messages(word(tmp_path / "broken.docx", commented), "comments") == [
        "word/comments.xml:1 comments: comments are left in the document: "
        "Review > Delete > Delete All Comments"
    ]
    assert codes(word(tmp_path / "fixed.docx", lambda d: d.add_paragraph("Budget"))) == []


def test_the_readme_lists_every_rule_with_its_severity() -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    for rule in RULES.values():
        assert f"| `{rule.id}` | {rule.severity.value} |" in readme
