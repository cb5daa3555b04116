"""Measuring with the template's own fonts: the advance widths of the theme's body font
and of its title font, read with fontTools from the installed font files. A font that is
not installed is measured with its metric-compatible twin (Arial with Liberation Sans,
Calibri with Carlito); a font with neither is measured with Arial's widths, and the renderer
says so.

Planning reads the font of the deck being planned, and what has been measured in it
(:class:`~.memo.Measures`), from a context variable set for the time of planning only
(:func:`measuring`; titles within :func:`measuring_titles`), so that the many small fit
functions need no extra argument and nothing outlives the deck.
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

from fontTools.ttLib import TTFont, TTLibError

from councilkit.render.pptx.fit.memo import Measures

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


@dataclass(frozen=True, slots=True)
class DeckFonts:
    """The fonts a deck is measured with: its body text's and its titles' (None: Arial's
    table), and whether titles are bold."""

    body: FontWidths | None
    title: FontWidths | None
    title_bold: bool = False


@dataclass(frozen=True, slots=True)
class _Measuring:
    """A deck being planned: its fonts, and what is measured in its body font and in its
    title font (the same measures when both are one font)."""

    fonts: DeckFonts
    body: Measures
    title: Measures


_MEASURING: contextvars.ContextVar[_Measuring | None] = contextvars.ContextVar(
    "councilkit_pptx_font", default=None
)
_TITLES: contextvars.ContextVar[bool] = contextvars.ContextVar(
    "councilkit_pptx_titles", default=False
)


def current_font() -> FontWidths | None:
    """The font the text being measured is set in (None: Arial's table): the title font
    within :func:`measuring_titles`, else the body font."""
    deck = _MEASURING.get()
    if deck is None:
        return None
    return (deck.title if _TITLES.get() else deck.body).font


def current_measures() -> Measures:
    """What has been measured so far in :func:`current_font` while this deck is planned
    (outside :func:`measuring`, new measures in Arial that nothing keeps)."""
    deck = _MEASURING.get()
    if deck is None:
        return Measures(None)
    return deck.title if _TITLES.get() else deck.body


def titles_bold() -> bool:
    """True when the deck being planned sets its titles in bold."""
    deck = _MEASURING.get()
    return deck is not None and deck.fonts.title_bold


@contextlib.contextmanager
def measuring(fonts: DeckFonts | FontWidths | None) -> Iterator[None]:
    """Measure text with ``fonts`` within the ``with`` block (one font: for titles too),
    remembering what is measured until the block ends."""
    if not isinstance(fonts, DeckFonts):
        fonts = DeckFonts(fonts, fonts)
    body = Measures(fonts.body)
    title = body if fonts.title is fonts.body else Measures(fonts.title)
    token = _MEASURING.set(_Measuring(fonts, body, title))
    try:
        yield
    finally:
        _MEASURING.reset(token)


@contextlib.contextmanager
def measuring_titles() -> Iterator[None]:
    """Measure text with the deck's title font within the ``with`` block."""
    token = _TITLES.set(True)
    try:
        yield
    finally:
        _TITLES.reset(token)


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
