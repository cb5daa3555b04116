"""JSON Schemas and a reference of every content field, made from the model itself.

The model's frozen dataclasses, their type hints and their ``spec(...)`` declarations are
the one source (:mod:`councilkit.schema.fields`); :mod:`~councilkit.schema.json_schema`
turns them into the schemas editors use, :mod:`~councilkit.schema.reference` into
``docs/content-reference.md``. Nothing here reads content or imports the loader.
"""

from __future__ import annotations

import json
from pathlib import Path

from councilkit.atomic import ensure_folder, refuse_link, write_all_atomically
from councilkit.schema.json_schema import FILES, all_schemas, file_schema

SCHEMA_FOLDER = "schemas"
"""Where ``councilkit schema CONTENT`` writes the schemas, and where scaffolded files look
for them (``CONTENT/schemas/``)."""


def schema_text(name: str) -> str:
    """The schema file ``name`` as written: stable JSON, UTF-8, one final newline."""
    return json.dumps(file_schema(name), indent=2, ensure_ascii=False) + "\n"


def write_schemas(out: Path) -> list[Path]:
    """Write every schema into the folder ``out`` (created if needed; no link under it is
    followed), all or none; returns the files written."""
    folder = ensure_folder(out)
    files = {folder / name: schema_text(name) for name in FILES}
    for path in files:
        refuse_link(path)
    write_all_atomically(files)
    return list(files)


def write_reference(path: Path) -> None:
    """Write the content reference (Markdown) to ``path``, atomically (a link there is
    replaced, never written through)."""
    from councilkit.atomic import write_atomically
    from councilkit.schema.reference import reference_markdown

    write_atomically(path, reference_markdown())


__all__ = [
    "FILES",
    "SCHEMA_FOLDER",
    "all_schemas",
    "file_schema",
    "schema_text",
    "write_reference",
    "write_schemas",
]
