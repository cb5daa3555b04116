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

Files are written with the standard library's ElementTree; they are read back by
:mod:`~councilkit.i18n.xliff_reader`.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Sequence

from councilkit import __version__
from councilkit.i18n.markup import Code, Run, Token, tokens
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
