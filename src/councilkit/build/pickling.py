"""Pickling the records of a build's payloads quickly.

The model's records are frozen dataclasses with slots: Python pickles each through
``dataclasses``' own ``__getstate__`` and ``__setstate__``, which list the class's fields
again for every record, and a group holds tens of thousands of records (most of them
:class:`~councilkit.diagnostics.Location`). Here each such record is pickled as its class
and the tuple of its field values, read with one :func:`operator.attrgetter` made once
per class, and restored by setting those fields on a new instance: the same record, field
for field (the fields left out of comparisons, such as ``loc``, included), in about half
the time each way.
"""

from __future__ import annotations

import dataclasses
import io
import operator
import pickle
from collections.abc import Callable
from typing import Any

_FIELDS: dict[type[Any], tuple[str, ...]] = {}
_READERS: dict[type[Any], Callable[[Any], tuple[Any, ...]] | None] = {}


def dumps(value: object) -> bytes:
    """``value`` pickled, frozen slotted dataclasses as their field values."""
    stream = io.BytesIO()
    _Pickler(stream, pickle.HIGHEST_PROTOCOL).dump(value)
    return stream.getvalue()


def loads(data: bytes) -> Any:
    """The value :func:`dumps` pickled (only ever bytes this build made)."""
    return pickle.loads(data)


def restore(cls: type[Any], values: tuple[Any, ...]) -> Any:
    """A record of ``cls`` with ``values`` as its fields, in their declared order."""
    record = object.__new__(cls)
    for name, value in zip(_fields(cls), values, strict=True):
        object.__setattr__(record, name, value)
    return record


class _Pickler(pickle.Pickler):
    def reducer_override(self, obj: Any) -> Any:
        cls = type(obj)
        reader = _READERS.get(cls, _UNKNOWN)
        if reader is _UNKNOWN:
            reader = _READERS[cls] = _reader(cls)
        if reader is None:
            return NotImplemented
        return restore, (cls, reader(obj))


def _UNKNOWN(record: Any) -> tuple[Any, ...]:  # a marker: the class is not looked at yet
    raise AssertionError("never called")


def _reader(cls: type[Any]) -> Callable[[Any], tuple[Any, ...]] | None:
    """What reads a record's field values, for a frozen dataclass with slots; None for
    any other class (pickled as Python does)."""
    params = getattr(cls, "__dataclass_params__", None)
    if params is None or not params.frozen or "__slots__" not in cls.__dict__:
        return None
    names = _fields(cls)
    if len(names) == 1:
        (name,) = names
        return lambda record: (getattr(record, name),)
    if not names:
        return lambda record: ()
    get: Callable[[Any], tuple[Any, ...]] = operator.attrgetter(*names)
    return get


def _fields(cls: type[Any]) -> tuple[str, ...]:
    names = _FIELDS.get(cls)
    if names is None:
        names = _FIELDS[cls] = tuple(f.name for f in dataclasses.fields(cls))
    return names
