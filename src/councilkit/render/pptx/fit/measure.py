"""Which font a deck is measured with: its template's theme body font, its metric twin,
or Arial's widths with a warning naming the font that is missing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from councilkit.diagnostics import Diagnostic, Location, warning
from councilkit.render.pptx.fit.fonts import FontWidths, font_widths, theme_body_font


def deck_font(presentation: Any, template: Path) -> tuple[FontWidths | None, list[Diagnostic]]:
    """The widths to measure the deck drawn on ``presentation`` with, and a warning when
    neither its theme font nor a metric-compatible one is installed."""
    family = theme_body_font(presentation)
    if family is None or family.startswith("+"):
        return None, []
    font, _ = font_widths(family)
    if font is not None:
        return font, []
    message = (
        f"the template's font '{family}' is not installed, nor a font with the same widths; "
        "text is fitted as if it were Arial and may overflow: install the font"
    )
    return None, [warning(Location(template.as_posix()), "font-not-installed", message)]
