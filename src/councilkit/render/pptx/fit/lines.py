"""Line breaking: how many lines a text takes in a box of a given width, wrapping words
greedily as PowerPoint does, and how tall those lines are."""

from __future__ import annotations

import functools
import operator
import re
from collections.abc import Sequence

from councilkit.localize import Run
from councilkit.render.pptx.fit.fonts import FontWidths, current_font
from councilkit.render.pptx.fit.metrics import SAFETY, advances

LINE_HEIGHT = 1.2
"""Line pitch as a multiple of the font size (single spacing in PowerPoint)."""


_SPACE, _CLOSED, _OPEN = 0, 1, 2
"""A breakable space; a word that ends at a hyphen or slash (a line may break after it);
a word that the next run may go on with."""
_TOKENS = re.compile(r"[ \t\n]|[^ \t\n\-/–]*[-/–]|[^ \t\n\-/–]+")
"""A breakable space, a word up to a hyphen or slash, or a word up to a space."""
_PLAIN = re.compile(r"[^\t\n\-/–]*")
"""A text whose only breaks are spaces."""


@functools.lru_cache(maxsize=8192)
def _run_tokens(text: str, bold: bool, font: FontWidths | None) -> tuple[tuple[int, int], ...]:
    """The words and breakable spaces of one run: (width, kind) with widths in
    thousandths of an em, so at any size."""
    width = advances(font, bold).__getitem__
    space = advances(font, False)[" "]
    tokens: list[tuple[int, int]] = []
    if _PLAIN.fullmatch(text):  # only words and single spaces: the common case, faster
        for i, word in enumerate(text.split(" ")):
            if i:
                tokens.append((space, _SPACE))
            if word:
                tokens.append((sum(map(width, word)), _OPEN))
        return tuple(tokens)
    for token in _TOKENS.findall(text):
        if token in " \t\n":
            tokens.append((space, _SPACE))
        else:
            kind = _CLOSED if token[-1] in "-/–" else _OPEN
            tokens.append((sum(map(width, token)), kind))
    return tuple(tokens)


@functools.lru_cache(maxsize=4096)
def _pieces(
    runs: tuple[tuple[str, bool], ...], font: FontWidths | None
) -> tuple[tuple[int, bool], ...]:
    """Words and breakable spaces of the runs, as (width in thousandths of an em, is a
    space); a no-break space keeps words together, and a word goes on across runs (a
    bold word and the comma after it). A word of no width is dropped before a space."""
    pieces: list[tuple[int, bool]] = []
    word = 0  # the word so far
    for text, bold in runs:
        for units, kind in _run_tokens(text, bold, font):
            if kind == _SPACE:
                if word:
                    pieces.append((word, False))
                    word = 0
                pieces.append((units, True))
            elif kind == _CLOSED:
                pieces.append((word + units, False))
                word = 0
            else:
                word += units
    if word:
        pieces.append((word, False))
    return tuple(pieces)


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
    if isinstance(text, str):
        runs: tuple[tuple[str, bool], ...] = ((text, False),)
    else:  # a Run is a named tuple whose first two fields are its text and boldness
        runs = tuple(map(_TEXT_AND_BOLD, text))
    return _line_count(runs, width, size, first_indent, current_font())


_TEXT_AND_BOLD = operator.itemgetter(0, 1)
"""(text, bold) of a :class:`~councilkit.localize.Run` or of a (text, bold) pair."""


def forget_line_counts() -> None:
    """Empty the memo of line counts: it serves the many fit attempts within one deck,
    and emptying it between decks keeps a long-running worker's memory flat."""
    for memo in (_line_count, _pieces, _run_tokens):
        memo.cache_clear()


@functools.lru_cache(maxsize=16384)
def _line_count(
    runs: tuple[tuple[str, bool], ...],
    width: float,
    size: float,
    first_indent: float,
    font: FontWidths | None,
) -> int:
    """:func:`line_count` in ``font`` (the one being measured with), remembered: planning
    asks about the same text many times."""
    lines = 1
    used = first_indent
    pending_space = 0.0
    for units, space in _pieces(runs, font):
        piece = units * size / 1000.0 * SAFETY
        if space:
            pending_space += piece
            continue
        if used > 0 and used + pending_space + piece > width:
            lines += 1
            used = 0.0
            pending_space = 0.0
        used += pending_space + piece
        pending_space = 0.0
        while used > width:  # a word wider than the line
            lines += 1
            used -= width
    return lines


def lines_height(lines: int, size: float) -> float:
    """The height of ``lines`` lines of text at ``size`` points."""
    return lines * size * LINE_HEIGHT
