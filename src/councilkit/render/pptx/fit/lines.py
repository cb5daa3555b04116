"""Line breaking: how many lines a text takes in a box of a given width, wrapping words
greedily as PowerPoint does, and how tall those lines are."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from councilkit.localize import Run
from councilkit.render.pptx.fit.fonts import FontWidths, current_font
from councilkit.render.pptx.fit.metrics import SAFETY, char_width

LINE_HEIGHT = 1.2
"""Line pitch as a multiple of the font size (single spacing in PowerPoint)."""


@dataclass(frozen=True, slots=True)
class _Piece:
    """A word (or the space after it) with its width."""

    width: float
    space: bool


def _pieces(runs: Iterable[tuple[str, bool]], size: float) -> list[_Piece]:
    """Words and breakable spaces of the runs; a no-break space keeps words together."""
    pieces: list[_Piece] = []
    word = 0.0
    space = char_width(" ") * size / 1000.0 * SAFETY
    for text, bold in runs:
        for char in text:
            if char in " \t\n":
                if word:
                    pieces.append(_Piece(word, False))
                    word = 0.0
                pieces.append(_Piece(space, True))
            else:
                word += char_width(char, bold=bold) * size / 1000.0 * SAFETY
                if char in "-/–":  # a line may break after a hyphen or slash
                    pieces.append(_Piece(word, False))
                    word = 0.0
    if word:
        pieces.append(_Piece(word, False))
    return pieces


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
    else:
        runs = tuple((r.text, r.bold) if isinstance(r, Run) else (r[0], r[1]) for r in text)
    return _line_count(runs, width, size, first_indent, current_font())


def forget_line_counts() -> None:
    """Empty the memo of line counts: it serves the many fit attempts within one deck,
    and emptying it between decks keeps a long-running worker's memory flat."""
    _line_count.cache_clear()


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
    for piece in _pieces(runs, size):
        if piece.space:
            pending_space += piece.width
            continue
        if used > 0 and used + pending_space + piece.width > width:
            lines += 1
            used = 0.0
            pending_space = 0.0
        used += pending_space + piece.width
        pending_space = 0.0
        while used > width:  # a word wider than the line
            lines += 1
            used -= width
    return lines


def lines_height(lines: int, size: float) -> float:
    """The height of ``lines`` lines of text at ``size`` points."""
    return lines * size * LINE_HEIGHT
