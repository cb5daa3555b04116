"""Slide rules: a title on every slide, titles that differ, body text of 18 pt or more."""

from __future__ import annotations

from pathlib import Path

from office_files import codes, deck, messages, titled_slide
from pptx.util import Pt


def test_a_slide_without_a_title_is_an_error(tmp_path: Path) -> None:
    def blank(presentation: object) -> None:
        presentation.slides.add_slide(presentation.slide_layouts[6])  # type: ignore[attr-defined]

    assert messages(deck(tmp_path / "none.pptx", blank), "slide-title") == [
        "ppt/slides/slide1.xml:slide 1: slide without a title (it has no title placeholder); "
        "screen reader users find slides by title: type one in the title placeholder, or "
        "Home > Layout with a title"
    ]

    def empty(presentation: object) -> None:
        titled_slide(presentation, title="  ")  # type: ignore[arg-type]

    assert (
        "its title placeholder is empty"
        in messages(deck(tmp_path / "empty.pptx", empty), "slide-title")[0]
    )
    assert codes(deck(tmp_path / "fixed.pptx", titled_slide)) == []


def test_two_slides_with_the_same_title_are_a_warning(tmp_path: Path) -> None:
    def twice(presentation: object, second: str) -> None:
        titled_slide(presentation, "Budget")  # type: ignore[arg-type]
        titled_slide(presentation, second)  # type: ignore[arg-type]

    broken = deck(tmp_path / "broken.pptx", lambda p: twice(p, "budget"))
    assert messages(broken, "duplicate-slide-title") == [
        'ppt/slides/slide2.xml:slide 2 "budget": same title as slide 1; make each slide\'s '
        "title say what is on it (e.g. add '(2 of 2)')"
    ]
    assert codes(deck(tmp_path / "fixed.pptx", lambda p: twice(p, "Budget (2 of 2)"))) == []


def test_body_text_under_18_points_is_a_warning(tmp_path: Path) -> None:
    def sized(presentation: object, points: float) -> None:
        slide = titled_slide(presentation)  # type: ignore[arg-type]
        body = slide.placeholders[1]  # type: ignore[attr-defined]
        body.text = "Spending rose"
        body.text_frame.paragraphs[0].runs[0].font.size = Pt(points)

    broken = deck(tmp_path / "broken.pptx", lambda p: sized(p, 14))
    assert messages(broken, "small-slide-text") == [
        'ppt/slides/slide1.xml:slide 1, shape "Content Placeholder 2": body text at 14 pt, '
        "under 18 pt: hard to read from the back of a room; make it 18 pt or more, or split "
        "the slide"
    ]
    assert codes(deck(tmp_path / "fixed.pptx", lambda p: sized(p, 18))) == []


def test_a_slide_whose_title_is_not_read_first_is_a_warning(tmp_path: Path) -> None:
    def reordered(presentation: object, title_first: bool) -> None:
        slide = titled_slide(presentation)  # type: ignore[arg-type]
        slide.placeholders[1].text = "Spending rose"  # type: ignore[attr-defined]
        if not title_first:  # the title moved to the end of the shape tree
            tree = slide.shapes._spTree  # type: ignore[attr-defined]
            tree.append(slide.shapes.title._element)  # type: ignore[attr-defined]

    broken = deck(tmp_path / "broken.pptx", lambda p: reordered(p, title_first=False))
    assert messages(broken, "reading-order") == [
        'ppt/slides/slide1.xml:slide 1, shape "Content Placeholder 2": screen readers read '
        "this shape before the slide's title: Home > Arrange > Selection Pane lists shapes in "
        "reverse reading order; drag the title to the bottom of the list (Accessibility > "
        "Reading Order: title first)"
    ]
    assert codes(deck(tmp_path / "fixed.pptx", lambda p: reordered(p, title_first=True))) == []
