"""Turning a checked node tree into model records, collecting every problem on the way.

The conversion is driven by the model's own type hints and field declarations
(:mod:`councilkit.model.schema`), so a new record or slide kind needs no loader code.
A value that cannot be converted is reported and replaced by :data:`INVALID`; its parent
then cannot be built either, but its siblings are still read, so that one run reports
every problem in the file.
"""

from __future__ import annotations

import dataclasses
import datetime
import enum
import re
import types
import typing
from collections.abc import Callable
from typing import Any

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from councilkit.diagnostics import Location
from councilkit.loader.nodes import INVALID, did_you_mean, is_null
from councilkit.loader.nodes import entries as mapping_entries
from councilkit.loader.scalars import ScalarReader
from councilkit.loader.source import SourceFile
from councilkit.loader.unknown import allowed_fields, closest, quote_advice
from councilkit.model.schema import (
    LOCATION_OF,
    ContentPath,
    FieldSpec,
    Ref,
    Variant,
    field_spec,
)
from councilkit.model.slides import Slide
from councilkit.model.text import BilingualText

FINGERPRINT_KEY = "translated_from"
BILINGUAL_KEYS = ("en", "fr", FINGERPRINT_KEY)
PathResolver = Callable[[str, Location], str | None]
"""Checks a path written in content and returns it relative to the content folder."""


