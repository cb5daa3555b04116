"""WCAG 2 contrast math, the one place for it: relative luminance, contrast ratios, and
which text counts as large. The audit judges text with it (:mod:`councilkit.audit.contrast`)
and the deck renderer picks readable chart label colours with it; it imports nothing, so
the renderer does not load the audit."""

from __future__ import annotations

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
