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


def _titles(*titles: str) -> object:
    def fill(presentation: object) -> None:
        for title in titles:
            titled_slide(presentation, title)  # type: ignore[arg-type]

    return fill


def test_titles_a_listener_cannot_tell_apart_are_duplicates(tmp_path: Path) -> None:
    # curly and straight apostrophes, a no-break space, case and spacing
    broken = deck(
        tmp_path / "broken.pptx",
        _titles("Budget (cont’d)", "budget  (CONT'D)", "Budget\u00a0(cont'd)"),
    )
    assert [m.split(";")[0] for m in messages(broken, "duplicate-slide-title")] == [
        'ppt/slides/slide2.xml:slide 2 "budget (CONT\'D)": same title as slide 1',
        'ppt/slides/slide3.xml:slide 3 "Budget (cont\'d)": same title as slide 1',
    ]


def test_numbered_continuations_and_french_ones_are_different_titles(tmp_path: Path) -> None:
    numbered = _titles("Budget", "Budget (cont'd)", "Budget (cont'd 2)", "Budget (cont'd 3)")
    assert codes(deck(tmp_path / "numbered.pptx", numbered)) == []
    french = _titles("Budget", "Budget (suite)", "Budget (suite 2)")
    assert codes(deck(tmp_path / "french.pptx", french)) == []
    # an unnumbered continuation twice is the same title twice
    twice = _titles("Budget", "Budget (suite)", "Budget (suite)")
    assert codes(deck(tmp_path / "twice.pptx", twice)) == ["duplicate-slide-title"]


def _title_at(left: int, top: int, text: str = "Budget") -> object:
    def fill(presentation: object) -> None:
        slide = titled_slide(presentation, text)  # type: ignore[arg-type]
        slide.shapes.title.left, slide.shapes.title.top = left, top  # type: ignore[attr-defined]

    return fill


def test_a_title_placed_off_the_slide_still_counts(tmp_path: Path) -> None:
    # Microsoft's way to hide a title from sight: screen readers still read it
    width = 9144000  # python-pptx's slide, 10 in wide
    for left, top in ((-width, 0), (width + 1, 0), (0, -width)):
        assert codes(deck(tmp_path / "off.pptx", _title_at(left, top))) == []
    # off the slide or not, an empty title is none
    empty = deck(tmp_path / "empty.pptx", _title_at(-width, 0, "  "))
    assert codes(empty) == ["slide-title"]
