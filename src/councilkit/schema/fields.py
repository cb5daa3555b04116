"""The content fields of the model's records, read as the loader reads them.

One walk over the frozen dataclasses, their type hints and their ``spec(...)`` declarations
(:mod:`councilkit.model.schema`) gives, for each record, the keys written in content, each
with its type, whether it is required, its default and its description in both languages.
The JSON Schemas and the content reference are both made from it, so that what they say is
what the loader does.
"""

from __future__ import annotations

import dataclasses
import enum
import types
import typing
from dataclasses import dataclass
from typing import Any

from councilkit.model.schema import FieldSpec, Variant, Variants, field_spec
from councilkit.model.text import BilingualText
from councilkit.schema.descriptions import HELP_FR, Bilingual, field_description

FINGERPRINT_KEY = "translated_from"
FINGERPRINT_PATTERN = r"[0-9a-f]{10}"
SCHEMA_VERSION = 1
"""The content format the files declare (``schema: 1``), as the loader reads it."""


@dataclass(frozen=True, slots=True)
class ContentField:
    """One key of a record as written in content."""

    key: str
    type: Any
    spec: FieldSpec
    required: bool
    default: Any
    """The default as written in content (plain data), or :data:`NO_DEFAULT`."""
    description: Bilingual

    @property
    def optional(self) -> bool:
        """True when the value may be left empty (``null``)."""
        return type(None) in typing.get_args(self.type)

    @property
    def value_type(self) -> Any:
        """The type without ``None``."""
        if typing.get_origin(self.type) in (types.UnionType, typing.Union):
            return next(a for a in typing.get_args(self.type) if a is not type(None))
        return self.type


NO_DEFAULT = object()
"""The default of a field that has none written (a required field, or a computed one)."""


def is_family(cls: Any) -> bool:
    """True for the root of a record family (documents, slides, blocks)."""
    return isinstance(cls, type) and issubclass(cls, Variant) and "VARIANTS" in cls.__dict__


def family_tag(cls: type[Any]) -> tuple[str, str] | None:
    """``(key, tag)`` for a record told apart by a tag value (``("kind", "deck")``)."""
    for base in cls.__mro__[1:]:
        variants = base.__dict__.get("VARIANTS") if is_family(base) else None
        if isinstance(variants, Variants) and variants.by is not None:
            for tag, registered in variants.types.items():
                if registered is cls:
                    return variants.by, tag
    return None


def inline_fields(cls: type[Any]) -> tuple[str, ...]:
    """The names of the fields of ``cls`` whose bilingual text is written in the record."""
    return tuple(f.name for f in dataclasses.fields(cls) if field_spec(f).inline)


def content_fields(cls: type[Any]) -> tuple[ContentField, ...]:
    """Every key written in a record of type ``cls``, in declaration order; a text written
    inline gives its ``en``, ``fr`` and ``translated_from`` keys."""
    hints = typing.get_type_hints(cls)
    bases = tuple(b.__name__ for b in cls.__mro__[1:] if dataclasses.is_dataclass(b))
    found: list[ContentField] = []
    for f in dataclasses.fields(cls):
        spec = field_spec(f)
        if f.name == "loc" or not spec.read:
            continue
        tp = hints[f.name]
        if spec.inline:
            optional = type(None) in typing.get_args(tp)
            for key in ("en", "fr"):
                found.append(
                    ContentField(key, str, FieldSpec(), not optional, NO_DEFAULT, _describe(key))
                )
            found.append(_fingerprint_field())
            continue
        key = spec.key or f.name
        description = field_description(cls.__name__, key, bases)
        if description is None:
            raise LookupError(f"no description of '{key}' in {cls.__name__}")  # a model bug
        found.append(
            ContentField(
                key=key,
                type=tp,
                spec=spec,
                required=not _has_default(f),
                default=_plain_default(f),
                description=_with_help(description, spec),
            )
        )
    return tuple(found)


def bilingual_fields() -> tuple[ContentField, ...]:
    """The keys of a text in both languages: ``en``, ``fr``, and the fingerprint."""
    return (
        ContentField("en", str, FieldSpec(), True, NO_DEFAULT, _describe("en")),
        ContentField("fr", str, FieldSpec(), True, NO_DEFAULT, _describe("fr")),
        _fingerprint_field(),
    )


def _fingerprint_field() -> ContentField:
    spec = FieldSpec(pattern=FINGERPRINT_PATTERN)
    return ContentField(FINGERPRINT_KEY, str, spec, False, NO_DEFAULT, _describe(FINGERPRINT_KEY))


def _describe(key: str) -> Bilingual:
    found = field_description("", key)
    assert found is not None, key
    return found


def _with_help(description: Bilingual, spec: FieldSpec) -> Bilingual:
    if not spec.help:
        return description
    french = HELP_FR.get(spec.help)
    if french is None:
        raise LookupError(f"no French for the help {spec.help!r}")  # a model bug
    return f"{description[0]} ({spec.help})", f"{description[1]} ({french})"


def _has_default(f: dataclasses.Field[Any]) -> bool:
    return f.default is not dataclasses.MISSING or f.default_factory is not dataclasses.MISSING


def _plain_default(f: dataclasses.Field[Any]) -> Any:
    """The field's default as content would write it; records built by a factory and
    ``None`` have none to show."""
    if f.default is dataclasses.MISSING:
        return NO_DEFAULT
    return plain(f.default)


def plain(value: Any) -> Any:
    """A model value as plain data (what YAML or JSON would hold), or :data:`NO_DEFAULT`."""
    if value is None:
        return NO_DEFAULT
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, BilingualText):
        return {"en": value.en, "fr": value.fr}
    if isinstance(value, tuple):
        items = [plain(v) for v in value]
        return NO_DEFAULT if any(i is NO_DEFAULT for i in items) else items
    if isinstance(value, str | int | bool):
        return value
    return NO_DEFAULT
