"""Line breaking: how many lines a text takes in a box of a given width, wrapping words
greedily as PowerPoint does, and how tall those lines are."""

from __future__ import annotations

import operator
from collections.abc import Iterable, Sequence
from itertools import chain, repeat

from councilkit.localize import Run
from councilkit.render.pptx.fit.fonts import current_measures
from councilkit.render.pptx.fit.memo import Measures
from councilkit.render.pptx.fit.metrics import SAFETY
from councilkit.render.pptx.fit.words import Runs, Words, words_of

LINE_HEIGHT = 1.2
"""Line pitch as a multiple of the font size (single spacing in PowerPoint)."""

_TEXT_AND_BOLD = operator.itemgetter(0, 1)
"""(text, bold) of a :class:`~councilkit.localize.Run` or of a (text, bold) pair."""


def line_count(
    text: str | Sequence[Run] | Sequence[tuple[str, bool]],
    *,
    width: float,
    size: float,
    first_indent: float = 0.0,
) -> int:
    """How many lines ``text`` takes in a box ``width`` points wide at ``size`` points.

    ``first_indent`` is room taken on the first line only (a bullet, a number). A word
    wider than the box is cut across lines, as PowerPoint does.
    """
    measures = current_measures()
    if isinstance(text, str):
        words = words_of(measures, ((text, False),))
    elif isinstance(text, tuple):
        words = runs_words(measures, text)
    else:
        words = words_of(measures, tuple(map(_TEXT_AND_BOLD, text)))
    return count_lines(words, width, size, first_indent)


def runs_words(measures: Measures, runs: tuple[Run, ...] | Runs) -> Words:
    """The words of ``runs`` (:class:`~councilkit.localize.Run` or (text, bold) pairs),
    found by the runs themselves when they were measured before: a paragraph's runs
    are measured many times, at each size and width tried."""
    seen = measures.seen.get(id(runs))
    if seen is not None and seen[0] is runs:
        return seen[1]
    # a Run is a named tuple whose first two fields are its text and boldness
    words = words_of(measures, tuple(map(_TEXT_AND_BOLD, runs)))
    measures.seen[id(runs)] = (runs, words)
    return words


def count_lines(words: Words, width: float, size: float, first_indent: float = 0.0) -> int:
    """How many lines ``words`` take in a line ``width`` points wide at ``size`` points,
    remembered with the words."""
    if first_indent >= 0.0 and first_indent + words.reach * size <= width:
        return 1
    key = (width, size, first_indent)
    counts = words.counts
    if counts is None:
        counts = words.counts = {}
    lines = counts.get(key)
    if lines is None:
        lines = counts[key] = _wrapped(words, width, size, first_indent)
    return lines


def _wrapped(words: Words, width: float, size: float, first_indent: float) -> int:
    """Greedy wrapping: a word goes on the line when it fits there after the spaces
    before it, else it starts the next line (spaces at a break take no room)."""
    lines = 1
    used = first_indent
    if words.gaps is None:  # one space between each two words, none before the first
        spaces: Iterable[float] = chain(
            (0.0,), repeat(words.space * size / 1000.0 * SAFETY, len(words.units) - 1)
        )
    else:
        spaces = [_spaces(gap, size) for gap in words.gaps]
    for units, pending in zip(words.units, spaces, strict=True):
        piece = units * size / 1000.0 * SAFETY
        if used > 0 and used + pending + piece > width:
            lines += 1
            used = piece
        else:
            used += pending + piece
        while used > width:  # a word wider than the line
            lines += 1
            used -= width
    return lines


def _spaces(gap: tuple[int, ...], size: float) -> float:
    """The room the breakable spaces ``gap`` take at ``size``, added one by one."""
    pending = 0.0
    for units in gap:
        pending += units * size / 1000.0 * SAFETY
    return pending


def lines_height(lines: int, size: float) -> float:
    """The height of ``lines`` lines of text at ``size`` points."""
    return lines * size * LINE_HEIGHT
