"""The audit's contrast judgement: the ratio text needs (4.5:1, or 3:1 for large text: 18 pt,
or 14 pt bold, from :mod:`councilkit.contrast`) and the message when it falls short.

The rule ``text-contrast`` uses it on Word text (:mod:`.word_contrast`) and on slides
(:mod:`.slide_contrast`); each finds the effective colours its own way.
"""

from __future__ import annotations

from math import floor

from councilkit.contrast import LARGE, NORMAL, contrast, is_large, linear, luminance

__all__ = ["LARGE", "NORMAL", "contrast", "is_large", "linear", "luminance", "shortfall"]


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
