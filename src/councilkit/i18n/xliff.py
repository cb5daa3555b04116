"""XLIFF 1.2 files, written and read back.

One ``<file>`` per content file, ``original`` being its path in the content folder. Each
text is a ``<trans-unit>`` whose ``id`` is the YAML path of the text. Inline markup is
protected as paired native-code placeholders, ``<bpt>``/``<ept>``, the XLIFF 1.2 elements
for paired codes whose native form is kept in the file: ``**`` for bold, ``*`` for
italic, and ``[`` … ``](https://…)`` for a link. ``<g>`` would hide the link's address;
with ``<ept>`` the address travels with the unit, and a translator may point a link at
the French page (translation tools show codes as tags and keep them). Codes carry
``ctype`` (``bold``, ``italic``, ``link``) so tools show them for what they are.

A unit carries two notes: the context for the translator (document, slide or section),
and, from ``councilkit-fingerprint``, the fingerprint of the source text, which import
compares with the content's current source. The state of a target says what it needs:
``needs-review-translation`` when the source changed after it was made.

Files are written with the standard library's ElementTree. Files read back are refused
when they declare a document type (no entity can be expanded or fetched).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import Path

from councilkit import __version__
from councilkit.diagnostics import Location
from councilkit.i18n.exchange import (
    ReturnedUnit,
    TranslationFile,
    TranslationFileError,
)
from councilkit.i18n.markup import LINK_CLOSE, Code, Run, Token, join, tokens
from councilkit.i18n.units import ContentFile, State, TranslationUnit
from councilkit.model import Language, MarkupError

NS = "urn:oasis:names:tc:xliff:document:1.2"
XML_NS = "http://www.w3.org/XML/1998/namespace"
FINGERPRINT_NOTE = "councilkit-fingerprint"
DATATYPE = "x-councilkit-markup"
LANGUAGE_TAGS = {Language.EN: "en-CA", Language.FR: "fr-CA"}
DONE_STATES = frozenset({"translated", "final", "signed-off"})

_STATES = {
    State.TRANSLATED: "translated",
    State.STALE: "needs-review-translation",
}


def _q(name: str) -> str:
    return f"{{{NS}}}{name}"


# -- writing ----------------------------------------------------------------------------


def write_xliff(file: ContentFile, units: Sequence[TranslationUnit]) -> bytes:
    """The XLIFF 1.2 document for ``units`` of ``file``."""
    ET.register_namespace("", NS)
    root = ET.Element(_q("xliff"), {"version": "1.2"})
    element = ET.SubElement(
        root,
        _q("file"),
        {
            "original": file.relpath,
            "source-language": LANGUAGE_TAGS[file.source_language],
            "target-language": LANGUAGE_TAGS[file.target_language],
            "datatype": DATATYPE,
        },
    )
    header = ET.SubElement(element, _q("header"))
    ET.SubElement(
        header,
        _q("tool"),
        {"tool-id": "councilkit", "tool-name": "councilkit", "tool-version": __version__},
    )
    note = ET.SubElement(header, _q("note"))
    note.text = (
        f"{file.label}: texts of {file.relpath}. Keep the tags: they are bold, italic and "
        "links. A link's address may be changed to the page in the target language."
    )
    body = ET.SubElement(element, _q("body"))
    for unit in units:
        _unit(body, unit)
    ET.indent(root, space="  ")
    data: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=False)
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + data + b"\n"


def _unit(body: ET.Element, unit: TranslationUnit) -> None:
    source_tokens = tokens(unit.source or "")
    element = ET.SubElement(
        body, _q("trans-unit"), {"id": unit.id, f"{{{XML_NS}}}space": "preserve"}
    )
    _inline(ET.SubElement(element, _q("source")), source_tokens)
    if unit.target and unit.state in _STATES:
        try:
            target_tokens = _match_ids(tokens(unit.target), source_tokens)
        except MarkupError:
            target_tokens = [Run(unit.target)]
        target = ET.SubElement(element, _q("target"), {"state": _STATES[unit.state]})
        _inline(target, target_tokens)
    context = ET.SubElement(element, _q("note"), {"from": "councilkit"})
    context.text = unit.context
    stamp = ET.SubElement(
        element, _q("note"), {"from": FINGERPRINT_NOTE, "priority": "10", "annotates": "source"}
    )
    stamp.text = unit.source_fingerprint


def _inline(parent: ET.Element, items: Sequence[Token]) -> None:
    last: ET.Element | None = None
    for item in items:
        if isinstance(item, Run):
            if last is None:
                parent.text = (parent.text or "") + item.text
            else:
                last.tail = (last.tail or "") + item.text
            continue
        if item.opens:
            last = ET.SubElement(parent, _q("bpt"), {"id": str(item.id), "ctype": item.kind})
        else:
            last = ET.SubElement(parent, _q("ept"), {"id": str(item.id)})
        last.text = item.native


def _match_ids(target: list[Token], source: list[Token]) -> list[Token]:
    """The target's codes numbered like the source's: the n-th bold of the target gets
    the id of the n-th bold of the source."""
    by_kind: dict[str, list[int]] = {}
    for item in source:
        if isinstance(item, Code) and item.opens:
            by_kind.setdefault(item.kind, []).append(item.id)
    spare = max((i.id for i in source if isinstance(i, Code)), default=0)
    ids: dict[int, int] = {}
    out: list[Token] = []
    for item in target:
        if isinstance(item, Code):
            if item.id not in ids:
                free = by_kind.get(item.kind, [])
                if free:
                    ids[item.id] = free.pop(0)
                else:
                    spare += 1
                    ids[item.id] = spare
            item = Code(ids[item.id], item.kind, item.opens, item.native)
        out.append(item)
    return out


# -- reading ----------------------------------------------------------------------------


def read_xliff(path: Path, display: str) -> list[TranslationFile]:
    """Every ``<file>`` of the XLIFF 1.2 document at ``path``; raises
    :class:`TranslationFileError` when it is not one."""
    start = Location(display)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise TranslationFileError(start, f"cannot read this file: {exc.strerror}") from exc
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        raise TranslationFileError(
            start, "this file declares a document type; XLIFF files do not need one"
        )
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        line, column = exc.position
        raise TranslationFileError(
            Location(display, line, column + 1), f"this is not well-formed XML: {exc}"
        ) from exc
    if root.tag != _q("xliff"):
        raise TranslationFileError(
            start,
            f"this is not an XLIFF 1.2 file (its root element is '{_local(root.tag)}' in "
            f"'{_namespace(root.tag) or 'no namespace'}'; expected 'xliff' in '{NS}')",
        )
    text = data.decode("utf-8", errors="replace")
    files = []
    for element in root.findall(_q("file")):
        files.append(_file(element, display, text))
    if not files:
        raise TranslationFileError(start, "this XLIFF file has no <file> element")
    return files


def _file(element: ET.Element, display: str, text: str) -> TranslationFile:
    where = Location(display)
    original = element.get("original")
    source = element.get("source-language")
    target = element.get("target-language")
    if not original or not source or not target:
        raise TranslationFileError(
            where,
            "a <file> element must have 'original', 'source-language' and 'target-language'",
        )
    result = TranslationFile(display, original, source, target)
    body = element.find(_q("body"))
    for unit in body.iter(_q("trans-unit")) if body is not None else ():
        result.units.append(_returned(unit, display, text))
    return result


def _returned(unit: ET.Element, display: str, text: str) -> ReturnedUnit:
    unit_id = unit.get("id") or ""
    where = Location(display, *_line_of(text, unit_id))
    source_element = unit.find(_q("source"))
    if source_element is None:
        raise TranslationFileError(where, f"unit '{unit_id}' has no <source>")
    try:
        source_tokens = _read_inline(source_element, _SOURCE)
    except ValueError as exc:
        raise TranslationFileError(where, f"unit '{unit_id}': in <source>: {exc}") from exc
    natives = {(t.id, t.opens): t for t in source_tokens if isinstance(t, Code)}
    fingerprint = None
    for note in unit.findall(_q("note")):
        if note.get("from") == FINGERPRINT_NOTE and note.text:
            fingerprint = note.text.strip()
    target_element = unit.find(_q("target"))
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


_SOURCE: dict[tuple[int, bool], Code] = {}
"""The natives given when reading a <source>, whose codes define the unit's tags."""