class Converter(ScalarReader):
    """Converts the nodes of one file into model records."""

    def __init__(self, source: SourceFile, resolve_path: PathResolver) -> None:
        super().__init__(source)
        self.resolve_path = resolve_path
        self.incomplete = False
        """True when a record was built without some of its slides (each reported): it
        may be checked, never built."""

    # -- entry points --------------------------------------------------------------

    def record(
        self,
        node: Node,
        cls: type[Any],
        *,
        skip: frozenset[str] = frozenset(),
        extra: dict[str, Any] | None = None,
    ) -> Any:
        """Convert a mapping into ``cls``; ``skip`` names keys read elsewhere (``schema``),
        ``extra`` gives values for fields the loader fills itself (``id``)."""
        if not isinstance(node, MappingNode):
            return self.expected(node, "a mapping of fields (key: value lines)")
        if _is_family(cls):
            return self._variant(node, cls, skip, extra or {})
        return self._dataclass(node, cls, skip, extra or {})

    # -- dispatch on the declared type ---------------------------------------------

    def value(self, node: Node, tp: Any, name: str, spec: FieldSpec) -> Any:
        origin = typing.get_origin(tp)
        if origin in (types.UnionType, typing.Union):
            inner = [a for a in typing.get_args(tp) if a is not type(None)]
            if is_null(node):
                return None
            return self.value(node, inner[0], name, spec)
        if origin is tuple:
            return self._sequence(node, typing.get_args(tp)[0], name, spec)
        if tp is BilingualText:
            return self._bilingual(node, name)
        if tp is Ref:
            text = self.text(node, name, spec)
            return INVALID if text is INVALID else Ref(text, self.source.at(node))
        if tp is ContentPath:
            return self._content_path(node, name)
        if tp is str:
            return self.text(node, name, spec)
        if tp is bool:
            return self.boolean(node, name)
        if tp is int:
            return self.integer(node, name)
        if tp is float:
            return self.number(node, name)
        if tp is datetime.date:
            return self.date(node, name)
        if isinstance(tp, type) and issubclass(tp, enum.Enum):
            return self.choice(node, tp, name)
        if _is_family(tp) or (isinstance(tp, type) and dataclasses.is_dataclass(tp)):
            return self.record(node, tp)
        raise TypeError(f"the loader cannot read fields of type {tp!r}")  # a model bug

    # -- records -------------------------------------------------------------------

    def _dataclass(
        self, node: MappingNode, cls: type[Any], skip: frozenset[str], extra: dict[str, Any]
    ) -> Any:
        entries = mapping_entries(node)
        known: set[str] = set(skip)
        values: dict[str, Any] = dict(extra)
        ok = True
        for f, spec, tp in _plan(cls):
            if f.name == "loc":
                values["loc"] = self.source.at(node)
                continue
            if LOCATION_OF in f.metadata:
                written = entries.get(f.metadata[LOCATION_OF])
                values[f.name] = self.source.at(written[1] if written else node)
                continue
            if not spec.read or f.name in extra:
                continue
            if spec.inline:
                known.update(BILINGUAL_KEYS)
                value = self._inline_bilingual(node, entries, f, tp)
            else:
                key = spec.key or f.name
                known.add(key)
                if key in entries:
                    value = self.value(entries[key][1], tp, key, spec)
                    if value is None and not _optional(tp):
                        value = self._missing(node, cls, key, spec, empty=entries[key][1])
                elif _has_default(f):
                    continue
                else:
                    value = self._missing(node, cls, key, spec)
            if value is INVALID:
                ok = False
            else:
                values[f.name] = value
        self._unknown_keys(node, known, cls)
        return cls(**values) if ok else INVALID

    def _variant(
        self, node: MappingNode, family: type[Variant], skip: frozenset[str], extra: dict[str, Any]
    ) -> Any:
        variants = family.VARIANTS
        entries = mapping_entries(node)
        if variants.by is None:
            tag = next((k for k in entries if variants.get(k) is not None), None)
            if tag is None:
                choices = ", ".join(f"'{t}'" for t in variants.tags)
                self.report(
                    self.source.at(node),
                    "unknown-variant",
                    f"cannot tell what kind of {variants.family} this is: it needs one of "
                    f"the keys {choices}",
                )
                self._unknown_keys(node, set(variants.tags), family)
                return INVALID
            return self._dataclass(node, variants.types[tag], skip, extra)
        if variants.by not in entries:
            known = ", ".join(variants.tags)
            self.report(
                self.source.at(node),
                "missing-field",
                f"missing '{variants.by}:' that says which {variants.family} this is "
                f"(one of: {known})",
            )
            return INVALID
        _, value_node = entries[variants.by]
        tag = self.text(value_node, variants.by, FieldSpec())
        if tag is INVALID:
            return INVALID
        cls = variants.get(tag)
        if cls is None:
            self.report(
                self.source.at(value_node),
                "unknown-kind",
                f"unknown {variants.family} '{tag}'{did_you_mean(tag, variants.tags)} "
                f"(known: {', '.join(variants.tags)})",
            )
            return INVALID
        return self._dataclass(node, cls, skip | {variants.by}, extra)

    def _unknown_keys(self, node: MappingNode, known: set[str], cls: type[Any]) -> None:
        for key, (key_node, _) in mapping_entries(node).items():
            if key in known:
                continue
            advice = quote_advice(node, key)
            if advice is None:
                near = closest(key, known)
                suggestion = f"; did you mean '{near}'?" if near else ""
                listed = "" if cls is BilingualText else f" ({allowed_fields(key, sorted(known))})"
                advice = f"{suggestion}{listed}"
            else:
                advice = f": {advice}"
            self.report(
                self.source.at(key_node),
                "unknown-field",
                f"unknown field '{key}' in {_describe(cls)}{advice}",
            )

    def _missing(
        self,
        node: Node,
        cls: type[Any],
        key: str,
        spec: FieldSpec,
        *,
        empty: Node | None = None,
    ) -> Any:
        if empty is not None:
            where, message = self.source.at(empty), f"'{key}' is empty; give it a value"
        else:
            where = self.source.at(node)
            message = f"missing required field '{key}' in {_describe(cls)}; add '{key}:'"
        if spec.help:
            message += f" ({spec.help})"
        self.report(where, "missing-field", message)
        return INVALID

    # -- bilingual text ------------------------------------------------------------

    def _bilingual(self, node: Node, name: str) -> Any:
        if isinstance(node, ScalarNode) and not is_null(node):
            self.report(
                self.source.at(node),
                "not-bilingual",
                f"'{name}' must be given in both languages, on two lines 'en: …' and 'fr: …'",
            )
            return INVALID
        if not isinstance(node, MappingNode):
            return self.expected(node, "a text in both languages ('en:' and 'fr:')", name)
        entries = mapping_entries(node)
        self._unknown_keys(node, set(BILINGUAL_KEYS), BilingualText)
        return self._bilingual_from(node, entries)

    def _inline_bilingual(
        self,
        node: MappingNode,
        entries: dict[str, tuple[Node, Node]],
        f: dataclasses.Field[Any],
        tp: Any,
    ) -> Any:
        if "en" not in entries and "fr" not in entries:
            if _optional(tp):
                return None
            self.report(
                self.source.at(node),
                "missing-field",
                f"missing text in {_describe_owner(f)}; add 'en:' and 'fr:'",
            )
            return INVALID
        return self._bilingual_from(node, entries)

    def _bilingual_from(self, node: Node, entries: dict[str, tuple[Node, Node]]) -> Any:
        texts: dict[str, str | None] = {}
        ok = True
        for lang in ("en", "fr"):
            if lang not in entries:
                texts[lang] = None
                continue
            value_node = entries[lang][1]
            if is_null(value_node):
                texts[lang] = None
                continue
            text = self.text(value_node, lang, FieldSpec())
            if text is INVALID:
                ok = False
            else:
                texts[lang] = text.strip() or None
        translated_from = None
        if FINGERPRINT_KEY in entries:
            value = self.text(
                entries[FINGERPRINT_KEY][1],
                FINGERPRINT_KEY,
                FieldSpec(pattern=r"[0-9a-f]{10}", help="it is written by 'councilkit i18n'"),
            )
            ok = ok and value is not INVALID
            translated_from = None if value is INVALID else value
        if not ok:
            return INVALID
        return BilingualText(
            en=texts["en"],
            fr=texts["fr"],
            translated_from=translated_from,
            loc=self.source.at(node),
        )

    # -- sequences and scalars -----------------------------------------------------

    def _sequence(self, node: Node, item_tp: Any, name: str, spec: FieldSpec) -> Any:
        if not isinstance(node, SequenceNode):
            return self.expected(node, "a list (lines starting with '- ')", name)
        items = [self.value(child, item_tp, name, spec) for child in node.value]
        if any(i is INVALID for i in items):
            if item_tp is not Slide:
                return INVALID
            # a deck's other slides are still checked (titles, references, layouts): nothing
            # on one slide depends on another's fields. The deck is then only partial.
            self.incomplete = True
            return tuple(i for i in items if i is not INVALID)
        return tuple(items)

    def _content_path(self, node: Node, name: str) -> Any:
        text = self.text(node, name, FieldSpec())
        if text is INVALID:
            return INVALID
        where = self.source.at(node)
        resolved = self.resolve_path(text, where)
        return INVALID if resolved is None else ContentPath(path=resolved, loc=where)


