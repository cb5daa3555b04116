"""The layout mapping of decks (``layouts/<name>/pptx.yaml``): which layout of the
template draws each slide kind, and the indexes of its title and body placeholders.

A department's own template works by changing this file only, whatever its layouts are
called (``Titre et contenu``). Every kind a deck uses must be mapped to a layout that the
template has, with both placeholders: anything else is an error diagnostic that names the
kind, the layout and the layouts the template does have. There is no silent fallback: a
deck drawn with the wrong layout would still look official.

Slide kinds the mapping does not list are an error only when a deck uses them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from councilkit.build.reads import FileStat, file_stat, is_racy
from councilkit.diagnostics import Diagnostic, Location, error
from councilkit.loader.mapping import load_mapping
from councilkit.model.schema import location, spec

MAPPING_FILE = "pptx.yaml"
HEX = r"[0-9A-Fa-f]{6}"
HEX_HELP = "write a colour as six hexadecimal digits, such as 26374A"


@dataclass(frozen=True, slots=True, kw_only=True)
class LayoutChoice:
    """A layout of the template and the slide kinds drawn with it."""

    layout: str
    kinds: tuple[str, ...]
    title: int | None = None
    """The idx of the title placeholder; left out, the layout's title placeholder."""
    body: int | None = None
    """The idx of the body placeholder; left out, the layout's first body, object or
    subtitle placeholder."""
    loc: Location | None = location()

    @property
    def indexes(self) -> tuple[int, int]:
        """The title and body idx once found in the template (-1: the layout has none)."""
        return (
            -1 if self.title is None else self.title,
            -1 if self.body is None else self.body,
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class Palette:
    """Colours of drawn shapes and text (six hex digits). Text colours keep a contrast of
    at least 4.5:1 with the fills they are set on."""

    primary: str = spec(default="26374A", pattern=HEX, help=HEX_HELP)
    """Titles, headings, header rows and bars (white text on it)."""
    text: str = spec(default="1F1F1F", pattern=HEX, help=HEX_HELP)
    light: str = spec(default="EAEFF4", pattern=HEX, help=HEX_HELP)
    """Fill of boxes holding dark text."""
    line: str = spec(default="8497AD", pattern=HEX, help=HEX_HELP)
    marker: str = spec(default="AF3C43", pattern=HEX, help=HEX_HELP)
    """Milestone markers."""
    draft: str = spec(default="A51C30", pattern=HEX, help=HEX_HELP)
    """The draft label."""
    new: str = spec(default="D6E4F2", pattern=HEX, help=HEX_HELP)
    under_way: str = spec(default="DDEBD5", pattern=HEX, help=HEX_HELP)
    loc: Location | None = location()

    def colour(self, role: str | None) -> str | None:
        """The hex colour of a role (``primary``, ``light``…); other values are taken as
        hex colours themselves, None stays None."""
        if role is None:
            return None
        if role == "white":
            return "FFFFFF"
        value = getattr(self, role.replace("-", "_"), None) if role.islower() else None
        return value if isinstance(value, str) else role


@dataclass(frozen=True, slots=True, kw_only=True)
class DeckLayout:
    """The whole mapping file."""

    template: str = "reference.pptx"
    layouts: tuple[LayoutChoice, ...]
    colors: Palette = spec(factory=Palette)
    loc: Location | None = location()

    def choice(self, kind: str) -> LayoutChoice | None:
        """The layout choice of slide kind ``kind``."""
        return next((c for c in self.layouts if kind in c.kinds), None)


_CACHE: dict[
    tuple[Path, tuple[str, ...], FileStat | None], tuple[DeckLayout | None, tuple[Diagnostic, ...]]
] = {}
MEMO_LIMIT = 16
"""Mappings remembered at most."""


def load_deck_layout(
    layout_dir: Path, known_kinds: Iterable[str]
) -> tuple[DeckLayout | None, list[Diagnostic]]:
    """The mapping of ``layout_dir`` and its problems (an unknown kind name, a kind
    listed twice, a missing template). The mapping is read once per process while it is
    unchanged (by ``stat``; never a file changed too recently for its ``stat`` to show a
    second change); the template is looked for every time."""
    known = tuple(known_kinds)
    path = layout_dir / MAPPING_FILE
    stat = file_stat(path)
    key = (layout_dir.resolve(), known, stat)
    if key in _CACHE:
        mapping, problems = _CACHE[key]
        diagnostics = list(problems)
    else:
        mapping, diagnostics = _read_mapping(path, known)
        if not is_racy(stat):
            if len(_CACHE) >= MEMO_LIMIT:
                _CACHE.clear()
            _CACHE[key] = (mapping, tuple(diagnostics))
    if mapping is not None and not (layout_dir / mapping.template).is_file():
        diagnostics.append(
            error(
                mapping.loc or Location(path.as_posix()),
                "missing-file",
                f"template '{layout_dir / mapping.template}' does not exist",
            )
        )
    return (None if diagnostics else mapping), diagnostics


def _read_mapping(path: Path, known: tuple[str, ...]) -> tuple[DeckLayout | None, list[Diagnostic]]:
    """The mapping file ``path`` and its problems (an unknown kind name, a kind listed
    twice)."""
    mapping, diagnostics = load_mapping(path, DeckLayout)
    if mapping is None:
        return None, diagnostics
    seen: dict[str, LayoutChoice] = {}
    for choice in mapping.layouts:
        where = choice.loc or Location(path.as_posix())
        for kind in choice.kinds:
            if kind not in known:
                diagnostics.append(
                    error(
                        where, "unknown-kind", f"no slide kind '{kind}'; known: {', '.join(known)}"
                    )
                )
            elif kind in seen:
                diagnostics.append(
                    error(where, "duplicate-kind", f"slide kind '{kind}' is mapped to two layouts")
                )
            seen[kind] = choice
    return mapping, diagnostics
