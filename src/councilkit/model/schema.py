"""How model fields are written in content: the small vocabulary the loader reads.

The model declares, next to each field, the key it is written under, whether a bilingual
text is written inline (``en:`` and ``fr:`` directly in the record), and help for people.
It says nothing of files or of YAML itself; any loader can read these declarations.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, ClassVar, TypeVar

from councilkit.diagnostics import Location

T = TypeVar("T")

SLUG_PATTERN = r"[a-z0-9][a-z0-9-]*"
SLUG_HELP = "use lower-case letters, digits and hyphens, starting with a letter or digit"


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """How one field is written in content."""

    key: str | None = None
    inline: bool = False
    pattern: str | None = None
    help: str | None = None
    read: bool = True


def spec(
    *,
    default: Any = dataclasses.MISSING,
    factory: Callable[[], Any] | None = None,
    key: str | None = None,
    inline: bool = False,
    pattern: str | None = None,
    help: str | None = None,
    read: bool = True,
) -> Any:
    """A dataclass field with content metadata (a typed wrapper of :func:`dataclasses.field`).

    ``read=False`` marks a field the loader fills itself (an id taken from a file name).
    """
    spec_ = FieldSpec(key=key, inline=inline, pattern=pattern, help=help, read=read)
    metadata = {"councilkit": spec_}
    if factory is not None:
        return field(default_factory=factory, metadata=metadata)
    return field(default=default, metadata=metadata)


def location() -> Any:
    """The ``loc`` field every record carries: where it was written, ignored in comparisons."""
    return field(default=None, compare=False, repr=False)


def location_of(key: str) -> Any:
    """A field the loader fills with where the value of ``key`` is written (the record's
    own position when the key is left out), so a rule can point at that one value."""
    return field(
        default=None,
        compare=False,
        repr=False,
        metadata={"councilkit": FieldSpec(read=False), LOCATION_OF: key},
    )


LOCATION_OF = "councilkit.location_of"
"""The metadata key of a :func:`location_of` field."""


def field_spec(f: dataclasses.Field[Any]) -> FieldSpec:
    """The content metadata of a dataclass field (defaults when none was declared)."""
    found = f.metadata.get("councilkit")
    return found if isinstance(found, FieldSpec) else FieldSpec()


@dataclass(frozen=True, slots=True)
class Ref:
    """A reference by id to something declared elsewhere (a member, a document, a group)."""

    id: str
    loc: Location | None = field(default=None, compare=False, repr=False)

    def __str__(self) -> str:
        return self.id


@dataclass(frozen=True, slots=True)
class ContentPath:
    """A file inside the content folder (an image), relative to the content folder, with
    ``/`` separators. The loader has checked that it exists and stays inside the folder."""

    path: str
    loc: Location | None = field(default=None, compare=False, repr=False)


class Variants:
    """A family of record types that content tells apart, by a tag value or by a key.

    ``by="kind"`` picks the type from the value of the ``kind`` key (slides, documents);
    ``by=None`` picks it from which tag key the mapping has (blocks: ``bullets:``, ``table:``).
    The registry fails loudly: a duplicate tag is a programming error, and an unknown tag
    is reported to the author with the list of known ones.
    """

    def __init__(self, family: str, *, by: str | None) -> None:
        self.family = family
        self.by = by
        self._types: dict[str, type[Any]] = {}

    def register(self, *tags: str) -> Callable[[type[T]], type[T]]:
        """Class decorator: register a record type under one or more tags."""

        def decorate(cls: type[T]) -> type[T]:
            for tag in tags:
                if tag in self._types:
                    raise ValueError(f"{self.family} tag {tag!r} is registered twice")
                self._types[tag] = cls
            return cls

        return decorate

    def get(self, tag: str) -> type[Any] | None:
        """The type registered under ``tag``."""
        return self._types.get(tag)

    @property
    def types(self) -> dict[str, type[Any]]:
        """Every registered type by tag (a copy)."""
        return dict(self._types)

    @property
    def tags(self) -> tuple[str, ...]:
        """Every registered tag, in registration order."""
        return tuple(self._types)


class Variant:
    """Base of a record family; subclasses set ``VARIANTS`` once, at the family's root."""

    VARIANTS: ClassVar[Variants]
