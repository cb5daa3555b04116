"""Reading a layout's YAML mapping (roles to style names, slide kinds to layouts) into a
record declared by the renderer, with the same diagnostics as content files."""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar

from yaml.nodes import MappingNode

from councilkit.diagnostics import Diagnostic, error
from councilkit.loader.convert import Converter
from councilkit.loader.nodes import INVALID
from councilkit.loader.source import SourceFile, read_yaml

T = TypeVar("T")


def load_mapping(path: Path, cls: type[T]) -> tuple[T | None, list[Diagnostic]]:
    """The record ``cls`` read from the YAML file ``path`` (None when it has errors), and
    every problem found. ``cls`` is a frozen dataclass like the model's records."""
    source = SourceFile(path, path.as_posix())
    if not path.is_file():
        return None, [
            error(source.start, "missing-file", f"layout mapping '{path}' does not exist")
        ]
    node, problems = read_yaml(source)
    if node is None:
        return None, problems
    if not isinstance(node, MappingNode):
        return None, [error(source.at(node), "wrong-type", "a layout mapping must be a mapping")]

    def no_paths(written: str, where: Any) -> None:
        problems.append(error(where, "bad-path", "paths are not allowed in a layout mapping"))

    converter = Converter(source, no_paths)
    value = converter.record(node, cls)
    problems.extend(converter.diagnostics)
    return (None if value is INVALID or problems else value), problems
