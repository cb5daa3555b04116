"""Line counts from words measured once per run: the same counts as adding every
character's width, across runs, hyphens, slashes, tabs and no-break spaces."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from councilkit.render.pptx.fit.fonts import font_widths, measuring
from councilkit.render.pptx.fit.lines import line_count
from councilkit.render.pptx.fit.metrics import SAFETY, char_width

RUNS: list[tuple[tuple[str, bool], ...]] = [
    (("Engage provincial and territorial partners on a shared plan.", False),),
    (("Chair", True), (": the deputy minister of a province", False)),
    (("co", False), ("-chair", True), (" and", False)),  # a word across three runs
    (("2016-2017 / 2017–2018 and/or a long-hyphenated-word", False),),
    (("Tabs\tand\nnew lines  and two spaces", False),),
    (("Loi\u00a0sur les langues officielles, article\u00a012", False),),  # no-break spaces
    (("Unbreakablewordthatiswiderthananyboxwecouldmeasure", True),),
    ((" leading and trailing ", False), ("", True), ("x", False)),
    (("Mini", False), ("stère", True), ("s et", False), (" orga", False), ("nismes", True)),
]


def by_characters(runs: tuple[tuple[str, bool], ...], width: float, size: float) -> int:
    """Greedy wrapping with every character's width added one by one (the reference)."""
    pieces: list[tuple[float, bool]] = []
    word = 0
    space = char_width(" ")
    for text, bold in runs:
        for char in text:
            if char in " \t\n":
                if word:
                    pieces.append((word, False))
                    word = 0
                pieces.append((space, True))
            else:
                word += char_width(char, bold=bold)
                if char in "-/–":
                    pieces.append((word, False))
                    word = 0
    if word:
        pieces.append((word, False))
    lines, used, pending = 1, 0.0, 0.0
    for units, is_space in pieces:
        piece = units * size / 1000.0 * SAFETY
        if is_space:
            pending += piece
            continue
        if used > 0 and used + pending + piece > width:
            lines, used, pending = lines + 1, 0.0, 0.0
        used += pending + piece
        pending = 0.0
        while used > width:
            lines += 1
            used -= width
    return lines


@pytest.mark.parametrize("runs", RUNS)
@pytest.mark.parametrize("family", [None, "Liberation Sans"])
def test_line_counts_are_those_of_adding_every_character(
    runs: tuple[tuple[str, bool], ...], family: str | None
) -> None:
    font = None if family is None else font_widths(family)[0]
    if family is not None and font is None:
        pytest.skip(f"{family} is not installed")
    with measuring(font):
        for size in (12.0, 14.5, 18.0):
            for width in range(20, 400):
                expected = by_characters(runs, float(width), size)
                assert line_count(runs, width=float(width), size=size) == expected, (size, width)


def test_a_word_goes_on_across_runs() -> None:
    one = line_count([("co-chair,", False)], width=40.0, size=12.0)
    split = line_count([("co-", False), ("chair", True), (",", False)], width=40.0, size=12.0)
    assert one == split == 2  # "co-" then "chair," (the comma stays with its word)


def test_a_no_break_space_keeps_words_on_one_line() -> None:
    # "ab article" then "12 cd"; with a no-break space "article 12" cannot be split
    assert line_count("ab article 12 cd", width=55.0, size=12.0) == 2
    assert line_count("ab article\u00a012 cd", width=55.0, size=12.0) == 3


def test_nothing_measured_outlives_its_deck() -> None:
    from councilkit.render.pptx.fit.fonts import current_measures

    with measuring(None):
        line_count("Some words to remember", width=80.0, size=14.0)
        measures = current_measures()
        assert measures.texts  # the deck's texts are remembered while it is planned
        assert current_measures() is measures
    assert current_measures() is not measures  # and gone with it
    assert not current_measures().texts


def test_character_widths_are_kept_with_their_font_across_decks() -> None:
    from councilkit.render.pptx.fit import widths

    with measuring(None):
        line_count("Quorum", width=80.0, size=14.0)
    table = widths.advances(None, False)
    with measuring(None):
        line_count("Quorum", width=80.0, size=14.0)
    assert widths.advances(None, False) is table  # a character's width never changes
    assert table["Q"] == char_width("Q")
    assert widths.advances(None, True) is not table  # bold has its own widths


_PIECES = ["a", "Mot", "élément", "co-", "chair", "2016", "/", "–", " ", "  "]
_PIECES += ["\t", "\n", "\u00a0", ","]


@given(
    runs=st.lists(
        st.tuples(st.lists(st.sampled_from(_PIECES), max_size=12).map("".join), st.booleans()),
        min_size=1,
        max_size=4,
    ),
    width=st.floats(min_value=1.0, max_value=400.0),
    size=st.sampled_from([10.0, 12.0, 14.5, 18.0, 28.0]),
)
@settings(max_examples=300, deadline=None)
def test_any_text_wraps_as_adding_every_character_does(
    runs: list[tuple[str, bool]], width: float, size: float
) -> None:
    """Texts of one run or several, double, leading and trailing spaces, empty runs: the
    counts of words measured once per deck (and of texts found to fit on one line
    without wrapping them) are those of the plain greedy wrapping."""
    text = tuple(runs)
    with measuring(None):
        assert line_count(text, width=width, size=size) == by_characters(text, width, size)
        # asked again, from what the deck remembers
        assert line_count(text, width=width, size=size) == by_characters(text, width, size)


def line_ends(runs: tuple[tuple[str, bool], ...], size: float) -> list[float]:
    """The room each run of words takes, added one by one as wrapping adds them: the
    widths at which a count changes, where rounding decides."""
    ends: list[float] = []
    space = char_width(" ") * size / 1000.0 * SAFETY
    used = 0.0
    for text, bold in runs:
        for word in text.split(" "):
            piece = sum(char_width(c, bold=bold) for c in word) * size / 1000.0 * SAFETY
            used = used + space + piece if used else piece
            ends.append(used)
    return ends


@pytest.mark.parametrize("runs", RUNS)
@pytest.mark.parametrize("size", [12.0, 14.5, 20.0])
def test_counts_at_the_very_widths_where_a_word_fits_or_not(
    runs: tuple[tuple[str, bool], ...], size: float
) -> None:
    """Widths equal to the room of some words, and one rounding step either side: the
    shortcut for texts on one line never decides what wrapping would not."""
    with measuring(None):
        for end in line_ends(runs, size):
            for k in (1, 2, 3, 5):
                for width in (end / k, math.nextafter(end / k, 0), math.nextafter(end / k, 1e9)):
                    if width >= 1.0:  # (a box narrower than a point cuts a word forever)
                        expected = by_characters(runs, width, size)
                        assert line_count(runs, width=width, size=size) == expected, width
