"""Finding a layout folder by name: the content folder's own first, then councilkit's.

A layout is a folder ``layouts/<name>/`` holding reference Office files and the small
YAML mappings from roles and slide kinds to their styles and layouts.
"""

from __future__ import annotations

from pathlib import Path

from councilkit.errors import UsageError

LAYOUTS_FOLDER = "layouts"


def layout_search_path(content_root: Path) -> tuple[Path, ...]:
    """Where layouts are looked for, in order."""
    packaged = Path(__file__).resolve().parents[1] / LAYOUTS_FOLDER
    source_tree = Path(__file__).resolve().parents[3] / LAYOUTS_FOLDER
    return (content_root / LAYOUTS_FOLDER, packaged, source_tree)


def find_layout(name: str, content_root: Path) -> Path:
    """The folder of layout ``name``; :class:`UsageError` listing the known layouts when
    there is none."""
    for folder in layout_search_path(content_root):
        candidate = folder / name
        if candidate.is_dir():
            return candidate
    known = sorted(
        {
            p.name
            for folder in layout_search_path(content_root)
            if folder.is_dir()
            for p in folder.iterdir()
            if p.is_dir()
        }
    )
    raise UsageError(
        f"no layout '{name}' (looked in {content_root / LAYOUTS_FOLDER} and councilkit's "
        f"own layouts; known: {', '.join(known) or 'none'})"
    )
