"""The accessibility audit of Word and PowerPoint files, whoever made them.

:func:`audit` reads each .docx and .pptx (a folder: every such file under it, without
following links) and returns one diagnostic per problem, in file order. The rules are
listed, with their ids, in :data:`councilkit.audit.registry.RULES`.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from councilkit.audit import (
    document,
    headings,
    pictures,
    slide_contrast,
    slides,
    tables,
    text,
    word_contrast,
)
from councilkit.audit.office import KINDS, OfficeFile
from councilkit.diagnostics import Diagnostic
from councilkit.errors import UsageError

FAMILIES: tuple[Callable[[OfficeFile], Iterator[Diagnostic]], ...] = (
    document.audit,
    headings.audit,
    pictures.audit,
    tables.audit,
    text.audit,
    slides.audit,
    word_contrast.audit,
    slide_contrast.audit,
)
"""The rule families, in the order their problems are listed for each file."""


def office_files(paths: Iterable[Path]) -> list[Path]:
    """The files to audit: each file named, and every .docx/.pptx under each folder named
    (sorted; symbolic links under a folder are not followed). A missing path, a named
    file that is not .docx/.pptx, a folder holding none, or something that is neither a
    file nor a folder (a device, a pipe, a broken link) is a usage error."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            before = len(found)
            for folder, dirs, files in os.walk(path, followlinks=False):
                dirs.sort()
                for name in sorted(files):
                    file = Path(folder, name)
                    wanted = file.suffix.lower() in KINDS and not name.startswith("~$")
                    if wanted and not file.is_symlink():
                        found.append(file)
            if len(found) == before:  # an audit that checks nothing must not pass
                raise UsageError(
                    f"{path}: no .docx or .pptx file in this folder, so nothing to audit; "
                    "give the folder the documents were built in"
                )
        elif path.is_file():
            if path.suffix.lower() not in KINDS:
                raise UsageError(f"{path}: not a Word or PowerPoint file (.docx or .pptx)")
            found.append(path)
        elif os.path.lexists(path):
            raise UsageError(
                f"{path}: not a file or a folder (a device, a pipe or a broken link); "
                "give a .docx or .pptx file, or a folder holding them"
            )
        else:
            raise UsageError(f"{path}: no such file or folder")
    return found


def audit_file(path: Path) -> list[Diagnostic]:
    """Every accessibility problem of one .docx or .pptx."""
    with OfficeFile(path) as doc:
        doc.main_part()
        return [d for family in FAMILIES for d in family(doc)]


def audit(paths: Iterable[Path]) -> list[Diagnostic]:
    """Every accessibility problem of the files and folders named."""
    return [d for file in office_files(paths) for d in audit_file(file)]
