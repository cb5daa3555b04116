"""A text as line breaking sees it: its words, each with the breakable spaces before it,
in thousandths of an em (so at any size). A word goes on across runs (a bold word and the
comma after it) and ends after a hyphen or a slash, where a line may break; a no-break
space is part of its word. Each text is measured once per deck, in the deck's
:class:`~.memo.Measures`."""

from __future__ import annotations

import re

from councilkit.render.pptx.fit.memo import Measures
from councilkit.render.pptx.fit.metrics import SAFETY

Runs = tuple[tuple[str, bool], ...]
"""A text as the (text, bold) pairs of its runs."""

_TOKENS = re.compile(r"[ \t\n]|[^ \t\n\-/–]*[-/–]|[^ \t\n\-/–]+")
"""A breakable space, a word up to a hyphen or slash, or a word up to a space."""
_PLAIN = re.compile(r"[^\t\n\-/–]*")
"""A text whose only breaks are spaces."""
_BREAKS = " \t\n"
"""The breakable spaces: each as wide as a space of the regular font."""
_ENDS = "-/–"
"""The characters a line may break after."""
_ONE_LINE_MARGIN = 1.0 + 1e-9
"""A text is on one line, unwrapped, when its whole width times this is within the line:
far more than the rounding of adding its words one by one could take it over."""


class Words:
    """The words of a text: ``units[i]`` is the width of word ``i`` and ``gaps[i]`` the
    widths of the breakable spaces just before it (spaces after the last word take no
    room), or ``gaps`` is None when there is one ``space`` between each two words and
    none before the first. A word of no width is dropped before a space. ``counts``
    keeps the text's line counts once there are some, by (width, size, first-line
    indent).

    ``reach`` times a size in points is a little more than the width of the whole on
    one line at that size, safety margin included: when that is within a line, so is
    the text, however the rounding of adding its words one by one goes."""

    __slots__ = ("counts", "gaps", "reach", "space", "units")

    def __init__(self, units: list[int], gaps: list[tuple[int, ...]] | None, space: int) -> None:
        self.units = units
        self.gaps = gaps
        self.space = space
        if gaps is None:
            room = sum(units) + space * (len(units) - 1)
        else:
            room = sum(units) + sum(map(sum, gaps))
        self.reach = room / 1000.0 * SAFETY * _ONE_LINE_MARGIN
        self.counts: dict[tuple[float, float, float], int] | None = None


def words_of(measures: Measures, runs: Runs) -> Words:
    """The words of ``runs`` ((text, bold) pairs) in ``measures``' font, measured now or
    before."""
    found = measures.texts.get(runs)
    if found is not None:
        return found
    if len(runs) == 1 and _PLAIN.fullmatch(runs[0][0]):  # the common case, faster
        text, bold = runs[0]
        units = list(
            map((measures.bold if bold else measures.regular).__getitem__, text.split(" "))
        )
        if all(units):  # words of some width, one space between each two
            found = measures.texts[runs] = Words(units, None, measures.space)
            return found
    found = measures.texts[runs] = _words(measures, runs)
    return found


def _words(measures: Measures, runs: Runs) -> Words:
    spaced: list[int] = []  # words' widths, one space between each two (0: no word)
    for text, bold in runs:
        if not _PLAIN.fullmatch(text):
            return _tokenized(measures, runs)
        widths = list(
            map((measures.bold if bold else measures.regular).__getitem__, text.split(" "))
        )
        if spaced:  # the run's first word goes on with the last one
            spaced[-1] += widths[0]
            spaced += widths[1:]
        else:
            spaced = widths
    space = measures.space
    if spaced and all(spaced):  # nothing to drop, nothing to add
        return Words(spaced, None, space)
    units: list[int] = []
    gaps: list[tuple[int, ...]] = []
    spaces: list[int] = []  # the breakable spaces since the last word
    for i, width in enumerate(spaced):
        if i:
            spaces.append(space)
        if width:
            units.append(width)
            gaps.append(tuple(spaces))
            spaces = []
    return Words(units, gaps, space)


def _tokenized(measures: Measures, runs: Runs) -> Words:
    """The words of runs some of which break after hyphens or slashes, or at tabs and
    line breaks."""
    units: list[int] = []
    gaps: list[tuple[int, ...]] = []
    spaces: list[int] = []  # the breakable spaces since the last word
    word = 0  # the word so far
    space = measures.space
    for text, bold in runs:
        widths = measures.bold if bold else measures.regular
        if _PLAIN.fullmatch(text):
            parts = text.split(" ")
            word += widths[parts[0]]
            for part in parts[1:]:
                if word:
                    units.append(word)
                    gaps.append(tuple(spaces))
                    spaces = []
                spaces.append(space)
                word = widths[part]
            continue
        for token in _TOKENS.findall(text):
            if token in _BREAKS:
                if word:
                    units.append(word)
                    gaps.append(tuple(spaces))
                    spaces = []
                    word = 0
                spaces.append(space)
            elif token[-1] in _ENDS:
                units.append(word + widths[token])
                gaps.append(tuple(spaces))
                spaces = []
                word = 0
            else:
                word += widths[token]
    if word:
        units.append(word)
        gaps.append(tuple(spaces))
    return Words(units, gaps, space)
