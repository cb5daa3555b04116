"""Where each role of a Word layout mapping is written: the line of ``heading_1: Heading 1``
under ``styles:`` in ``docx.yaml``, and whether it names a style at all (``null`` or an
empty value names none).

The mapping is read into a record by :func:`councilkit.loader.mapping.load_mapping`, which
keeps one position per record; a diagnostic about one role points at that role's own line,
found here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from yaml.nodes import MappingNode, ScalarNode

from councilkit.diagnostics import Location
from councilkit.loader.nodes import entries, is_null
from councilkit.loader.source import SourceFile, read_yaml


@dataclass(frozen=True, slots=True)
class RoleLine:
    """A role as written in the mapping."""

    location: Location
    blank: bool
    """True when the role is given no style name (``null``, ``~``, empty)."""


def role_lines(mapping_path: Path, roles: Iterable[str]) -> dict[str, RoleLine]:
    """Each of ``roles`` written under ``styles:`` in the mapping, by role (the mapping's
    own problems are reported when it is loaded; none are reported here)."""
    source = SourceFile(mapping_path, mapping_path.as_posix())
    root, _ = read_yaml(source)
    if not isinstance(root, MappingNode) or "styles" not in entries(root):
        return {}
    styles = entries(root)["styles"][1]
    if not isinstance(styles, MappingNode):
        return {}
    written = entries(styles)
    found: dict[str, RoleLine] = {}
    for role in roles:
        if role in written:
            key, value = written[role]
            blank = is_null(value) or (isinstance(value, ScalarNode) and not value.value.strip())
            found[role] = RoleLine(source.at(key), blank)
    return found
