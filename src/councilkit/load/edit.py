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
import os
import re
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from councilkit.load.convert import FINGERPRINT_KEY
from councilkit.load.source import SourceFile, read_yaml

PathPart = str | int

_NULL_TAG = "tag:yaml.org,2002:null"
_STR_TAG = "tag:yaml.org,2002:str"
_FOLD_WIDTH = 90
_BOM = "\ufeff"


class EditError(ValueError):
    """A change that cannot be made to a file; ``message`` says why, for people."""


@dataclass(frozen=True, slots=True)
class TextEdit:
    """A change to the bilingual text at ``path`` (the YAML path of the mapping holding
    ``en:`` and ``fr:``): write ``text`` as ``language`` (None leaves the text as it is)
    and ``fingerprint`` as ``translated_from``."""

    path: tuple[PathPart, ...]
    language: str
    text: str | None
    fingerprint: str
    source_language: str


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


def write_atomically(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file in the same folder, so that the
    file is either the old one or the new one, never half-written."""
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        if path.exists():
            os.chmod(temp, path.stat().st_mode & 0o7777)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def _read(path: Path) -> str:
    try:
        return path.read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise EditError(f"{path}: cannot read this file: {exc}") from exc


def _format(path: Sequence[PathPart]) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out


# -- finding nodes ----------------------------------------------------------------------


def _find(node: Node, path: Sequence[PathPart]) -> MappingNode | None:
    for part in path:
        if isinstance(part, int):
            if not isinstance(node, SequenceNode) or part >= len(node.value):
                return None
            node = node.value[part]
        else:
            entry = _entry(node, part)
            if entry is None:
                return None
            node = entry[1]
    return node if isinstance(node, MappingNode) else None


def _entry(node: Node, key: str) -> tuple[ScalarNode, Node] | None:
    if not isinstance(node, MappingNode):
        return None
    for key_node, value_node in node.value:
        if isinstance(key_node, ScalarNode) and key_node.value == key:
            return key_node, value_node
    return None


# -- one bilingual text -----------------------------------------------------------------


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
    out = text
    for splice in reversed(ordered):
        out = out[: splice.start] + splice.text + out[splice.end :]
    return out


# -- writing one scalar -----------------------------------------------------------------


def _render(
    value: str,
    style: str | None,
    *,
    indent: int,
    flow: bool,
    newline: str,
    width: int = _FOLD_WIDTH,
) -> str:
    """``value`` as a YAML scalar for a key at column ``indent``: in ``style`` when that
    reads back as ``value``, else double-quoted."""
    candidates: list[str] = []
    if style == ">" and not flow:
        folded = _folded(value, indent + 2, width, newline)
        if folded is not None:
            candidates.append(folded)
    elif style == "|" and not flow:
        literal = _literal(value, indent + 2, newline)
        if literal is not None:
            candidates.append(literal)
    elif style == "'":
        if "\n" not in value:
            candidates.append("'" + value.replace("'", "''") + "'")
    elif not style and "\n" not in value:  # plain: PyYAML says None, libyaml
        candidates.append(value)
    for candidate in candidates:
        if _reads_back(candidate, value, indent=indent, flow=flow):
            return candidate
    quoted = _double_quoted(value)
    if not _reads_back(quoted, value, indent=indent, flow=flow):  # pragma: no cover
        raise EditError(f"cannot write the text {value[:40]!r} in YAML")
    return quoted


def _double_quoted(value: str) -> str:
    out = ['"']
    for ch in value:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 0x20 or ch in "\x7f\x85\u2028\u2029\ufeff":
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def _folded(value: str, indent: int, width: int, newline: str) -> str | None:
    """A folded block scalar (``>-``), wrapped at ``width``; None when the text has
    characters folding cannot keep (line breaks, runs of spaces, tabs)."""
    if not value or value != value.strip() or "\n" in value or "\t" in value or "  " in value:
        return None
    pad = " " * indent
    lines: list[str] = []
    current = ""
    for word in value.split(" "):
        if current and indent + len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    lines.append(current)
    return ">-" + "".join(f"{newline}{pad}{line}" for line in lines)


def _literal(value: str, indent: int, newline: str) -> str | None:
    if not value or value != value.strip() or "\t" in value:
        return None
    pad = " " * indent
    return "|-" + "".join(
        f"{newline}{pad}{line}" if line else newline for line in value.split("\n")
    )


def _reads_back(rendered: str, value: str, *, indent: int, flow: bool) -> bool:
    if flow:
        document = f"{{k: {rendered}}}"
    else:
        pad = " " * indent
        lines = f"k: {rendered}".replace("\r\n", "\n").split("\n")
        document = "\n".join(line[indent:] if line.startswith(pad) else line for line in lines)
    try:
        node = yaml.compose(document, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return False
    if not isinstance(node, MappingNode) or len(node.value) != 1:
        return False
    result = node.value[0][1]
    return (
        isinstance(result, ScalarNode)
        and result.value == value
        and (bool(result.style) or result.tag == _STR_TAG)
    )


def write_all_atomically(files: dict[Path, str]) -> None:
    """Write every file, or none: each new text goes to a temporary file beside its file
    first; only when all are written are they moved into place."""
    staged: list[tuple[str, Path]] = []
    try:
        for path, text in files.items():
            fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
            staged.append((temp, path))
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
                handle.write(text)
            if path.exists():
                os.chmod(temp, path.stat().st_mode & 0o7777)
    except BaseException:
        for temp, _ in staged:
            Path(temp).unlink(missing_ok=True)
        raise
    for temp, path in staged:
        os.replace(temp, path)
