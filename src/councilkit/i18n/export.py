"""``councilkit i18n export``: one translation file per content file.

Files go to ``OUT/<group>/<document>.<lang>.xlf`` (or ``.po``), ``<lang>`` being the
language to translate into; a group's own texts to ``OUT/<group>/group.<lang>.xlf``, the
project's to ``OUT/project.<lang>.xlf``. Texts without a source are left out (there is
nothing to translate from), and so are texts whose source markup cannot be read
(``councilkit check`` reports them).
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from councilkit.atomic import ensure_folder, refuse_link, write_atomically
from councilkit.errors import UsageError
from councilkit.i18n.confirm import select_files
from councilkit.i18n.markup import tokens
from councilkit.i18n.po import write_po_file
from councilkit.i18n.units import ContentFile, State, TranslationUnit
from councilkit.i18n.writeback import load_project
from councilkit.i18n.xliff import write_xliff
from councilkit.model import Document, MarkupError


class Format(enum.StrEnum):
    """A translation file format."""

    XLIFF = "xliff"
    PO = "po"

    @property
    def suffix(self) -> str:
        return ".xlf" if self is Format.XLIFF else ".po"


@dataclass
class ExportResult:
    """What an export wrote."""

    files: list[tuple[Path, int]] = field(default_factory=list)
    """Each file written and how many units it holds."""
    skipped: list[TranslationUnit] = field(default_factory=list)
    """Units left out because their source markup cannot be read."""


def export(
    root: Path,
    out: Path,
    *,
    format: Format,
    only_missing: bool = False,
    groups: Sequence[str] = (),
) -> ExportResult:
    """Write the translation files of the content folder ``root`` into ``out``."""
    project, files = load_project(root)
    versions = {
        f"{group.id}/{document.id}": document
        for group in project.groups
        for document in group.documents
    }
    result = ExportResult()
    if out.exists() and not out.is_dir():
        raise UsageError(f"'{out}' is not a folder")
    for file in select_files(files, groups=groups):
        units = _units(file, only_missing, result)
        if not units and only_missing:
            continue
        # Every folder under OUT is reached through no link, and the file itself is not
        # one: nothing is ever written outside OUT (OSError names the link otherwise).
        target = ensure_folder(out, file.group or "") / file_name(file, format)
        refuse_link(target)
        if format is Format.XLIFF:
            data = write_xliff(file, units)
        else:
            document: Document | None = versions.get(file.label)
            data = write_po_file(file, units, version=document.version if document else "1")
        write_atomically(target, data.decode("utf-8"))
        result.files.append((target, len(units)))
    return result


def output_name(file: ContentFile, format: Format) -> str:
    """Where ``file``'s translations go, relative to the output folder."""
    name = file_name(file, format)
    return f"{file.group}/{name}" if file.group else name


def file_name(file: ContentFile, format: Format) -> str:
    """The name of ``file``'s translation file (``mandate.fr.xlf``)."""
    return f"{file.name}.{file.target_language.value}{format.suffix}"


def _units(file: ContentFile, only_missing: bool, result: ExportResult) -> list[TranslationUnit]:
    chosen = []
    for unit in file.units:
        if unit.state is State.NO_SOURCE:
            continue
        if only_missing and unit.state is State.TRANSLATED:
            continue
        try:
            tokens(unit.source or "")
        except MarkupError:
            result.skipped.append(unit)
            continue
        chosen.append(unit)
    return chosen
