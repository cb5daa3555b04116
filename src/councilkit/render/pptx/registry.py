"""The one registry of slide kinds: for each kind name, the planner that turns a model
slide into slide plans and the emitter that draws a plan.

A kind registered twice, or a slide whose kind has no entry, is an error that names the
known kinds. Adding a kind is adding a record in ``model/slides.py`` and one
``KINDS.register(...)`` call in a module of :mod:`councilkit.render.pptx.kinds`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from councilkit.render.pptx.plan import PlanContext, SlidePlan

if TYPE_CHECKING:
    from councilkit.render.pptx.emit import SlideCanvas

Planner = Callable[[Any, PlanContext], list[SlidePlan]]
"""Turns a model slide of its kind into slide plans (usually one)."""
Emitter = Callable[["SlideCanvas", SlidePlan], None]
"""Draws the body of a slide plan on a slide (title, footer and notes are drawn for it)."""


@dataclass(frozen=True, slots=True)
class SlideKind:
    """A slide kind: its name, as written after ``kind:`` in content, and what draws it."""

    name: str
    planner: Planner
    emitter: Emitter
    needs_body: bool = True
    """False for a kind whose few lines under the title go in a text box when its layout
    has no body placeholder (section, closing)."""


class SlideKindRegistry:
    """Slide kinds by name; fails loudly on a duplicate or an unknown name."""

    def __init__(self) -> None:
        self._kinds: dict[str, SlideKind] = {}

    def register(
        self, name: str, *, planner: Planner, emitter: Emitter, needs_body: bool = True
    ) -> SlideKind:
        """Register the planner and emitter of kind ``name``."""
        if name in self._kinds:
            raise ValueError(f"slide kind {name!r} is registered twice")
        kind = SlideKind(name, planner, emitter, needs_body)
        self._kinds[name] = kind
        return kind

    def get(self, name: str) -> SlideKind:
        """The kind ``name``; KeyError listing the known kinds."""
        try:
            return self._kinds[name]
        except KeyError:
            raise KeyError(
                f"no PowerPoint slide kind {name!r}; known: {', '.join(self._kinds)}"
            ) from None

    def __contains__(self, name: object) -> bool:
        return name in self._kinds

    @property
    def names(self) -> tuple[str, ...]:
        """Every registered kind, in registration order."""
        return tuple(self._kinds)


KINDS = SlideKindRegistry()
"""The slide kinds of the PowerPoint renderer (filled by :mod:`.kinds`)."""
