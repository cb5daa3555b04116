"""Text rules: empty paragraphs for spacing, lists typed by hand, link text."""

from __future__ import annotations

from pathlib import Path

from docx.oxml import parse_xml
from office_files import codes, deck, messages, titled_slide, word

from councilkit.audit.text import link_problem

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def test_two_empty_paragraphs_in_a_row_are_a_warning(tmp_path: Path) -> None:
    def spaced(document: object, blanks: int) -> None:
        document.add_paragraph("Budget")  # type: ignore[attr-defined]
        for _ in range(blanks):
            document.add_paragraph("  ")  # type: ignore[attr-defined]
        document.add_paragraph("Spending")  # type: ignore[attr-defined]

    assert messages(word(tmp_path / "broken.docx", lambda d: spaced(d, 3)), "empty-paragraphs") == [
        'word/document.xml:paragraph 2 "": 3 empty paragraphs in a row make space; screen '
        "readers read each as 'blank': delete them and use Paragraph > Spacing Before/After"
    ]
    assert codes(word(tmp_path / "one.docx", lambda d: spaced(d, 1))) == []
    assert codes(word(tmp_path / "fixed.docx", lambda d: spaced(d, 0))) == []


def test_numbers_and_bullets_typed_by_hand_are_a_warning(tmp_path: Path) -> None:
    def typed(document: object) -> None:
        for text in ("1. Purpose", "• Scope", "- Members", "* Terms", "1.5 million dollars"):
            document.add_paragraph(text)  # type: ignore[attr-defined]

    broken = word(tmp_path / "broken.docx", typed)
    assert codes(broken) == ["typed-list"] * 4
    assert messages(broken, "typed-list")[0] == (
        'word/document.xml:paragraph 1 "1. Purpose": list item typed by hand, screen readers '
        "do not announce it as a list item: remove the typed '1.' and use Home > Bullets or "
        "Numbering"
    )

    def fixed(document: object) -> None:
        document.add_paragraph("Purpose", style="List Number")  # type: ignore[attr-defined]
        document.add_paragraph("Scope", style="List Bullet")  # type: ignore[attr-defined]
        document.add_heading("1. Purpose", level=1)  # type: ignore[attr-defined]

    assert codes(word(tmp_path / "fixed.docx", fixed)) == []


def test_a_slide_bullet_typed_by_hand_is_a_warning(tmp_path: Path) -> None:
    def typed(presentation: object, text: str) -> None:
        slide = titled_slide(presentation)  # type: ignore[arg-type]
        slide.placeholders[1].text = text  # type: ignore[attr-defined]

    broken = deck(tmp_path / "broken.pptx", lambda p: typed(p, "• Budget approved"))
    assert codes(broken) == ["typed-list"]
    assert codes(deck(tmp_path / "fixed.pptx", lambda p: typed(p, "Budget approved"))) == []


def _append_link(story: object, paragraph: object, text: str) -> None:
    """A link saying ``text`` at the end of a paragraph of ``story`` (the body, a header)."""
    rel = story.part.relate_to(  # type: ignore[attr-defined]
        "https://example.gc.ca/report",
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink",
        is_external=True,
    )
    paragraph._p.append(  # type: ignore[attr-defined]
        parse_xml(f'<w:hyperlink {W} {R} r:id="{rel}"><w:r><w:t>{text}</w:t></w:r></w:hyperlink>')
    )


def _word_link(text: str) -> object:
    def fill(document: object) -> None:
        _append_link(document, document.add_paragraph("Read "), text)  # type: ignore[attr-defined]

    return fill


def test_a_word_link_that_is_a_web_address_or_click_here_is_a_warning(tmp_path: Path) -> None:
    url = word(tmp_path / "url.docx", _word_link("https://example.gc.ca/report"))
    assert messages(url, "link-text") == [
        'word/document.xml:paragraph 1 "Read https://example.gc.ca/re…": link text is a web '
        "address, which screen readers spell out; write what the link opens instead "
        "(e.g. 'the 2025 annual report')"
    ]
    assert codes(word(tmp_path / "ici.docx", _word_link("Cliquez ici"))) == ["link-text"]
    assert codes(word(tmp_path / "fixed.docx", _word_link("the 2025 annual report"))) == []


