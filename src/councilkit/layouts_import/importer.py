"""``layout import`` as one step: read and check every file given, match roles and slide
kinds, then write the layout folder. Everything is read and checked before anything is
written, so that bad input leaves the disk as it was."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from councilkit.build.layouts import find_layout
from councilkit.errors import UsageError
from councilkit.layouts_import.install import check_name, install_layout
from councilkit.layouts_import.office_files import kind_of, read_office_file
from councilkit.layouts_import.slide_layouts import (
    KindMatch,
    default_mapping,
    match_kinds,
    pptx_yaml,
    read_shapes,
)
from councilkit.layouts_import.word_styles import StyleMatch, docx_yaml, match_styles


@dataclass(frozen=True, slots=True)
class Imported:
    """What an import wrote and matched."""

    folder: Path
    styles: tuple[StyleMatch, ...]
    kinds: tuple[KindMatch, ...]


def import_layout(
    content: Path, name: str, paths: Sequence[Path], *, force: bool = False
) -> Imported:
    """Make the layout ``name`` of ``content`` from ``paths`` (a PowerPoint file, a Word
    file, or one of each)."""
    check_name(name)
    by_kind = _by_kind(paths)
    files: dict[str, bytes] = {}
    styles: list[StyleMatch] = []
    kinds: list[KindMatch] = []
    if "docx" in by_kind:
        word = read_office_file(by_kind["docx"], "docx")
        styles = match_styles(word.data, str(word.path))
        files["reference.docx"] = word.data
        files["docx.yaml"] = docx_yaml(styles, word.path.name).encode("utf-8")
    if "pptx" in by_kind:
        deck = read_office_file(by_kind["pptx"], "pptx")
        mapping = default_mapping(find_layout("default", content))
        kinds = match_kinds(read_shapes(deck.data, str(deck.path)), mapping)
        files["reference.pptx"] = deck.data
        files["pptx.yaml"] = pptx_yaml(kinds, deck.path.name).encode("utf-8")
    default = find_layout("default", content)
    for kind in ("docx", "pptx"):
        if kind not in by_kind:
            files.update(_default_half(default, kind))
    folder = install_layout(content, name, files, force=force)
    return Imported(folder, tuple(styles), tuple(kinds))


def _default_half(default: Path, kind: str) -> dict[str, bytes]:
    """councilkit's own reference and mapping of ``kind`` (``docx`` or ``pptx``), for a
    layout imported without a file of that kind, so that every document builds on it."""
    program = "Word" if kind == "docx" else "PowerPoint"
    note = (
        f"# No {program} file was imported: this is councilkit's own {program} layout,\n"
        f"# copied from its 'default' layout. Import the department's {program} file\n"
        "# with 'councilkit layout import NAME FILE --force' to replace it.\n#\n"
    )
    mapping = (default / f"{kind}.yaml").read_text(encoding="utf-8")
    return {
        f"reference.{kind}": (default / f"reference.{kind}").read_bytes(),
        f"{kind}.yaml": (note + mapping).encode("utf-8"),
    }


def _by_kind(paths: Sequence[Path]) -> dict[str, Path]:
    """Each file by its kind from its name; :class:`UsageError` for no file, an unknown
    ending, or two files of one kind."""
    if not paths:
        raise UsageError(
            "give a PowerPoint file (.pptx, .potx), a Word file (.docx, .dotx), or both"
        )
    found: dict[str, Path] = {}
    for path in paths:
        kind = kind_of(path)
        if kind is None:
            raise UsageError(
                f"'{path}' is not a .pptx, .potx, .docx or .dotx file; give the department's "
                "PowerPoint and Word templates"
            )
        if kind in found:
            raise UsageError(f"two {kind} files given ('{found[kind]}' and '{path}'); give one")
        found[kind] = path
    return found
