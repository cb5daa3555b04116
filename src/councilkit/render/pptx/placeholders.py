"""Finding a layout's title and body placeholders by their type, for a mapping that leaves
their idx out: whatever a template numbers them, its title placeholder is the title and its
first body, object or subtitle placeholder the body."""

from __future__ import annotations

import dataclasses
from typing import Any

from pptx.enum.shapes import PP_PLACEHOLDER

from councilkit.render.pptx.layout import DeckLayout, LayoutChoice

TITLE_TYPES = (PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE)
BODY_TYPES = (PP_PLACEHOLDER.BODY, PP_PLACEHOLDER.OBJECT, PP_PLACEHOLDER.SUBTITLE)
"""Placeholders that hold a slide's body text."""


def layouts_by_name(presentation: Any) -> dict[str, Any]:
    """The template's layouts by name; the first master's layout of a name wins."""
    available: dict[str, Any] = {}
    for master in presentation.slide_masters:
        for layout in master.slide_layouts:
            available.setdefault(layout.name, layout)
    return available


def with_indexes(presentation: Any, mapping: DeckLayout) -> DeckLayout:
    """``mapping`` with the idx it leaves out found by type in the template's layouts
    (left out still when the layout, or a placeholder of that type, is missing: checking
    the layouts then names what is missing)."""
    available = layouts_by_name(presentation)
    choices: list[LayoutChoice] = []
    for choice in mapping.layouts:
        layout = available.get(choice.layout)
        if layout is not None and (choice.title is None or choice.body is None):
            choice = dataclasses.replace(
                choice,
                title=_first(layout, TITLE_TYPES) if choice.title is None else choice.title,
                body=_first(layout, BODY_TYPES) if choice.body is None else choice.body,
            )
        choices.append(choice)
    return dataclasses.replace(mapping, layouts=tuple(choices))


def _first(layout: Any, types: tuple[PP_PLACEHOLDER, ...]) -> int | None:
    """The idx of the first placeholder of ``layout`` of one of ``types``."""
    for placeholder in layout.placeholders:
        if placeholder.placeholder_format.type in types:
            idx: int = placeholder.placeholder_format.idx
            return idx
    return None


def has_body(layout: Any) -> bool:
    """True when ``layout`` has a placeholder for body text."""
    return _first(layout, BODY_TYPES) is not None
