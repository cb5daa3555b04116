"""XLIFF 1.2 files read back from translators.

The file is parsed by :mod:`~councilkit.i18n.safe_xml` (no document type, entity or
processing instruction). Its structure is then checked strictly: ``<body>`` holds
``<trans-unit>`` elements, possibly in ``<group>``; a unit holds one ``<source>``, at
most one ``<target>``, and the notes and alternatives XLIFF allows, never another unit;
a unit id appears once. Inline markup is read back from ``<bpt>``/``<ept>`` (and ``<g>``,
``<mrk>``, which tools may write); anything else inside a text is refused. Each problem
names the line of the element it is about.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from councilkit.diagnostics import Location
from councilkit.i18n import safe_xml
from councilkit.i18n.exchange import (
    ReturnedUnit,
    TranslationFile,
    TranslationFileError,
    read_translation_bytes,
)
from councilkit.i18n.markup import LINK_CLOSE, Code, Run, Token, join
from councilkit.i18n.xliff import DONE_STATES, FINGERPRINT_NOTE, NS

_UNIT_PARTS = frozenset(
    {"source", "seg-source", "target", "note", "context-group", "count-group", "prop-group"}
    | {"alt-trans"}
)
"""What XLIFF 1.2 allows in a <trans-unit>; councilkit reads <source>, <target>, <note>."""


def _q(name: str) -> str:
    return f"{{{NS}}}{name}"


def read_xliff(path: Path, display: str) -> list[TranslationFile]:
    """Every ``<file>`` of the XLIFF 1.2 document at ``path``; raises
    :class:`TranslationFileError` when it is not one."""
    root = safe_xml.parse(read_translation_bytes(path, display), display)
    if root.tag != _q("xliff"):
        raise TranslationFileError(
            _at(display, root),
            f"this is not an XLIFF 1.2 file (its root element is '{_local(root.tag)}' in "
            f"'{_namespace(root.tag) or 'no namespace'}'; expected 'xliff' in '{NS}')",
        )
    files = [_file(element, display) for element in root.findall(_q("file"))]
    if not files:
        raise TranslationFileError(
            _at(display, root), "this XLIFF file has no <file> element; export it again"
        )
    return files


def _file(element: Any, display: str) -> TranslationFile:
    original = element.get("original")
    source = element.get("source-language")
    target = element.get("target-language")
    if not original or not source or not target:
        raise TranslationFileError(
            _at(display, element),
            "a <file> element must have 'original', 'source-language' and 'target-language'",
        )
    result = TranslationFile(display, original, source, target)
    body = element.find(_q("body"))
    seen: dict[str, int] = {}
    for unit in _units(body, display) if body is not None else ():
        returned = _returned(unit, display)
        if returned.id in seen:
            raise TranslationFileError(
                returned.where,
                f"unit '{returned.id}' is in this file twice (first on line "
                f"{seen[returned.id]}); keep one of them",
            )
        seen[returned.id] = returned.where.line
        result.units.append(returned)
    return result


def _units(parent: Any, display: str) -> list[Any]:
    """The <trans-unit> elements of a <body> or <group>, in order."""
    units: list[Any] = []
    for child in _elements(parent):
        name = _name(child)
        if name == "trans-unit":
            units.append(child)
        elif name == "group":
            units.extend(_units(child, display))
        elif name != "bin-unit":
            raise TranslationFileError(
                _at(display, child),
                f"unexpected element <{name}> in <{_name(parent)}>; it holds <trans-unit> "
                "and <group> elements only",
            )
    return units


def _returned(unit: Any, display: str) -> ReturnedUnit:
    unit_id = unit.get("id") or ""
    where = _at(display, unit)
    parts: dict[str, Any] = {}
    for child in _elements(unit):
        name = _name(child)
        if name not in _UNIT_PARTS:
            raise TranslationFileError(
                _at(display, child),
                f"unit '{unit_id}': unexpected element <{name}>; a <trans-unit> holds "
                "<source>, <target> and <note> (and no other unit)",
            )
        if name in ("source", "target") and name in parts:
            raise TranslationFileError(
                _at(display, child), f"unit '{unit_id}' has two <{name}>; keep one"
            )
        parts.setdefault(name, child)
    source_element = parts.get("source")
    if source_element is None:
        raise TranslationFileError(where, f"unit '{unit_id}' has no <source>")
    try:
        source_tokens = _read_inline(source_element, None)
    except ValueError as exc:
        raise TranslationFileError(where, f"unit '{unit_id}': in <source>: {exc}") from exc
    natives = {(t.id, t.opens): t for t in source_tokens if isinstance(t, Code)}
    fingerprint = None
    for note in unit.findall(_q("note")):
        if note.get("from") == FINGERPRINT_NOTE and note.text:
            fingerprint = note.text.strip()
    target_element = parts.get("target")
    target: str | None = None
    problem = None
    done = unit.get("approved") == "yes"
    if target_element is not None:
        done = done or target_element.get("state") in DONE_STATES
        try:
            target_tokens = _read_inline(target_element, natives)
            problem = _parity(source_tokens, target_tokens)
            target = join(target_tokens)
        except ValueError as exc:
            problem = str(exc)
            target = "".join(target_element.itertext())
        if not "".join(target_element.itertext()).strip() and problem is None:
            target = None
    return ReturnedUnit(unit_id, join(source_tokens), target, fingerprint, done, where, problem)


def _read_inline(element: Any, natives: dict[tuple[int, bool], Code] | None) -> list[Token]:
    """The runs and codes of a <source> (``natives`` None) or <target>. In a target, a
    code's native form is the source's, except a link's address, which the translator
    may change."""
    out: list[Token] = []
    if element.text:
        out.append(Run(element.text))
    for child in element:
        if isinstance(child.tag, str):
            out.extend(_inline_element(child, natives))
        if child.tail:
            out.append(Run(child.tail))
    return out


def _inline_element(child: Any, natives: dict[tuple[int, bool], Code] | None) -> list[Token]:
    name = _name(child)
    if name in ("bpt", "ept"):
        opens = name == "bpt"
        code_id = _code_id(child)
        native = "".join(child.itertext())
        known = natives.get((code_id, opens)) if natives is not None else None
        if natives is not None and known is None:
            raise ValueError(f"the tag {code_id} is not in the source")
        kind = known.kind if known else (child.get("ctype") or _kind_of(native))
        if known is not None and not (
            not opens and kind == "link" and LINK_CLOSE.fullmatch(native)
        ):
            native = known.native
        if len(child):
            raise ValueError(f"a <{name}> holds only its native markup, not <{_name(child[0])}>")
        return [Code(code_id, kind, opens, native)]
    if name == "g":
        code_id = _code_id(child)
        known_natives = natives or {}
        opening = known_natives.get((code_id, True))
        closing = known_natives.get((code_id, False))
        if opening is None or closing is None:
            raise ValueError(f"the tag {code_id} is not in the source")
        return [opening, *_read_inline(child, natives), closing]
    if name == "mrk":
        return _read_inline(child, natives)
    raise ValueError(f"unexpected element <{name}> (only <bpt>, <ept>, <g>, <mrk>)")


def _code_id(element: Any) -> int:
    raw = element.get("id", "")
    if not raw.isdigit():
        raise ValueError(f"a <{_local(element.tag)}> has the id '{raw}', not a number")
    return int(raw)


def _kind_of(native: str) -> str:
    if native == "**":
        return "bold"
    if native == "*":
        return "italic"
    return "link"


def _parity(source: list[Token], target: list[Token]) -> str | None:
    """Why the target's tags do not match the source's, or None when they do."""
    wanted = sorted((t.id, t.opens) for t in source if isinstance(t, Code))
    found = sorted((t.id, t.opens) for t in target if isinstance(t, Code))
    if wanted == found:
        return None
    kinds = {t.id: t.kind for t in source if isinstance(t, Code)}
    missing = sorted({i for i, _ in set(wanted) - set(found)})
    if missing:
        names = ", ".join(f"{i} ({kinds.get(i, '?')})" for i in missing)
        return f"the translation lost the tags {names} of the source"
    return "the translation has a tag twice, or a tag the source does not have"


def _elements(parent: Any) -> list[Any]:
    """The child elements of ``parent``, comments left out."""
    return [child for child in parent if isinstance(child.tag, str)]


def _at(display: str, element: Any) -> Location:
    return Location(display, element.sourceline or 1)


def _name(element: Any) -> str:
    """An element's name: its local name in the XLIFF namespace, else as written."""
    tag: str = element.tag
    return _local(tag) if _namespace(tag) == NS else tag


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _namespace(tag: str) -> str:
    return tag[1:].split("}", 1)[0] if tag.startswith("{") else ""
