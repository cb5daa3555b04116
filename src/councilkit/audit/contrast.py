"""Contrast math, the one place for it: WCAG 2 contrast ratios, the ratio text needs
(4.5:1, or 3:1 for large text: 18 pt, or 14 pt bold), and the message when it falls short.

The rule ``text-contrast`` uses it on Word text (:mod:`.word_contrast`) and on slides
(:mod:`.slide_contrast`); each finds the effective colours its own way.
"""

from __future__ import annotations

from math import floor

NORMAL, LARGE = 4.5, 3.0
"""The smallest contrast ratios for normal and large text (WCAG 2, level AA)."""


def linear(channel: float) -> float:
    """An sRGB channel (0 to 1) in linear light."""
    return channel / 12.92 if channel <= 0.03928 else ((channel + 0.055) / 1.055) ** 2.4


def luminance(hex_colour: str) -> float:
    """Relative luminance of ``RRGGBB``."""
    red, green, blue = (linear(int(hex_colour[i : i + 2], 16) / 255) for i in (0, 2, 4))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(a: str, b: str) -> float:
    """The contrast ratio of two colours, from 1 to 21."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def is_large(points: float, bold: bool) -> bool:
    """Large text in WCAG's sense: 18 pt, or 14 pt bold."""
    return points >= 18 or (points >= 14 and bold)


def shortfall(text: str, behind: str, points: float, bold: bool) -> str | None:
    """Why text in colour ``text`` on ``behind`` is hard to read (None when it is not):
    its ratio, the ratio it needs, and which way to change a colour."""
    large = is_large(points, bold)
    needed = LARGE if large else NORMAL
    ratio = contrast(text, behind)
    if ratio >= needed:
        return None
    if luminance(text) <= luminance(behind):
        fix = "choose a darker text colour (or a lighter background)"
    else:
        fix = "choose a lighter text colour (or a darker background)"
    return (
        f"text #{text} on #{behind} has a contrast of {floor(ratio * 10) / 10:.1f}:1, under "
        f"{needed:g}:1 "
        f"for {'large' if large else 'normal'} text: {fix}"
    )
