"""Font metrics: the advance widths of the font the deck is measured with
(:mod:`.fonts`), or of Arial (Liberation Sans has the same metrics) when none is set,
regular and bold, and the width of a text at a size, with a safety margin."""

from __future__ import annotations

import functools
import unicodedata

from councilkit.render.pptx.fit.fonts import FontWidths, current_font

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


def char_width(char: str, *, bold: bool = False) -> int:
    """The advance width of ``char`` in thousandths of an em, in the font being measured
    with (Arial's when none is set or the font lacks the character)."""
    font = current_font()
    if font is not None:
        width = font.width(char, bold=bold)
        if width is not None:
            return width
    return arial_width(char, bold=bold)


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


def text_width(text: str, size: float, *, bold: bool = False) -> float:
    """The width of ``text`` set at ``size`` points, in points (with the safety margin)."""
    return text_units(text, bold=bold) * size / 1000.0 * SAFETY


def text_units(text: str, *, bold: bool = False) -> int:
    """The width of ``text`` in thousandths of an em, in the font being measured with:
    the sum of its characters' widths, each looked up once per font."""
    return sum(map(advances(current_font(), bold).__getitem__, text))


class _Advances(dict[str, int]):
    """The advance widths of characters, bold or not, in one font (thousandths of an
    em), looked up as characters are first met."""

    def __init__(self, bold: bool) -> None:
        super().__init__()
        self.bold = bold

    def __missing__(self, char: str) -> int:
        width = self[char] = char_width(char, bold=self.bold)
        return width


@functools.lru_cache(maxsize=4)
def advances(font: FontWidths | None, bold: bool) -> dict[str, int]:
    """The character widths of ``font`` (the one being measured with, which must be
    current when a character is first looked up): a table filled as characters are met,
    kept with the font (the few fonts of the templates in use), not per deck, since a
    character's width in a font never changes."""
    return _Advances(bold)
