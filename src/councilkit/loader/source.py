"""Reading one YAML file into a checked node tree, with every problem as a diagnostic.

Only PyYAML's safe composer runs: nodes are composed, never constructed, so no tag can
build an object. Before the tree is handed on, this module has refused what must not
reach the model: bytes that are not UTF-8, characters Word and PowerPoint cannot store,
YAML syntax errors, tags other than YAML's plain ones, duplicate keys, merge keys, and
anchors whose aliases would expand past a limit (the "billion laughs").
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from yaml.events import AliasEvent, CollectionEndEvent, CollectionStartEvent
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from councilkit.diagnostics import Diagnostic, Location, error

MAX_FILE_BYTES = 1024 * 1024
"""Content files larger than this are refused (1 MiB is many times the largest real file)."""

MAX_ALIASED_NODES = 100_000
"""How many values aliases (``*name``) may repeat in one file, all aliases together. Values
written out are not counted: a long file is not an alias bomb."""

ALIASED_TEXT_PER_CHARACTER = 2
ALIASED_TEXT_ALLOWANCE = 1_000_000
"""Aliases may repeat at most this many characters of text, plus twice the file's own
length: a few long texts repeated thousands of times would fill memory while the file
stays small."""

MAX_DEPTH = 60
"""How deeply values may nest."""

_PLAIN_TAGS = frozenset(
    f"tag:yaml.org,2002:{name}"
    for name in ("str", "int", "float", "bool", "null", "map", "seq", "timestamp")
)
_MERGE_TAG = "tag:yaml.org,2002:merge"

# Characters XML 1.0 (and so Word and PowerPoint) cannot store: C0 controls other than
# tab, line feed and carriage return; U+FFFE and U+FFFF; lone surrogates.
_UNSTORABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")

_HINTS: tuple[tuple[str, str], ...] = (
    (
        "mapping values are not allowed here",
        "a text containing ': ' must be put in quotes, as French text often does "
        '(write  fr: "Mandat : …")',
    ),
    (
        "found character '\\t' that cannot start any token",
        "indent with spaces, not tabs",
    ),
    (
        "found undefined alias",
        "an '*' at the start of a value refers to an anchor; put the text in quotes",
    ),
    (
        "expected <block end>, but found '-'",
        "check the indentation of this list item against the items above it",
    ),
    (
        "found unexpected end of stream",
        "a quote was opened and never closed",
    ),
)


@dataclass(frozen=True, slots=True)
class SourceFile:
    """A content file's path on disk and the path shown to people in diagnostics."""

    path: Path
    display: str

    def at(self, node: Node) -> Location:
        """Where ``node`` starts in this file."""
        mark = node.start_mark
        return Location(self.display, mark.line + 1, mark.column + 1)

    def at_offset(self, text: str, offset: int) -> Location:
        """Where character ``offset`` of ``text`` is in this file."""
        line = text.count("\n", 0, offset) + 1
        column = offset - (text.rfind("\n", 0, offset) + 1) + 1
        return Location(self.display, line, column)

    @property
    def start(self) -> Location:
        return Location(self.display, 1, 1)


def read_yaml(source: SourceFile) -> tuple[Node | None, list[Diagnostic]]:
    """The file's node tree (None when it cannot be read), and the problems found."""
    text, problems = _read_text(source)
    if text is None:
        return None, problems
    if _C_LOADER is not None and nesting_bound(text) <= C_SAFE_DEPTH:
        found = _read_fast(text, source, _C_LOADER)
        if found is not None:
            return found
    return _read_exact(text, source)


