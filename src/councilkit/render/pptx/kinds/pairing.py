"""Measuring both languages at once: a planner builds its paragraphs with
:func:`paired`, which builds them again in the deck's other language and hangs each
paragraph's other-language text on it (:attr:`Para.twin`). Every fit decision (size,
continuation, table rows) then takes the longer of the two texts, so slide N of the
English deck is slide N of the French deck."""

from __future__ import annotations

import dataclasses
import operator
from collections.abc import Callable
from typing import Any, TypeVar

from councilkit.localize import Localizer, Run
from councilkit.render.pptx.plan import Para, PlanContext

T = TypeVar("T")


def paired(ctx: PlanContext, make: Callable[[Localizer], T]) -> T:
    """``make(localizer)`` in the context's language, each paragraph carrying its twin
    from ``make`` in the other language (as it is when the project has one language)."""
    own = make(ctx.localizer)
    if ctx.twin is None:
        return own
    attached: T = _attach(own, make(ctx.twin))
    return attached


def _attach(own: Any, other: Any) -> Any:
    """``own`` with the runs of the matching paragraphs of ``other`` as twins; parts
    whose shapes differ are left as they are (a tuple or dataclass with nothing to
    attach is ``own`` itself)."""
    if isinstance(own, Para):
        return own.with_twin(other.runs) if isinstance(other, Para) else own
    if isinstance(own, Run) or type(own) is not type(other):
        return own
    if isinstance(own, list | tuple):
        if len(own) != len(other):
            return own
        items = [_attach(a, b) for a, b in zip(own, other, strict=True)]
        if isinstance(own, list):
            return items
        if type(own) is tuple and all(map(operator.is_, items, own)):
            return own
        return tuple(items)
    if dataclasses.is_dataclass(own) and not isinstance(own, type):
        changes = {}
        for f in dataclasses.fields(own):
            value = getattr(own, f.name)
            attached = _attach(value, getattr(other, f.name))
            if attached is not value:
                changes[f.name] = attached
        return dataclasses.replace(own, **changes) if changes else own
    return own
