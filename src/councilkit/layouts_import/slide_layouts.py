"""Matching slide kinds to a department's slide layouts by the types of their placeholders:
the title slide's layout (a centred title and a subtitle) for ``title``; a section header,
or else a layout with a title only, for ``section`` and ``closing``; a layout with a title
and one body for every other kind. Indexes are left out of the mapping: councilkit finds
the title and body placeholders by type when it builds. When nothing fits, councilkit's
default choice is kept and the mapping says to review it. The result is ``pptx.yaml``.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pptx import Presentation
from pptx.enum.shapes import PP_PLACEHOLDER

from councilkit.errors import CouncilkitError
from councilkit.loader.mapping import load_mapping
from councilkit.render.pptx.layout import MAPPING_FILE, DeckLayout
from councilkit.render.pptx.placeholders import layouts_by_name

_TITLES = (PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE)
_BODIES = (PP_PLACEHOLDER.BODY, PP_PLACEHOLDER.OBJECT, PP_PLACEHOLDER.SUBTITLE)
_CONTENT = ("title and content", "titre et contenu", "title, content")
_SECTION = ("section header", "en-tête de section", "titre de section")
_TITLE_ONLY = ("title only", "titre seul")
_TITLE_SLIDE = ("title slide", "diapositive de titre")


@dataclass(frozen=True, slots=True)
class Shape:
    """What matters of a slide layout: its name and how many title and body placeholders
    it has, and whether its title is a centred one."""

    name: str
    titles: int
    bodies: int
    centred: bool


@dataclass(frozen=True, slots=True)
class KindMatch:
    """The layout chosen for some slide kinds, and why."""

    kinds: tuple[str, ...]
    layout: str
    note: str
    review: bool


def read_shapes(data: bytes, source: str) -> list[Shape]:
    """The layouts of the presentation ``data``, in the order of its masters."""
    try:
        presentation = Presentation(io.BytesIO(data))
    except Exception as exc:  # python-pptx raises many types for a broken package
        raise CouncilkitError(
            f"'{source}' cannot be read as a PowerPoint file ({exc}); open it in PowerPoint "
            "or LibreOffice and save it again as .pptx"
        ) from None
    return [_shape(name, layout) for name, layout in layouts_by_name(presentation).items()]


def _shape(name: str, layout: Any) -> Shape:
    types = [ph.placeholder_format.type for ph in layout.placeholders]
    return Shape(
        name=name,
        titles=sum(t in _TITLES for t in types),
        bodies=sum(t in _BODIES for t in types),
        centred=PP_PLACEHOLDER.CENTER_TITLE in types,
    )


def default_mapping(default_dir: Path) -> DeckLayout:
    """councilkit's own mapping (the ``default`` layout's ``pptx.yaml``)."""
    mapping, problems = load_mapping(default_dir / MAPPING_FILE, DeckLayout)
    if mapping is None:  # pragma: no cover - the installed default is checked by its tests
        raise CouncilkitError(f"councilkit's default layout is broken: {problems}")
    return mapping


def match_kinds(shapes: list[Shape], default: DeckLayout) -> list[KindMatch]:
    """A layout for every slide kind of ``default``, grouped as ``default`` groups them."""
    matches = []
    for choice in default.layouts:
        if "title" in choice.kinds:
            found = _pick(shapes, _TITLE_SLIDE, lambda s: s.titles == 1 and s.centred)
            found = found or _pick(shapes, _TITLE_SLIDE, lambda s: s.titles == 1 and s.bodies)
            why = "the title slide's layout (a centred title and a subtitle)"
        elif "section" in choice.kinds:
            found = _pick(shapes, _SECTION, lambda s: False)
            found = found or _pick(shapes, _TITLE_ONLY, lambda s: s.titles == 1 and not s.bodies)
            why = "a layout for a title alone"
        else:
            found = _pick(shapes, _CONTENT, lambda s: False) or _content_layout(shapes)
            why = "a layout with a title and one body"
        if found is not None:
            matches.append(KindMatch(choice.kinds, found.name, f"found: {why}", review=False))
            continue
        have = ", ".join(s.name for s in shapes)
        exists = any(s.name == choice.layout for s in shapes)
        note = (
            f"REVIEW: no layout of the template is {why}; councilkit's default choice is kept"
            + ("" if exists else f", which the template does not have. Its layouts: {have}")
        )
        matches.append(KindMatch(choice.kinds, choice.layout, note, review=True))
    return matches


def _content_layout(shapes: list[Shape]) -> Shape | None:
    """A layout with a title that is not centred and one body, else one with a centred
    title and one body (the title slide's, at worst)."""
    fitting = [s for s in shapes if s.titles == 1 and s.bodies == 1]
    return next((s for s in fitting if not s.centred), fitting[0] if fitting else None)


def _pick(shapes: list[Shape], names: tuple[str, ...], fits: Any) -> Shape | None:
    """The first layout named one of ``names`` (any case) with a title, else the first
    that ``fits``."""
    for shape in shapes:
        if shape.name.strip().lower() in names and shape.titles == 1:
            return shape
    return next((s for s in shapes if fits(s)), None)


def pptx_yaml(matches: list[KindMatch], source: str) -> str:
    """The text of ``pptx.yaml`` for ``matches``, each choice commented."""
    lines = [
        f"# Made by 'councilkit layout import' from {source}.",
        "# Which layout of reference.pptx draws each slide kind. The title and body",
        "# placeholders are found by their type; to choose others, add 'title: IDX' and",
        "# 'body: IDX' under a layout. Colours of drawn shapes may be set under 'colors:'",
        "# (see councilkit's default layout). Review each line marked REVIEW.",
        "template: reference.pptx",
        "",
        "layouts:",
    ]
    for match in matches:
        lines += [
            f"  # {match.note}",
            f"  - layout: {_quoted(match.layout)}",
            f"    kinds: [{', '.join(match.kinds)}]",
        ]
    return "\n".join(lines) + "\n"


def _quoted(name: str) -> str:
    escaped = name.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'
