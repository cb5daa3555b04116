"""Validating content files against councilkit's JSON Schemas, as an editor would."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from councilkit.schema import file_schema


class Yaml12Loader(yaml.SafeLoader):
    """PyYAML read as YAML 1.2 editors read it: a date stays a string and ``ON``, ``yes``
    or ``off`` are words, not booleans (VS Code's YAML extension follows YAML 1.2)."""


Yaml12Loader.yaml_implicit_resolvers = {
    first: [
        (tag, regexp)
        for tag, regexp in resolvers
        if tag not in ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool")
    ]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
for _first in "tTfF":
    Yaml12Loader.add_implicit_resolver(
        "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), [_first]
    )


def schema_name(path: Path) -> str:
    """The schema of a content file, by its name."""
    if path.name == "project.yaml":
        return "project.schema.json"
    if path.name == "group.yaml":
        return "group.schema.json"
    return "document.schema.json"


def problems(data: Any, name: str) -> list[str]:
    """What the schema ``name`` says of ``data``: ``path: message`` lines, empty when valid."""
    validator = jsonschema.Draft202012Validator(
        file_schema(name), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    return sorted(
        f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(data)
    )


def file_problems(path: Path) -> list[str]:
    """What the schema says of a content file."""
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=Yaml12Loader)
    return problems(data, schema_name(path))
