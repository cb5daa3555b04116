"""The layout check: every layout the documents use is loaded and checked as a build
would, so that ``check`` finds what would stop ``build`` and ``build`` stops before it
writes anything.

Each layout is read once per check, whatever the number of documents that use it: Word
layouts by :func:`councilkit.render.docx.layout.load_layout`, deck layouts (their mapping
and template) by :mod:`councilkit.render.pptx.layout_check`. A layout name that names no
layout folder is reported at the ``layout:`` that gives it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from councilkit.build.layouts import find_layout
from councilkit.diagnostics import Diagnostic, Location, error
from councilkit.errors import UsageError
from councilkit.model import Deck, Document, Project, WorkingGroup


@dataclass(frozen=True, slots=True)
class SlideUse:
    """How many slides of one kind use a layout, and where the first of them is."""

    count: int
    first: Location | None


@dataclass
class _Uses:
    """What uses one layout: Word documents, and slides of decks by kind."""

    where: Location
    """Where the first document names (or inherits) the layout."""
    word: bool = False
    slides: dict[str, SlideUse] = field(default_factory=dict)


class LayoutUses:
    """The layouts that documents use, gathered one group at a time (only names, counts
    and positions are kept, never the groups), then checked each once."""

    def __init__(self) -> None:
        self._uses: dict[str, _Uses] = {}

    def add(self, project: Project, groups: Iterable[WorkingGroup]) -> None:
        """Note the layouts that the documents of ``groups`` use."""
        for group in groups:
            for document in group.documents:
                name = project.layout_of(document)
                use = self._uses.setdefault(name, _Uses(_layout_written(project, document)))
                if not isinstance(document, Deck):
                    use.word = True
                    continue
                for slide in document.slides:
                    seen = use.slides.get(slide.KIND, SlideUse(0, None))
                    first = min((p for p in (seen.first, slide.loc) if p), default=None)
                    use.slides[slide.KIND] = SlideUse(seen.count + 1, first)

    def problems(self, content_root: Path) -> list[Diagnostic]:
        """Every problem of the layouts noted, each layout loaded once."""
        problems: list[Diagnostic] = []
        for name, use in self._uses.items():
            try:
                folder = find_layout(name, content_root)
            except UsageError as exc:
                problems.append(error(use.where, "unknown-layout", str(exc)))
                continue
            if use.word:
                problems += _word_problems(folder)
            if use.slides:
                from councilkit.render.pptx.layout_check import deck_layout_problems

                problems += deck_layout_problems(folder, use.slides)
        return problems


def check_layouts(project: Project, content_root: Path) -> list[Diagnostic]:
    """Every problem of the layouts that the project's documents use."""
    uses = LayoutUses()
    uses.add(project, project.groups)
    return uses.problems(content_root)


def unknown_layouts(problems: Iterable[Diagnostic]) -> bool:
    """True when a layout name in ``problems`` names no layout folder."""
    return any(d.code == "unknown-layout" for d in problems)


def _layout_written(project: Project, document: Document) -> Location:
    if document.layout is not None:
        where = document.layout_loc or document.loc
    else:
        where = project.settings.layout_loc or project.settings.loc
    return where or Location("project.yaml")


def _word_problems(folder: Path) -> list[Diagnostic]:
    from councilkit.render.docx.layout import load_layout

    layout, problems = load_layout(folder)
    return [*problems, *(layout.style_problems if layout is not None else ())]


__all__ = ["LayoutUses", "SlideUse", "check_layouts", "unknown_layouts"]
