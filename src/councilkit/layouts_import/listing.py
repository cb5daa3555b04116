"""The layouts a content folder can use: its own (``CONTENT/layouts/<name>/``) first,
then councilkit's built-in ones, each with the folder it comes from. A name found twice
is used from the first place, as a build does."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from councilkit.build.layouts import layout_search_path


@dataclass(frozen=True, slots=True)
class LayoutEntry:
    """A layout: its name, its folder, whether councilkit ships it, and its files."""

    name: str
    folder: Path
    builtin: bool
    files: tuple[str, ...]


def list_layouts(content: Path) -> list[LayoutEntry]:
    """Every layout ``content`` can use, the content's own first, then by name."""
    entries: dict[str, LayoutEntry] = {}
    for rank, place in enumerate(layout_search_path(content)):
        if not place.is_dir():
            continue
        for folder in sorted(place.iterdir()):
            if folder.name.startswith(".") or not folder.is_dir() or folder.name in entries:
                continue
            files = tuple(
                sorted(p.name for p in folder.iterdir() if p.suffix in (".yaml", ".docx", ".pptx"))
            )
            entries[folder.name] = LayoutEntry(folder.name, folder, rank > 0, files)
    return list(entries.values())
