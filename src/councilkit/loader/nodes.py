"""Node helpers shared by the converter and the scalar readers, and the placeholder for
a value that was reported and could not be converted."""

from __future__ import annotations

import difflib
import typing
from typing import Any

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

NULL_TAG = "tag:yaml.org,2002:null"


class _Invalid:
    """The placeholder for a value that was reported and could not be converted."""

    def __repr__(self) -> str:
        return "INVALID"


INVALID: Any = _Invalid()


def entries(node: MappingNode) -> dict[str, tuple[Node, Node]]:
    """The mapping's entries by key; the first of duplicate keys wins (the source check
    has already reported the duplicate)."""
    entries: dict[str, tuple[Node, Node]] = {}
    for key_node, value_node in node.value:
        if isinstance(key_node, ScalarNode) and key_node.value not in entries:
            entries[key_node.value] = (key_node, value_node)
    return entries


def is_null(node: Node) -> bool:
    return isinstance(node, ScalarNode) and node.tag == NULL_TAG


def kind_of(node: Node) -> str:
    if isinstance(node, MappingNode):
        return "a mapping"
    if isinstance(node, SequenceNode):
        return "a list"
    if is_null(node):
        return "empty"
    return f"the value '{node.value}'"


def did_you_mean(word: str, choices: typing.Iterable[str]) -> str:
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f"; did you mean '{close[0]}'?" if close else ""
