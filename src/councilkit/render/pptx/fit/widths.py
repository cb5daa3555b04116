"""Character widths: the advance widths of a font read from its file
(:class:`~.fonts.FontWidths`), and Arial's (Liberation Sans has the same metrics) for a
character the font lacks or when there is no font, regular and bold, in thousandths of
an em."""

from __future__ import annotations

import functools
import unicodedata
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from councilkit.render.pptx.fit.fonts import FontWidths

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
def arial_width(char: str, *, bold: bool = False) -> int:
    """The advance width of ``char`` in Arial, in thousandths of an em (accents ignored)."""
    if bold and char in _BOLD:
        return _BOLD[char]
    if char in _REGULAR:
        return _REGULAR[char]
    if char.isdigit():
        return _DIGIT
    base = unicodedata.normalize("NFD", char)[:1]
    if base and base != char:
        return arial_width(base, bold=bold)
    return _OTHER


class _Advances(dict[str, int]):
    """The advance widths of characters in ``font`` (None: Arial), bold or not: the
    font's own, else Arial's, each looked up when first met."""

    def __init__(self, font: FontWidths | None, bold: bool) -> None:
        super().__init__()
        self.font = font
        self.bold = bold

    def __missing__(self, char: str) -> int:
        width = None if self.font is None else self.font.width(char, bold=self.bold)
        if width is None:
            width = arial_width(char, bold=self.bold)
        self[char] = width
        return width


@functools.lru_cache(maxsize=8)
def advances(font: FontWidths | None, bold: bool) -> dict[str, int]:
    """The character widths of ``font``: a table filled as characters are met, kept
    with the font (the few fonts of the templates in use), not per deck, since a
    character's width in a font never changes."""
    return _Advances(font, bold)
