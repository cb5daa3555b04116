"""Small Office packages for tests: a one-pixel picture, and a copy of a package with parts
replaced or added (even a second entry of the same name, which zipfile only warns about)."""

from __future__ import annotations

import base64
import warnings
import zipfile
from pathlib import Path

PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAAEElEQVR4nGP4z8DAwMDwHwAF/gL+YR3TnwAAAABJRU5ErkJggg=="
)


def part(path: Path, name: str) -> str:
    """The text of part ``name`` of the package at ``path``."""
    with zipfile.ZipFile(path) as archive:
        return archive.read(name).decode("utf-8")


def rewrite(
    source: Path,
    target: Path,
    replace: dict[str, str] | None = None,
    add: list[tuple[str, bytes]] | None = None,
) -> Path:
    """A copy of ``source`` at ``target`` with parts replaced by text and entries added."""
    replace = replace or {}
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(target, "w") as copy:
        for info in original.infolist():
            text = replace.get(info.filename)
            copy.writestr(info.filename, original.read(info) if text is None else text)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)  # "Duplicate name" is the point
            for name, data in add or []:
                copy.writestr(name, data)
    return target