def _read_exact(text: str, source: SourceFile) -> tuple[Node | None, list[Diagnostic]]:
    """The tree of ``text`` and its problems, the nesting depth measured on the event
    stream first (so that no composer recurses past the limit) and where each alias is
    written collected on the way."""
    aliases: list[Location] = []
    try:
        node = _compose(text, source, aliases)
    except _TooDeepError as exc:
        return None, [_too_deep(exc.where)]
    except yaml.MarkedYAMLError as exc:
        return None, [_syntax_error(source, exc)]
    except yaml.YAMLError as exc:
        return None, [error(source.start, "yaml-syntax", f"this file is not valid YAML: {exc}")]
    except RecursionError:
        return None, [_too_deep(source.start)]
    if node is None:
        return None, [
            error(source.start, "empty-file", "this file is empty; start it with 'schema: 1'")
        ]
    problems = _TreeCheck(source, len(text), aliases).run(node)
    return (None if problems else node), problems


def _read_fast(
    text: str, source: SourceFile, loader: type[Any]
) -> tuple[Node | None, list[Diagnostic]] | None:
    """The tree of ``text`` and its problems, composed by libyaml at once (no pass over
    the events first) when :func:`nesting_bound` shows that its recursion stays shallow;
    the nesting depth is then measured by the tree check, in the same order as the events
    give it. None when the answer might differ from :func:`_read_exact`'s (a syntax
    error, an empty file, an alias refused): that path then gives it."""
    try:
        node = yaml.compose(text, Loader=loader)
    except yaml.YAMLError:
        return None
    if node is None:
        return None
    check = _TreeCheck(source, len(text), [], deep_collections=True)
    try:
        problems = check.run(node)
    except _TooDeepError as exc:
        return None, [_too_deep(exc.where)]
    if check.stopped:  # an alias refused: where it is written is known from the events
        return None
    return (None if problems else node), problems


C_SAFE_DEPTH = 1000
"""Nesting that libyaml's composer, which recurses in C, goes through safely (it crashes
the process somewhere past 20,000 levels on an 8 MiB stack)."""

_C_LOADER: type[Any] | None = getattr(yaml, "CSafeLoader", None)
_LINE_PREFIX = re.compile(r"^[ \t?:-]*", re.MULTILINE)


def nesting_bound(text: str) -> int:
    """A bound on how deeply the values of ``text`` nest, read from its characters alone.

    In block style, each two levels of nesting move a collection's start at least one
    column to the right, and a block collection starts within the indentation and
    indicators (``-``, ``?``, ``:``) that open its line; in flow style, each bracket opens
    at most two levels (a list and a one-pair mapping in it).

    >>> nesting_bound("a:\\n  b: [1, [2]]\\n")
    14
    """
    prefix = max((len(found) for found in _LINE_PREFIX.findall(text)), default=0)
    return 2 * (prefix + 2) + 2 * (text.count("[") + text.count("{")) + 2


class _TooDeepError(Exception):
    def __init__(self, where: Location) -> None:
        self.where = where


