"""JSON Schemas (2020-12) of the three kinds of content file, made from the model.

Every record becomes a definition with ``additionalProperties: false``; a family told apart
by ``kind`` (documents, slides) becomes an ``if``/``then`` per kind, so that an editor
completes the fields of the kind written; blocks, told apart by their key, become a
``oneOf``. Texts are objects with ``en`` and ``fr`` (both required) and the
``translated_from`` fingerprint that ``councilkit i18n`` writes. Each field carries its
description in English and French.
"""

from __future__ import annotations

import dataclasses
import datetime
import enum
import typing
from typing import Any

from councilkit.model import ContentPath, Document, ProjectSettings, Ref, WorkingGroup
from councilkit.model.schema import FieldSpec
from councilkit.model.text import BilingualText
from councilkit.schema.descriptions import FIELDS, Bilingual, record_description
from councilkit.schema.fields import (
    NO_DEFAULT,
    SCHEMA_VERSION,
    ContentField,
    bilingual_fields,
    content_fields,
    family_tag,
    is_family,
)

DIALECT = "https://json-schema.org/draft/2020-12/schema"
FILES: dict[str, type[Any]] = {
    "project.schema.json": ProjectSettings,
    "group.schema.json": WorkingGroup,
    "document.schema.json": Document,
}
"""Each schema file and the record a content file of that kind holds."""

FIELDS_SCHEMA = FIELDS["schema"]
_TITLES = {
    "project.schema.json": "councilkit project.yaml",
    "group.schema.json": "councilkit group.yaml",
    "document.schema.json": "councilkit document (mandate, terms of reference, deck)",
}


def all_schemas() -> dict[str, dict[str, Any]]:
    """Every schema, by file name."""
    return {name: file_schema(name) for name in FILES}


def file_schema(name: str) -> dict[str, Any]:
    """The schema of the content files described by ``name`` (such as ``group.schema.json``)."""
    builder = _Builder(top=FILES[name])
    root = builder.reference(FILES[name])
    schema: dict[str, Any] = {"$schema": DIALECT, "title": _TITLES[name]}
    schema.update(builder.definitions.pop(root))
    schema["$defs"] = dict(sorted(builder.definitions.items()))
    return schema


def description(text: Bilingual) -> str:
    """A description in both languages, English first."""
    return f"{text[0]}\n\n{text[1]}"


class _Builder:
    """Collects the definitions one schema file needs."""

    def __init__(self, *, top: type[Any]) -> None:
        self.top = top
        self.definitions: dict[str, dict[str, Any]] = {}

    def reference(self, cls: type[Any]) -> str:
        """The name of the definition of ``cls``, built on first use."""
        name = cls.__name__
        if name not in self.definitions:
            self.definitions[name] = {}  # placeholder: records may refer to themselves
            if cls is BilingualText:
                self.definitions[name] = self._record(cls, bilingual_fields())
            elif is_family(cls):
                self.definitions[name] = self._family(cls)
            else:
                self.definitions[name] = self._record(cls, content_fields(cls))
        return name

    def _ref(self, cls: type[Any]) -> dict[str, Any]:
        return {"$ref": f"#/$defs/{self.reference(cls)}"}

    def _family(self, cls: type[Any]) -> dict[str, Any]:
        variants = cls.VARIANTS
        doc = record_description(cls.__name__)
        if variants.by is None:  # told apart by which key the mapping has
            schema: dict[str, Any] = {
                "oneOf": [self._ref(t) for t in dict.fromkeys(variants.types.values())]
            }
        else:
            key = variants.by
            schema = {
                "type": "object",
                "required": [key],
                "properties": {
                    key: {"enum": list(variants.tags), "description": description(FIELDS[key])}
                },
                "allOf": [
                    {
                        "if": {"properties": {key: {"const": tag}}, "required": [key]},
                        "then": self._ref(t),
                    }
                    for tag, t in variants.types.items()
                ],
            }
        if doc is not None:
            schema["description"] = description(doc)
        return schema

    def _record(self, cls: type[Any], fields: tuple[ContentField, ...]) -> dict[str, Any]:
        properties: dict[str, Any] = {}
        required: list[str] = []
        if issubclass(cls, self.top):  # the file's record, or one of its kinds
            properties["schema"] = {
                "const": SCHEMA_VERSION,
                "description": description(FIELDS_SCHEMA),
            }
            required.append("schema")
        tagged = family_tag(cls)
        if tagged is not None:
            key, tag = tagged
            properties[key] = {"const": tag, "description": description(FIELDS[key])}
            required.append(key)
        for f in fields:
            properties[f.key] = self._field(f)
            if f.required:
                required.append(f.key)
        schema: dict[str, Any] = {"type": "object"}
        doc = record_description(cls.__name__)
        if doc is not None:
            schema["description"] = description(doc)
        schema["properties"] = properties
        if required:
            schema["required"] = required
        schema["additionalProperties"] = False
        inline = [f.key for f in fields if f.key in ("en", "fr") and not f.required]
        if inline:  # an optional text written inline: both languages or neither
            schema["dependentRequired"] = {"en": ["fr"], "fr": ["en"]}
        return schema

    def _field(self, f: ContentField) -> dict[str, Any]:
        value = self.value(f.value_type, f.spec)
        schema = dict(value)
        if f.optional:
            schema = {"anyOf": [value, {"type": "null"}]}
        schema["description"] = description(f.description)
        if f.default is not NO_DEFAULT:
            schema["default"] = f.default
        return schema

    def value(self, tp: Any, spec: FieldSpec) -> dict[str, Any]:
        """The schema of one value of type ``tp``."""
        if typing.get_origin(tp) is tuple:
            return {"type": "array", "items": self.value(typing.get_args(tp)[0], spec)}
        if tp is str or tp is Ref or tp is ContentPath:
            schema: dict[str, Any] = {"type": "string"}
            if spec.pattern:
                schema["pattern"] = f"^(?:{spec.pattern})$"
            return schema
        if tp is bool:
            return {"type": "boolean"}
        if tp is int:
            return {"type": "integer", "minimum": 0}
        if tp is float:
            return {"type": "number"}
        if tp is datetime.date:
            return {"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"}
        if isinstance(tp, type) and issubclass(tp, enum.Enum):
            return {"type": "string", "enum": [m.value for m in tp]}
        if is_family(tp) or (isinstance(tp, type) and dataclasses.is_dataclass(tp)):
            return self._ref(tp)
        raise TypeError(f"no schema for fields of type {tp!r}")  # a model bug
