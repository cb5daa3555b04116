"""The check of one deck layout for every deck that uses it: its mapping, its template,
and a layout with title and body for every slide kind the decks use.

The template is opened once. A template layout that is missing is one error, however many
slides need it: "14 slides use layout 'X', which the template lacks: first at …".
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from councilkit.diagnostics import Diagnostic, Location, error
from councilkit.render import RenderJob
from councilkit.render.layout_check import SlideUse
from councilkit.render.pptx.layout import MAPPING_FILE, DeckLayout, load_deck_layout
from councilkit.render.pptx.placeholders import layouts_by_name, with_indexes
from councilkit.render.pptx.registry import KINDS
from councilkit.render.pptx.renderer import resolve_layouts


@dataclass(frozen=True, slots=True)
class _Folder:
    """What :func:`resolve_layouts` reads of its job: the layout folder."""

    layout_dir: Path


def deck_layout_problems(folder: Path, slides: Mapping[str, SlideUse]) -> list[Diagnostic]:
    """Every problem of the deck layout in ``folder`` for the slides that use it, by
    kind."""
    mapping, problems = load_deck_layout(folder, KINDS.names)
    if mapping is None:
        return problems
    from pptx import Presentation

    from councilkit.render.pptx import _oxml

    presentation = Presentation(str(folder / mapping.template))
    _oxml.number_placeholders(presentation)
    mapping = with_indexes(presentation, mapping)
    job = cast(RenderJob, _Folder(folder))  # resolve_layouts reads only job.layout_dir
    _, found = resolve_layouts(presentation, mapping, slides, job)
    problems += [d for d in found if d.code != "missing-layout"]
    problems += _missing_layouts(presentation, mapping, slides, folder)
    return problems


def _missing_layouts(
    presentation: Any, mapping: DeckLayout, slides: Mapping[str, SlideUse], folder: Path
) -> list[Diagnostic]:
    """One error for each template layout that the mapping names and the template lacks,
    with the number of slides that use it and where the first one is."""
    available = layouts_by_name(presentation)
    users: dict[str, list[SlideUse]] = {}
    where: dict[str, Location] = {}
    for kind, of_kind in slides.items():
        choice = mapping.choice(kind)
        if choice is None or choice.layout in available:
            continue
        users.setdefault(choice.layout, []).append(of_kind)
        where.setdefault(choice.layout, choice.loc or Location((folder / MAPPING_FILE).as_posix()))
    problems = []
    for name, using in users.items():
        total = sum(u.count for u in using)
        count = f"{total} slide uses" if total == 1 else f"{total} slides use"
        first = min((u.first for u in using if u.first is not None), default=None)
        at = f": first at {first}" if first is not None else ""
        message = (
            f"{count} layout '{name}', which the template '{mapping.template}' lacks{at}; "
            f"map those slide kinds to one of its layouts: "
            f"{', '.join(repr(n) for n in available)}"
        )
        problems.append(error(where[name], "missing-layout", message))
    return problems