def test_a_link_in_a_header_is_checked_too(tmp_path: Path) -> None:
    def header_link(document: object, text: str) -> None:
        document.add_paragraph("Budget")  # type: ignore[attr-defined]
        header = document.sections[0].header  # type: ignore[attr-defined]
        _append_link(header, header.paragraphs[0], text)

    broken = word(tmp_path / "broken.docx", lambda d: header_link(d, "click here"))
    assert [m.split(": ")[0] for m in messages(broken, "link-text")] == [
        'word/header1.xml:paragraph 1 "click here"'
    ]
    fixed = word(tmp_path / "fixed.docx", lambda d: header_link(d, "the annual report"))
    assert codes(fixed) == []


def test_a_slide_link_that_says_click_here_is_a_warning(tmp_path: Path) -> None:
    def linked(presentation: object, text: str) -> None:
        slide = titled_slide(presentation)  # type: ignore[arg-type]
        run = slide.placeholders[1].text_frame.paragraphs[0].add_run()  # type: ignore[attr-defined]
        run.text = text
        run.hyperlink.address = "https://example.gc.ca/report"

    assert codes(deck(tmp_path / "broken.pptx", lambda p: linked(p, "click here"))) == ["link-text"]
    assert codes(deck(tmp_path / "fixed.pptx", lambda p: linked(p, "the annual report"))) == []


def test_link_text_neighbours() -> None:
    assert link_problem("here.") is not None
    assert link_problem("www.canada.ca") is not None
    assert link_problem("ici") is not None
    assert link_problem("here is the report") is None
    assert link_problem("Canada.ca") is None


def test_tabs_used_for_spacing_are_a_warning(tmp_path: Path) -> None:
    def tabbed(document: object, texts: tuple[str, ...]) -> None:
        for text in texts:
            document.add_paragraph(text)  # type: ignore[attr-defined]

    broken = word(
        tmp_path / "broken.docx",
        lambda d: tabbed(d, ("\tIndented by hand", "Name\t\t\tChair", "Name \t \tChair")),
    )
    fix = (
        "; tabs make space that screen readers read as nothing or as 'tab': use the "
        "paragraph's indent (Paragraph > Indentation) or one tab to a tab stop, or a table "
        "for columns"
    )
    assert messages(broken, "tab-spacing") == [
        'word/document.xml:paragraph 1 "Indented by hand": tab at the start of the '
        "paragraph to indent it" + fix,
        'word/document.xml:paragraph 2 "Name Chair": two or more tabs in a row to make space' + fix,
        'word/document.xml:paragraph 3 "Name Chair": two or more tabs in a row to make space' + fix,
    ]
    # one tab to a tab stop, and a paragraph of tabs only (empty-paragraphs' business)
    fixed = word(tmp_path / "fixed.docx", lambda d: tabbed(d, ("Name\tChair", "Indented")))
    assert codes(fixed) == []


def test_tabs_across_runs_count_together(tmp_path: Path) -> None:
    def split(document: object) -> None:
        paragraph = document.add_paragraph("Name\t")  # type: ignore[attr-defined]
        paragraph.add_run("\tChair")

    assert codes(word(tmp_path / "broken.docx", split)) == ["tab-spacing"]


def test_tabs_on_slides_are_a_warning(tmp_path: Path) -> None:
    def tabbed(presentation: object, text: str) -> None:
        slide = titled_slide(presentation)  # type: ignore[arg-type]
        slide.placeholders[1].text = text  # type: ignore[attr-defined]

    broken = deck(tmp_path / "broken.pptx", lambda p: tabbed(p, "Budget\t\t$4M"))
    assert [m.split(": ")[:2] for m in messages(broken, "tab-spacing")] == [
        [
            'ppt/slides/slide1.xml:slide 1, shape "Content Placeholder 2" "Budget $4M"',
            "two or more tabs in a row to make space; tabs make space that screen readers "
            "read as nothing or as 'tab'",
        ]
    ]
    assert codes(deck(tmp_path / "fixed.pptx", lambda p: tabbed(p, "Budget\t$4M"))) == []
