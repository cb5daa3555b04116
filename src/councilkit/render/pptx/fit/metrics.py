"""Font metrics: the widths of characters and texts in the font the deck is measured
with (:func:`.fonts.current_font`; Arial's when none is set or the font lacks a
character), and the width of a text at a size, with a safety margin."""

from __future__ import annotations

from councilkit.render.pptx.fit.fonts import current_font
from councilkit.render.pptx.fit.widths import advances

SAFETY = 1.06
"""Widths are multiplied by this: renderers differ in kerning and hinting."""


def char_width(char: str, *, bold: bool = False) -> int:
    """The advance width of ``char`` in thousandths of an em, in the font being measured
    with (Arial's when none is set or the font lacks the character)."""
    return advances(current_font(), bold)[char]


def text_width(text: str, size: float, *, bold: bool = False) -> float:
    """The width of ``text`` set at ``size`` points, in points (with the safety margin)."""
    return text_units(text, bold=bold) * size / 1000.0 * SAFETY


def text_units(text: str, *, bold: bool = False) -> int:
    """The width of ``text`` in thousandths of an em, in the font being measured with:
    the sum of its characters' widths, each looked up once per font."""
    return sum(map(advances(current_font(), bold).__getitem__, text))
