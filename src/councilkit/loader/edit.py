"""Writing translations back into content files without disturbing anything else.

Translators' work comes back as "put this text in this place". A YAML round trip (load,
change, dump) would lose what people wrote around the texts: comments, blank lines, key
order, quoting, line wrapping. ruamel.yaml keeps most of that, but not all (it re-indents
sequences, re-flows some flow mappings, normalises quoting in places) and it would be a
second YAML library next to PyYAML. So this module edits the file's *text*: it composes
the file with PyYAML, which gives each node's exact start and end offsets, and replaces or
inserts only the characters of the scalars it changes. Everything else is copied byte for
byte.

How a value is written:

- a replaced scalar keeps its style (plain, single-quoted, double-quoted, folded ``>``,
  literal ``|``) when the new text can be written in that style; otherwise it becomes a
  double-quoted scalar, which can hold any text;
- an inserted target (``fr:`` where there was none) takes the style of its source (a
  folded source gives a folded translation) and goes on the line after the source, at the
  source key's indentation; in a flow mapping (``{en: …}``) it goes after the source as
  ``, fr: "…"``;
- ``translated_from: <fingerprint>`` goes on the line after the target (or replaces the
  one already there).

Every written scalar is read back with PyYAML before it is used, so a style that would
change the text is never written. Files are written atomically (temp file and
``os.replace``) by :func:`write_atomically`.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from yaml.nodes import MappingNode, Node, ScalarNode

from councilkit.atomic import write_all_atomically, write_atomically
from councilkit.loader.convert import FINGERPRINT_KEY
from councilkit.loader.locate import _entry, _find, _format
from councilkit.loader.scalar_writer import _FOLD_WIDTH, _render
from councilkit.loader.source import SourceFile, read_yaml
from councilkit.loader.text_edit import EditError, PathPart, TextEdit

__all__ = [
    "EditError",
    "PathPart",
    "TextEdit",
    "edit_file",
    "write_all_atomically",
    "write_atomically",
]


_NULL_TAG = "tag:yaml.org,2002:null"
_BOM = "\ufeff"


@dataclass(frozen=True, slots=True)
class _Splice:
    start: int
    end: int
    text: str


def edit_file(path: Path, edits: Sequence[TextEdit]) -> str:
    """The text of the file at ``path`` with ``edits`` made; raises :class:`EditError`."""
    raw = _read(path)
    bom = raw.startswith(_BOM)
    text = raw[1:] if bom else raw
    node, problems = read_yaml(SourceFile(path, path.as_posix()))
    if node is None:
        first = problems[0].message if problems else "it cannot be read"
        raise EditError(f"{path}: {first}")
    newline = "\r\n" if "\r\n" in text else "\n"
    splices: list[_Splice] = []
    for edit in edits:
        mapping = _find(node, edit.path)
        if mapping is None:
            raise EditError(f"{path}: no text at '{_format(edit.path)}'")
        splices.extend(_edit_mapping(text, mapping, edit, newline))
    result = _apply(text, splices)
    return (_BOM + result) if bom else result


def _read(path: Path) -> str:
    try:
        return path.read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise EditError(f"{path}: cannot read this file: {exc}") from exc


def _edit_mapping(text: str, mapping: MappingNode, edit: TextEdit, newline: str) -> list[_Splice]:
    flow = bool(mapping.flow_style)
    target = _entry(mapping, edit.language)
    source = _entry(mapping, edit.source_language)
    stamp = _entry(mapping, FINGERPRINT_KEY)
    splices: list[_Splice] = []
    # Where the target's entry ends: translated_from goes after it.
    after: tuple[ScalarNode, Node] | None = target
    inserted: list[tuple[str, str]] = []  # (key, rendered value) to insert after `anchor`
    anchor = source
    if edit.text is not None:
        if target is not None:
            fallback = source[1].style if source and isinstance(source[1], ScalarNode) else None
            splices.append(_replace_scalar(text, target, edit.text, flow, newline, fallback))
        else:
            if source is None:
                raise EditError(f"no '{edit.source_language}:' to put the translation after")
            style = source[1].style if isinstance(source[1], ScalarNode) else None
            indent = source[0].start_mark.column
            rendered = _render(edit.text, style, indent=indent, flow=flow, newline=newline)
            inserted.append((edit.language, rendered))
            after = None
    if stamp is not None:
        if not isinstance(stamp[1], ScalarNode):
            raise EditError("'translated_from' is not a single value")
        if stamp[1].value != edit.fingerprint:
            splices.append(_splice_node(text, stamp[1], edit.fingerprint))
    elif after is not None:
        anchor = after
        inserted_stamp = (FINGERPRINT_KEY, edit.fingerprint)
        splices.append(_insert_after(text, anchor, [inserted_stamp], flow, newline))
    else:
        inserted.append((FINGERPRINT_KEY, edit.fingerprint))
    if inserted:
        if anchor is None:
            raise EditError("nowhere to put the translation")
        splices.append(_insert_after(text, anchor, inserted, flow, newline))
    return splices


def _replace_scalar(
    text: str,
    entry: tuple[ScalarNode, Node],
    value: str,
    flow: bool,
    newline: str,
    fallback: str | None,
) -> _Splice:
    """The target scalar replaced by ``value``; an empty target (``fr:``) takes the
    style of its source (``fallback``)."""
    key, node = entry
    if not isinstance(node, ScalarNode):
        raise EditError(f"'{key.value}' is not a single text")
    style = node.style
    if node.tag == _NULL_TAG or (node.style in ('"', "'") and not node.value.strip()):
        style = fallback
    indent = key.start_mark.column
    old = text[node.start_mark.index : _content_end(text, node)]
    width = max((len(line) for line in old.splitlines()), default=0)
    rendered = _render(
        value, style, indent=indent, flow=flow, newline=newline, width=max(width, _FOLD_WIDTH)
    )
    if style in (">", "|") and rendered.startswith(style):
        header = old.split("\n", 1)[0].rstrip("\r")
        if re.fullmatch(rf"\{style}[+-]?", header):
            rendered = header + rendered[2:]
    start = node.start_mark.index
    end = _content_end(text, node)
    if start == end and not text[:start].endswith(" "):
        rendered = " " + rendered  # an empty value right after 'fr:'
    return _Splice(start, end, rendered)


def _splice_node(text: str, node: ScalarNode, value: str) -> _Splice:
    return _Splice(node.start_mark.index, _content_end(text, node), value)


def _content_end(text: str, node: Node) -> int:
    """Where the node's own characters end: block scalars' trailing line breaks and
    blank lines belong to what follows."""
    end: int = node.end_mark.index
    while end > node.start_mark.index and text[end - 1] in " \t\r\n":
        end -= 1
    return end


def _insert_after(
    text: str,
    entry: tuple[ScalarNode, Node],
    items: list[tuple[str, str]],
    flow: bool,
    newline: str,
) -> _Splice:
    key, node = entry
    end = _content_end(text, node)
    if flow:
        addition = "".join(f", {name}: {value}" for name, value in items)
        return _Splice(end, end, addition)
    line_end = text.find("\n", end)
    if line_end == -1:
        line_end = len(text)
    elif line_end > 0 and text[line_end - 1] == "\r":
        line_end -= 1
    indent = " " * key.start_mark.column
    addition = "".join(f"{newline}{indent}{name}: {value}" for name, value in items)
    return _Splice(line_end, line_end, addition)


def _apply(text: str, splices: list[_Splice]) -> str:
    ordered = sorted(splices, key=lambda s: (s.start, s.end))
    for before, after in itertools.pairwise(ordered):
        if after.start < before.end:
            raise EditError("two changes overlap in one text")
    pieces: list[str] = []
    position = 0
    for splice in ordered:  # one pass: a file with many edits costs no more per edit
        pieces += [text[position : splice.start], splice.text]
        position = splice.end
    pieces.append(text[position:])
    return "".join(pieces)
