"""Which fonts a template sets its text in, read from its first slide master: the theme's
body (minor) font, and the font of titles, which the master's title style or its title
placeholder names (most often the theme's heading (major) font, ``+mj-lt``), and whether
titles are bold."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from lxml import etree

THEME = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme"
DRAWING = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
PRESENTATION = "{http://schemas.openxmlformats.org/presentationml/2006/main}"
_THEME_FONTS = {"+mj-lt": "major", "+mn-lt": "minor"}
"""Theme font references of a ``typeface``: the heading (major) and body (minor) fonts."""


@dataclass(frozen=True, slots=True)
class TitleStyle:
    """The font family titles are set in (None when the template names none) and whether
    they are bold."""

    family: str | None
    bold: bool


def _theme(presentation: Any) -> Any | None:
    master = presentation.slide_masters[0].part
    for rel in master.rels.values():
        if rel.reltype == THEME and not rel.is_external:
            parser = etree.XMLParser(resolve_entities=False, no_network=True)
            return etree.fromstring(rel.target_part.blob, parser)
    return None


def theme_font(presentation: Any, which: str) -> str | None:
    """The Latin typeface of the theme's ``major`` (headings) or ``minor`` (body) font."""
    root = _theme(presentation)
    if root is None:
        return None
    for font in root.iter(f"{DRAWING}{which}Font"):
        found = font.find(f"{DRAWING}latin")
        if found is not None and found.get("typeface"):
            return str(found.get("typeface"))
    return None


def theme_body_font(presentation: Any) -> str | None:
    """The body (minor) Latin font of the template's first slide master's theme."""
    return theme_font(presentation, "minor")


def title_style(presentation: Any) -> TitleStyle:
    """The font and weight of titles: the master's title placeholder's own list style
    over the master's title style, theme references resolved; the theme's heading font
    when neither names one (PowerPoint's default)."""
    master = presentation.slide_masters[0]._element
    levels = []
    for shape in master.iter(f"{PRESENTATION}sp"):
        ph = shape.find(f"{PRESENTATION}nvSpPr/{PRESENTATION}nvPr/{PRESENTATION}ph")
        if ph is not None and ph.get("type") in ("title", "ctrTitle"):
            levels += shape.findall(f"{PRESENTATION}txBody/{DRAWING}lstStyle/{DRAWING}lvl1pPr")
            break
    levels += master.findall(f"{PRESENTATION}txStyles/{PRESENTATION}titleStyle/{DRAWING}lvl1pPr")
    typeface: str | None = None
    bold: bool | None = None
    for level in levels:
        props = level.find(f"{DRAWING}defRPr")
        if props is None:
            continue
        latin = props.find(f"{DRAWING}latin")
        if typeface is None and latin is not None and latin.get("typeface"):
            typeface = str(latin.get("typeface"))
        if bold is None and props.get("b") is not None:
            bold = props.get("b") in ("1", "true")
    typeface = typeface or "+mj-lt"
    if typeface in _THEME_FONTS:
        family = theme_font(presentation, _THEME_FONTS[typeface])
    else:
        family = None if typeface.startswith("+") else typeface
    return TitleStyle(family, bool(bold))
