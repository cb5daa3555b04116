"""Which fonts a deck is measured with: its template's theme body font for text and its
title font for titles, each or its metric twin, or Arial's widths with a warning naming
the font that is missing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from councilkit.diagnostics import Diagnostic, Location, warning
from councilkit.render.pptx.fit.fonts import DeckFonts, FontWidths, font_widths
from councilkit.render.pptx.fit.theme import theme_body_font, title_style


def deck_font(presentation: Any, template: Path) -> tuple[DeckFonts, list[Diagnostic]]:
    """The widths to measure the text and the titles of the deck drawn on
    ``presentation`` with, and a warning for each of its fonts that is not installed
    and has no metric-compatible twin."""
    problems: list[Diagnostic] = []
    found: dict[str, FontWidths | None] = {}

    def widths(family: str | None) -> FontWidths | None:
        if family is None or family.startswith("+"):
            return None
        if family not in found:
            found[family], _ = font_widths(family)
            if found[family] is None:
                message = (
                    f"the template's font '{family}' is not installed, nor a font with the "
                    "same widths; text is fitted as if it were Arial and may overflow: "
                    "install the font"
                )
                where = Location(template.as_posix())
                problems.append(warning(where, "font-not-installed", message))
        return found[family]

    body = widths(theme_body_font(presentation))
    titles = title_style(presentation)
    return DeckFonts(body, widths(titles.family), titles.bold), problems
