"""Measuring with the template's own fonts: the advance widths of the theme's body font,
read with fontTools from the installed font files. A font that is not installed is
measured with its metric-compatible twin (Arial with Liberation Sans, Calibri with Carlito);
a font with neither is measured with Arial's widths, and the renderer says so.

Planning reads the font of the deck being planned from a context variable set for the time
of planning only (:func:`measuring`), so that the many small fit functions need no extra
argument and nothing outlives the deck.
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import logging
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fontTools.ttLib import TTFont, TTLibError
from lxml import etree

FONT_FOLDERS = (
    Path("/usr/share/fonts"),
    Path("/usr/local/share/fonts"),
    Path.home() / ".fonts",
    Path.home() / ".local/share/fonts",
    Path("/Library/Fonts"),
    Path.home() / "Library/Fonts",
    Path(os.environ.get("WINDIR", "C:/Windows")) / "Fonts",
)
METRIC_TWINS = {
    "arial": "Liberation Sans",
    "helvetica": "Liberation Sans",
    "calibri": "Carlito",
    "cambria": "Caladea",
    "times new roman": "Liberation Serif",
    "courier new": "Liberation Mono",
}
"""Fonts and the free fonts with the same advance widths."""


@dataclass(frozen=True, eq=False)
class FontWidths:
    """Advance widths of a font family, regular and bold, in thousandths of an em."""

    family: str
    regular: dict[str, int] = field(repr=False)
    bold: dict[str, int] = field(repr=False)

    def width(self, char: str, *, bold: bool = False) -> int | None:
        """The width of ``char``, or None when the font has no glyph for it."""
        return (self.bold if bold else self.regular).get(char)


_MEASURING: contextvars.ContextVar[FontWidths | None] = contextvars.ContextVar(
    "councilkit_pptx_font", default=None
)


def current_font() -> FontWidths | None:
    """The font the deck being planned is measured with (None: Arial's table)."""
    return _MEASURING.get()


@contextlib.contextmanager
def measuring(font: FontWidths | None) -> Iterator[None]:
    """Measure text with ``font`` within the ``with`` block."""
    token = _MEASURING.set(font)
    try:
        yield
    finally:
        _MEASURING.reset(token)


def font_widths(family: str) -> tuple[FontWidths | None, str | None]:
    """The widths of ``family`` (or of its metric-compatible twin), and the name of the
    family actually measured; (None, None) when neither is installed."""
    for name in (family, METRIC_TWINS.get(family.casefold())):
        if name is None:
            continue
        styles = font_files(name, FONT_FOLDERS)
        if "regular" in styles:
            regular = _widths(styles["regular"])
            bold = _widths(styles.get("bold", styles["regular"]))
            return FontWidths(name, regular, bold), name
    return None, None


def _squeezed(text: str) -> str:
    return "".join(c for c in text.casefold() if c.isalnum())


@functools.lru_cache(maxsize=16)
def font_files(family: str, folders: tuple[Path, ...]) -> dict[str, Path]:
    """The regular and bold files of ``family`` under ``folders``: files whose name starts
    with the family's (``LiberationSans-Bold.ttf``), checked against their name table."""
    wanted = _squeezed(family)
    found: dict[str, Path] = {}
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in sorted(folder.rglob("*")):
            if path.suffix.lower() not in (".ttf", ".otf") or not path.is_file():
                continue
            if not _squeezed(path.stem).startswith(wanted[:6]):
                continue
            try:
                with TTFont(str(path), lazy=True) as font:
                    names = font["name"]
                    name = names.getDebugName(1) or ""
                    style = (names.getDebugName(2) or "").casefold()
            except (TTLibError, OSError, KeyError, ValueError):
                continue
            if _squeezed(name) == wanted and style in ("regular", "bold"):
                found.setdefault(style, path)
    return found


@functools.lru_cache(maxsize=16)
def _widths(path: Path) -> dict[str, int]:
    """The advance width of every character of the font file ``path``, per 1000 em."""
    quiet = logging.getLogger("fontTools")
    level = quiet.level
    quiet.setLevel(logging.ERROR)  # old fonts' dates are worth no warning on a terminal
    try:
        with TTFont(str(path), lazy=True) as font:
            return _advances(font)
    finally:
        quiet.setLevel(level)


def _advances(font: TTFont) -> dict[str, int]:
    scale = 1000.0 / font["head"].unitsPerEm
    metrics = font["hmtx"].metrics
    cmap = font.getBestCmap() or {}
    return {
        chr(code): round(metrics[glyph][0] * scale)
        for code, glyph in cmap.items()
        if glyph in metrics
    }


THEME = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme"
DRAWING = "{http://schemas.openxmlformats.org/drawingml/2006/main}"


def theme_body_font(presentation: Any) -> str | None:
    """The body (minor) Latin font of the template's first slide master's theme."""
    master = presentation.slide_masters[0].part
    for rel in master.rels.values():
        if rel.reltype == THEME and not rel.is_external:
            root = etree.fromstring(
                rel.target_part.blob, etree.XMLParser(resolve_entities=False, no_network=True)
            )
            for latin in root.iter(f"{DRAWING}minorFont"):
                found = latin.find(f"{DRAWING}latin")
                if found is not None and found.get("typeface"):
                    return str(found.get("typeface"))
    return None
