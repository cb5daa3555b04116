"""Estimating whether text fits a box, from font size, box size and character widths.

PowerPoint shrinks text only when someone edits it, and LibreOffice never does, so the
renderer decides the size of every text itself. The estimate uses the advance widths of
Arial (Liberation Sans has the same metrics), wraps words greedily as PowerPoint does, and
errs on the side of more lines: a box that the estimate says fits does not overflow.

Sizes are in points, lengths in points too (1 in = 72 pt).

>>> round(text_width("Questions", 20.0))
95
>>> line_count("Notre but", width=200.0, size=20.0)
1
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from councilkit.localize import Run
from councilkit.render.pptx.plan import Box, Marker, Para

LINE_HEIGHT = 1.2
"""Line pitch as a multiple of the font size (single spacing in PowerPoint)."""

SAFETY = 1.06
"""Widths are multiplied by this: renderers differ in kerning and hinting."""

# Advance widths of Arial / Liberation Sans regular, in thousandths of an em.
_REGULAR: dict[str, int] = {
    " ": 278,
    "!": 278,
    '"': 355,
    "#": 556,
    "$": 556,
    "%": 889,
    "&": 667,
    "'": 191,
    "(": 333,
    ")": 333,
    "*": 389,
    "+": 584,
    ",": 278,
    "-": 333,
    ".": 278,
    "/": 278,
    ":": 278,
    ";": 278,
    "<": 584,
    "=": 584,
    ">": 584,
    "?": 556,
    "@": 1015,
    "[": 278,
    "\\": 278,
    "]": 278,
    "^": 469,
    "_": 556,
    "`": 333,
    "{": 334,
    "|": 260,
    "}": 334,
    "~": 584,
    "A": 667,
    "B": 667,
    "C": 722,
    "D": 722,
    "E": 667,
    "F": 611,
    "G": 778,
    "H": 722,
    "I": 278,
    "J": 500,
    "K": 667,
    "L": 556,
    "M": 833,
    "N": 722,
    "O": 778,
    "P": 667,
    "Q": 778,
    "R": 722,
    "S": 667,
    "T": 611,
    "U": 722,
    "V": 667,
    "W": 944,
    "X": 667,
    "Y": 667,
    "Z": 611,
    "a": 556,
    "b": 556,
    "c": 500,
    "d": 556,
    "e": 556,
    "f": 278,
    "g": 556,
    "h": 556,
    "i": 222,
    "j": 222,
    "k": 500,
    "l": 222,
    "m": 833,
    "n": 556,
    "o": 556,
    "p": 556,
    "q": 556,
    "r": 333,
    "s": 500,
    "t": 278,
    "u": 556,
    "v": 500,
    "w": 722,
    "x": 500,
    "y": 500,
    "z": 500,
    "\u00a0": 278,
    "\u202f": 278,
    "«": 556,
    "»": 556,
    "‘": 222,
    "’": 222,
    "“": 333,
    "”": 333,
    "–": 556,
    "—": 1000,
    "…": 1000,
    "•": 350,
    "œ": 944,
    "Œ": 1000,
    "æ": 889,
    "Æ": 1000,
    "·": 278,
}
# Arial Bold where it differs from regular (capitals are nearly the same).
_BOLD: dict[str, int] = {
    "b": 611,
    "d": 611,
    "f": 333,
    "g": 611,
    "h": 611,
    "i": 278,
    "j": 278,
    "k": 556,
    "l": 278,
    "m": 889,
    "n": 611,
    "o": 611,
    "p": 611,
    "q": 611,
    "r": 389,
    "t": 333,
    "u": 611,
    "v": 556,
    "w": 778,
    "x": 556,
    "y": 556,
    "c": 556,
    "s": 556,
    "A": 722,
    "B": 722,
    "J": 556,
    "K": 722,
    "L": 611,
    "R": 722,
    "!": 333,
    ":": 333,
    ";": 333,
    "?": 611,
    "'": 238,
    "’": 278,
    "‘": 278,
}
_DIGIT = 556
_OTHER = 600


@functools.lru_cache(maxsize=4096)
def char_width(char: str, *, bold: bool = False) -> int:
    """The advance width of ``char`` in thousandths of an em (accents ignored)."""
    if bold and char in _BOLD:
        return _BOLD[char]
    if char in _REGULAR:
        return _REGULAR[char]
    if char.isdigit():
        return _DIGIT
    base = unicodedata.normalize("NFD", char)[:1]
    if base and base != char:
        return char_width(base, bold=bold)
    return _OTHER


def text_width(text: str, size: float, *, bold: bool = False) -> float:
    """The width of ``text`` set at ``size`` points, in points (with the safety margin)."""
    return sum(char_width(c, bold=bold) for c in text) * size / 1000.0 * SAFETY


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
    return _line_count(runs, width, size, first_indent)


@functools.lru_cache(maxsize=16384)
def _line_count(
    runs: tuple[tuple[str, bool], ...], width: float, size: float, first_indent: float
) -> int:
    """:func:`line_count`, remembered: planning asks about the same text many times."""
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


def largest_size(
    fits: Callable[[float], bool],
    *,
    start: float,
    floor: float,
    step: float = 1.0,
) -> float | None:
    """The largest size from ``start`` down to ``floor`` for which ``fits(size)`` is true,
    or None when even the floor does not fit.

    >>> largest_size(lambda s: s <= 17, start=20, floor=14)
    17.0
    >>> largest_size(lambda s: False, start=20, floor=14) is None
    True
    """
    size = float(start)
    while size >= floor - 1e-9:
        if fits(size):
            return size
        size -= step
    return None


INSET_X = 5.76
"""Left and right inner margin of every text box, in points (0.08 in)."""
INSET_Y = 3.6
"""Top and bottom inner margin of every text box, in points (0.05 in)."""
LEVEL_STEP = 22.0
"""Indent of each nested list level, in points."""


def para_size(para: Para, size: float) -> float:
    """The font size of ``para`` in a block set at ``size``, rounded to half points."""
    return round(size * para.scale * 2) / 2


def para_indent(para: Para, size: float) -> tuple[float, float]:
    """The left margin and first-line indent of ``para`` in points (a hanging marker)."""
    own = para_size(para, size)
    marker = 0.0
    if para.marker is Marker.BULLET:
        marker = max(0.9 * own, 14.0)
    elif para.marker is Marker.NUMBER:
        marker = 1.6 * own
    return para.level * LEVEL_STEP + marker, -marker


def para_height(para: Para, width: float, size: float, *, first: bool = False) -> float:
    """The height of ``para`` in a text box ``width`` points wide (inner margins
    included in ``width``) at base ``size``."""
    own = para_size(para, size)
    margin, _ = para_indent(para, size)
    usable = width - 2 * INSET_X - margin
    lines = line_count(para.runs, width=usable, size=own) if para.runs else 1
    space = 0.0 if first else para.space_before * own
    return space + lines_height(lines, own)


def block_height(paras: Sequence[Para], width: float, size: float) -> float:
    """The height of ``paras`` in a text box ``width`` points wide, inner margins
    included."""
    return 2 * INSET_Y + sum(para_height(p, width, size, first=i == 0) for i, p in enumerate(paras))


def fits(paras: Sequence[Para], box: Box, size: float) -> bool:
    """True when ``paras`` at ``size`` fit in ``box``."""
    return block_height(paras, box.width, size) <= box.height


def fit_size(paras: Sequence[Para], box: Box, *, start: float, floor: float) -> float | None:
    """The largest size from ``start`` down to ``floor`` at which ``paras`` fit ``box``."""
    return largest_size(lambda s: fits(paras, box, s), start=start, floor=floor)


def longest_word_fits(paras: Sequence[Para], box: Box, size: float) -> bool:
    """True when no single word of ``paras`` is wider than its line at ``size``."""
    for para in paras:
        own = para_size(para, size)
        margin, _ = para_indent(para, size)
        usable = box.width - 2 * INSET_X - margin
        for word in para.text.split():
            if text_width(word, own, bold=True) > usable:
                return False
    return True


def paginate(
    units: Sequence[Sequence[Para]], box: Box, size: float, *, first_box: Box | None = None
) -> list[list[Para]]:
    """``units`` (groups of paragraphs kept together, such as an item and its sub-items)
    spread over as few boxes as needed at ``size``. ``first_box`` is the room on the first
    slide when it differs (an intro, a call-out). A unit taller than a whole box is split
    between its paragraphs."""
    pages: list[list[Para]] = [[]]
    room = first_box or box
    for unit in units:
        if fits([*pages[-1], *unit], room, size):
            pages[-1].extend(unit)
            continue
        if pages[-1]:
            pages.append([])
            room = box
        if fits(unit, room, size):
            pages[-1].extend(unit)
            continue
        for para in unit:  # a unit taller than a whole box: split between its paragraphs
            if pages[-1] and not fits([*pages[-1], para], room, size):
                pages.append([])
                room = box
            pages[-1].append(para)
    return [page for page in pages if page] or [[]]
