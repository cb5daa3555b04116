"""Walking the model: every record of a kind inside a record, in document order.

A walk goes only into the fields whose declared type can hold a record of the kind asked
for, directly or further down (a field typed ``Slide`` holds any kind of slide): finding
the tables of a deck does not look inside every text of it. What each field can hold is
worked out once per record type and kind, from the model's type hints.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Iterator
from typing import Any

from councilkit.model import BilingualText

_SKIPPED_FIELDS = frozenset({"loc", "documents"})


def iter_texts(obj: Any) -> Iterator[BilingualText]:
    """Every :class:`BilingualText` reachable from ``obj`` (a group's documents excluded:
    they are walked on their own, with their own status)."""
    return iter_records(obj, BilingualText)


def iter_records(obj: Any, kind: type[Any]) -> Iterator[Any]:
    """Every record of type ``kind`` reachable from ``obj`` (a group's documents
    excluded), in document order. (What is left to visit is kept on a stack, the next
    last: one generator for the whole walk, not one per record.)"""
    stack = [obj]
    while stack:
        obj = stack.pop()
        if isinstance(obj, kind):
            yield obj
        if isinstance(obj, tuple):
            stack.extend(reversed(obj))
            continue
        names = _WALKED.get((type(obj), kind))
        if names is None:
            names = _WALKED[type(obj), kind] = _walked(type(obj), kind)
        for name in reversed(names):
            stack.append(getattr(obj, name))


_WALKED: dict[tuple[type[Any], type[Any]], tuple[str, ...]] = {}
"""The fields walked, by record type and kind (they depend on the code alone)."""


def _walked(cls: type[Any], kind: type[Any]) -> tuple[str, ...]:
    """The fields of record type ``cls`` (none when it is not a record) that may hold a
    ``kind``, in declaration order."""
    if not dataclasses.is_dataclass(cls):
        return ()
    hints = _hints(cls)
    return tuple(
        f.name
        for f in dataclasses.fields(cls)
        if f.name not in _SKIPPED_FIELDS
        and (hints is None or f.name not in hints or _may_hold(hints[f.name], kind))
    )


_HINTS: dict[type[Any], dict[str, Any] | None] = {}


def _hints(cls: type[Any]) -> dict[str, Any] | None:
    """The type hints of ``cls``; None when they cannot be read (then every field is
    walked)."""
    if cls not in _HINTS:
        try:
            _HINTS[cls] = typing.get_type_hints(cls)
        except Exception:  # a hint naming what its module cannot see: walk everything
            _HINTS[cls] = None
    return _HINTS[cls]


def _may_hold(hint: Any, kind: type[Any]) -> bool:
    """True when a value declared as ``hint`` may be, or hold, a ``kind``."""
    return any(cls is None or _reaches(cls, kind) for cls in _types_of(hint))


_REACHES: dict[tuple[type[Any], type[Any]], bool] = {}


def _reaches(start: type[Any], kind: type[Any]) -> bool:
    """True when an instance of ``start`` may be, or hold, a ``kind``."""
    if (start, kind) in _REACHES:
        return _REACHES[start, kind]
    seen: set[type[Any]] = set()
    pending: list[type[Any] | None] = [start]
    found = False
    while pending and not found:
        cls = pending.pop()
        if cls is None or issubclass(cls, kind):
            found = True
        elif cls not in seen:
            seen.add(cls)
            if dataclasses.is_dataclass(cls):
                hints = _hints(cls)
                if hints is None:
                    found = True
                    break
                for f in dataclasses.fields(cls):
                    if f.name not in _SKIPPED_FIELDS:
                        pending.extend(_types_of(hints.get(f.name, Any)))
    _REACHES[start, kind] = found
    return found


def _types_of(hint: Any) -> Iterator[type[Any] | None]:
    """The classes a value declared as ``hint`` may be an instance of (subclasses
    included); None for a hint that says nothing (``Any``)."""
    origin = typing.get_origin(hint)
    if origin is not None and origin is not typing.ClassVar:
        if origin in (typing.Union, types.UnionType) or isinstance(origin, type):
            if isinstance(origin, type) and origin not in (tuple, list, frozenset, set, dict):
                yield from _with_subclasses(origin)
            for argument in typing.get_args(hint):
                if argument is not Ellipsis:
                    yield from _types_of(argument)
            return
        yield None
        return
    if hint is None or hint is type(None):
        return
    if isinstance(hint, type) and hint is not object:
        yield from _with_subclasses(hint)
        return
    yield None


def _with_subclasses(cls: type[Any]) -> Iterator[type[Any]]:
    yield cls
    for sub in type.__subclasses__(cls):
        yield from _with_subclasses(sub)
