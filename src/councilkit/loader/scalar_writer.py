"""Writing one text as a YAML scalar: in the style asked for (plain, single-quoted, folded
``>``, literal ``|``) when that reads back as the text, else double-quoted, which can hold
any text. Every candidate is read back with PyYAML before it is used."""

from __future__ import annotations

import yaml
from yaml.nodes import MappingNode, ScalarNode

from councilkit.loader.text_edit import EditError

_STR_TAG = "tag:yaml.org,2002:str"
_FOLD_WIDTH = 90


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