def _compose(text: str, source: SourceFile, aliases: list[Location]) -> Node | None:
    """The node tree of ``text``. libyaml composes it when it is installed (ten times
    faster: a hundred groups load in a second, not ten); its nodes carry the same lines,
    columns and offsets as PyYAML's. libyaml's composer recurses in C, so the nesting depth
    is first measured on its event stream (stopping at the limit), and any error is read
    again by PyYAML's own composer, whose messages the diagnostics are written for. The
    same pass appends to ``aliases`` where each alias is written, in file order (a
    composed alias is its anchor's node, which only knows where the anchor is)."""
    loader = getattr(yaml, "CSafeLoader", None)
    if loader is None:
        return yaml.compose(text, Loader=yaml.SafeLoader)
    try:
        depth = 0
        for event in yaml.parse(text, Loader=loader):
            if isinstance(event, AliasEvent) and event.start_mark is not None:
                at = event.start_mark
                aliases.append(Location(source.display, at.line + 1, at.column + 1))
            elif isinstance(event, CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    mark = event.start_mark
                    line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
                    raise _TooDeepError(Location(source.display, line, column))
            elif isinstance(event, CollectionEndEvent):
                depth -= 1
        return yaml.compose(text, Loader=loader)
    except yaml.YAMLError:
        return yaml.compose(text, Loader=yaml.SafeLoader)


def _read_text(source: SourceFile) -> tuple[str | None, list[Diagnostic]]:
    try:
        size = source.path.stat().st_size
        if size > MAX_FILE_BYTES:
            return None, [
                error(
                    source.start,
                    "file-too-large",
                    f"this file is {size:,} bytes, over the limit of {MAX_FILE_BYTES:,}; "
                    "split it, or check that it is the file you meant",
                )
            ]
        data = source.path.read_bytes()
    except OSError as exc:
        return None, [error(source.start, "unreadable", f"cannot read this file: {exc.strerror}")]
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        good = data[: exc.start].decode("utf-8")
        where = source.at_offset(good, len(good))
        return None, [
            error(
                where,
                "not-utf8",
                f"byte 0x{data[exc.start]:02X} is not UTF-8 text; save the file as UTF-8 "
                "(in most editors: Save As, Encoding: UTF-8)",
            )
        ]
    problems = [
        error(
            source.at_offset(text, match.start()),
            "control-character",
            f"character U+{ord(match.group()):04X} cannot be stored in Word or PowerPoint; "
            "delete it (it is often pasted in invisibly from another program)",
        )
        for match in _UNSTORABLE.finditer(text)
    ]
    return (None if problems else text), problems[:20]


def _syntax_error(source: SourceFile, exc: yaml.MarkedYAMLError) -> Diagnostic:
    mark = exc.problem_mark or exc.context_mark
    where = Location(source.display, mark.line + 1, mark.column + 1) if mark else source.start
    problem = exc.problem or "syntax error"
    message = f"YAML syntax error: {problem}"
    if exc.context:
        message += f" ({exc.context})"
    hint = next((h for needle, h in _HINTS if needle in problem), None)
    if "expected a single document" in str(exc):
        hint = "a content file holds one document; remove the second '---'"
    if hint:
        message += f"; {hint}"
    return error(where, "yaml-syntax", message)


def _too_deep(where: Location) -> Diagnostic:
    return error(
        where,
        "too-deep",
        f"values are nested more than {MAX_DEPTH} levels deep; content never needs this",
    )


class _TreeCheck:
    """One pass over a composed tree: tags, keys, characters in escapes, and what aliases
    repeat (values and characters), each alias's expansion measured once."""

    def __init__(
        self,
        source: SourceFile,
        length: int,
        aliases: list[Location],
        *,
        deep_collections: bool = False,
    ) -> None:
        self.source = source
        self.aliases = aliases
        self.deep_collections = deep_collections
        """Raise :class:`_TooDeepError` at the first list or mapping nested past the limit
        (when the events were not measured before composing)."""
        self.text_limit = ALIASED_TEXT_PER_CHARACTER * length + ALIASED_TEXT_ALLOWANCE
        self.problems: list[Diagnostic] = []
        self.sizes: dict[int, tuple[int, int]] = {}
        """Each node visited: its values and characters, aliases expanded."""
        self.open: set[int] = set()
        self.aliased_nodes = 0
        self.aliased_text = 0
        self.alias_count = 0
        self.stopped = False
        """True when a problem stopped the check (an alias refused, a tree too deep)."""

    def run(self, root: Node) -> list[Diagnostic]:
        with contextlib.suppress(_Stop):
            self._visit(root, 0)
        return self.problems

    def _visit(self, node: Node, depth: int) -> tuple[int, int]:
        key = id(node)
        if key in self.sizes:  # only an alias reaches a node twice
            return self._alias(node, self.sizes[key])
        if key in self.open:
            raise self._stop(
                error(
                    self.source.at(node),
                    "recursive-alias",
                    "this anchor refers to itself through an alias; remove the alias",
                )
            )
        if depth > MAX_DEPTH:
            raise self._stop(_too_deep(self.source.at(node)))
        if depth >= MAX_DEPTH and self.deep_collections and not isinstance(node, ScalarNode):
            # a list or mapping nested past the limit, as the event stream counts them
            raise _TooDeepError(self.source.at(node))
        self.open.add(key)
        self._check_tag(node)
        nodes, text = 1, 0
        if isinstance(node, ScalarNode):
            self._check_scalar(node)
            text = len(node.value)
        else:
            children: list[Node] = []
            if isinstance(node, SequenceNode):
                children = node.value
            elif isinstance(node, MappingNode):
                self._check_keys(node)
                children = [n for pair in node.value for n in pair]
            sizes, shallow = self.sizes, depth < MAX_DEPTH
            for child in children:
                if shallow and type(child) is ScalarNode and id(child) not in sizes:
                    # a scalar seen for the first time, checked here: most nodes are
                    if child.tag not in _PLAIN_TAGS:
                        self._check_tag(child)
                    if _UNSTORABLE.search(child.value):
                        self._check_scalar(child)
                    length = len(child.value)
                    sizes[id(child)] = (1, length)
                    nodes, text = nodes + 1, text + length
                    continue
                child_nodes, child_text = self._visit(child, depth + 1)
                nodes, text = nodes + child_nodes, text + child_text
        self.open.discard(key)
        self.sizes[key] = (nodes, text)
        return nodes, text

    def _alias(self, node: Node, size: tuple[int, int]) -> tuple[int, int]:
        """Count what an alias repeats; stop at the alias that goes past a limit."""
        index = self.alias_count
        self.alias_count += 1
        self.aliased_nodes += size[0]
        self.aliased_text += size[1]
        if self.aliased_nodes <= MAX_ALIASED_NODES and self.aliased_text <= self.text_limit:
            return size
        where = self.aliases[index] if index < len(self.aliases) else self.source.at(node)
        if self.aliased_nodes > MAX_ALIASED_NODES:
            what = f"more than {MAX_ALIASED_NODES:,} values"
        else:
            what = (
                f"{self.aliased_text:,} characters of text, more than the limit of "
                f"{self.text_limit:,} for this file"
            )
        raise self._stop(
            error(
                where,
                "alias-bomb",
                f"the aliases up to this one repeat {what} (a 'billion laughs' file); "
                "write the values out instead of using '&' and '*'",
            )
        )

    def _stop(self, problem: Diagnostic) -> _Stop:
        self.problems.append(problem)
        self.stopped = True
        return _Stop()

    def _check_tag(self, node: Node) -> None:
        if node.tag in _PLAIN_TAGS or node.tag == _MERGE_TAG:
            return
        tag = node.tag.replace("tag:yaml.org,2002:", "!!")
        self.problems.append(
            error(
                self.source.at(node),
                "yaml-tag",
                f"the YAML tag '{tag}' is not allowed: content is plain text, lists and "
                "mappings, and tags that build objects are never run; remove the tag",
            )
        )

    def _check_scalar(self, node: ScalarNode) -> None:
        match = _UNSTORABLE.search(node.value)
        if match:
            self.problems.append(
                error(
                    self.source.at(node),
                    "control-character",
                    f"this text contains character U+{ord(match.group()):04X}, which Word "
                    "and PowerPoint cannot store; remove the escape that produces it",
                )
            )

    def _check_keys(self, node: MappingNode) -> None:
        seen: dict[str, Node] = {}
        for key_node, _ in node.value:
            if key_node.tag == _MERGE_TAG:
                self.problems.append(
                    error(
                        self.source.at(key_node),
                        "merge-key",
                        "merge keys ('<<') are not supported; write the fields out",
                    )
                )
                continue
            if not isinstance(key_node, ScalarNode):
                self.problems.append(
                    error(
                        self.source.at(key_node),
                        "bad-key",
                        "a key must be a plain word such as 'title', not a list or mapping",
                    )
                )
                continue
            first = seen.get(key_node.value)
            if first is not None:
                self.problems.append(
                    error(
                        self.source.at(key_node),
                        "duplicate-key",
                        f"duplicate key '{key_node.value}': it is already set on line "
                        f"{first.start_mark.line + 1}; keep only one",
                    )
                )
            else:
                seen[key_node.value] = key_node


class _Stop(Exception):
    """Ends a tree check that cannot usefully go on."""
