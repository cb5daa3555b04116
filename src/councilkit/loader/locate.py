"""Locating a bilingual text in a composed YAML file: the mapping at a YAML path, an entry
of a mapping by key, and a path written for people."""

from __future__ import annotations

from collections.abc import Sequence

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from councilkit.loader.text_edit import PathPart


def _format(path: Sequence[PathPart]) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out


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
