"""Walking the model: every bilingual text inside a record, in document order."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import Any

from councilkit.model import BilingualText

_SKIPPED_FIELDS = frozenset({"loc", "documents"})


def iter_texts(obj: Any) -> Iterator[BilingualText]:
    """Every :class:`BilingualText` reachable from ``obj`` (a group's documents excluded:
    they are walked on their own, with their own status)."""
    if isinstance(obj, BilingualText):
        yield obj
    elif isinstance(obj, tuple):
        for item in obj:
            yield from iter_texts(item)
    elif dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        for f in dataclasses.fields(obj):
            if f.name not in _SKIPPED_FIELDS:
                yield from iter_texts(getattr(obj, f.name))


def iter_records(obj: Any, kind: type[Any]) -> Iterator[Any]:
    """Every record of type ``kind`` reachable from ``obj``."""
    if isinstance(obj, kind):
        yield obj
    if isinstance(obj, tuple):
        for item in obj:
            yield from iter_records(item, kind)
    elif dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        for f in dataclasses.fields(obj):
            if f.name not in _SKIPPED_FIELDS:
                yield from iter_records(getattr(obj, f.name), kind)
