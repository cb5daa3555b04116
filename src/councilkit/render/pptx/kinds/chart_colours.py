"""The colours of a chart, from the deck's palette: a fill for each series (each slice of
a pie) or a colour for each line, an outline for a fill too light to see on a white
slide, and data labels in a colour readable on what they sit on."""

from __future__ import annotations

from councilkit.contrast import contrast
from councilkit.render.pptx.layout import Palette

FILL_ROLES = ("primary", "line", "light", "marker", "new", "under_way")
"""Palette colours of bars and slices, in order: dark to light suits ordered series."""
LINE_ROLES = ("primary", "marker", "line")
"""Palette colours of lines, each visible on a white slide."""
WHITE = "FFFFFF"


def series_colour(palette: Palette, index: int, *, line: bool) -> str:
    """The colour of series ``index`` (six upper-case hex digits): of its bars, or of its
    line and markers when ``line``."""
    roles = LINE_ROLES if line else FILL_ROLES
    return (palette.colour(roles[index % len(roles)]) or palette.primary).upper()


def slice_colour(palette: Palette, index: int, series: str) -> str:
    """The fill of slice ``index`` of a pie whose series is coloured ``series``."""
    return (palette.colour(FILL_ROLES[index % len(FILL_ROLES)]) or series).upper()


def outline(palette: Palette, fill: str) -> str | None:
    """The outline a fill needs: the palette's line colour for a fill too light to see on
    a white slide, else None."""
    return palette.line.upper() if contrast(fill, WHITE) < 1.5 else None


def readable_on(fill: str, dark: str) -> str:
    """White or ``dark``: the text colour that keeps a 4.5:1 contrast on ``fill``.

    >>> readable_on("26374A", "1F1F1F"), readable_on("EAEFF4", "1F1F1F")
    ('FFFFFF', '1F1F1F')
    """
    return WHITE if contrast(fill, WHITE) >= 4.5 else dark