def _read_inline(element: ET.Element, natives: dict[tuple[int, bool], Code]) -> list[Token]:
    """The runs and codes of a <source> or <target>. In a target, a code's native form is
    the source's, except a link's address, which the translator may change."""
    out: list[Token] = []
    if element.text:
        out.append(Run(element.text))
    for child in element:
        name = _local(child.tag) if _namespace(child.tag) == NS else child.tag
        if name in ("bpt", "ept"):
            opens = name == "bpt"
            code_id = _code_id(child)
            native = "".join(child.itertext())
            known = natives.get((code_id, opens))
            if natives is not _SOURCE and known is None:
                raise ValueError(f"the tag {code_id} is not in the source")
            kind = known.kind if known else (child.get("ctype") or _kind_of(native))
            if known is not None and not (
                not opens and kind == "link" and LINK_CLOSE.fullmatch(native)
            ):
                native = known.native
            out.append(Code(code_id, kind, opens, native))
        elif name == "g":
            code_id = _code_id(child)
            opening = natives.get((code_id, True))
            closing = natives.get((code_id, False))
            if opening is None or closing is None:
                raise ValueError(f"the tag {code_id} is not in the source")
            out.append(opening)
            out.extend(_read_inline(child, natives))
            out.append(closing)
        elif name == "mrk":
            out.extend(_read_inline(child, natives))
        else:
            raise ValueError(f"unexpected element <{name}> (only <bpt>, <ept>, <g>, <mrk>)")
        if child.tail:
            out.append(Run(child.tail))
    return out


def _code_id(element: ET.Element) -> int:
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


def _line_of(text: str, unit_id: str) -> tuple[int, int]:
    needle = f'id="{_escape_attribute(unit_id)}"'
    offset = text.find(needle)
    if offset < 0:
        return 1, 1
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def _escape_attribute(value: str) -> str:
    return value.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _namespace(tag: str) -> str:
    return tag[1:].split("}", 1)[0] if tag.startswith("{") else ""