def _is_family(cls: type[Any]) -> bool:
    return isinstance(cls, type) and issubclass(cls, Variant) and "VARIANTS" in cls.__dict__


def _optional(tp: Any) -> bool:
    return type(None) in typing.get_args(tp)


def _has_default(f: dataclasses.Field[Any]) -> bool:
    return f.default is not dataclasses.MISSING or f.default_factory is not dataclasses.MISSING


_PLANS: dict[type[Any], tuple[tuple[dataclasses.Field[Any], FieldSpec, Any], ...]] = {}


def _plan(cls: type[Any]) -> tuple[tuple[dataclasses.Field[Any], FieldSpec, Any], ...]:
    """Each field of record type ``cls`` with its content declaration and type (computed
    once per type: reading type hints is slow)."""
    if cls not in _PLANS:
        hints = typing.get_type_hints(cls)
        _PLANS[cls] = tuple((f, field_spec(f), hints[f.name]) for f in dataclasses.fields(cls))
    return _PLANS[cls]


def _describe(cls: type[Any]) -> str:
    words = re.sub(r"(?<!^)(?=[A-Z])", " ", cls.__name__).lower()
    return {"bilingual text": "this text (only 'en' and 'fr' may be given)"}.get(words, words)


def _describe_owner(f: dataclasses.Field[Any]) -> str:
    return "this item" if f.name == "text" else f"'{f.name}'"
