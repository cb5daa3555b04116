"""The Python API: :func:`load` and :func:`check`."""

from __future__ import annotations

import os
from pathlib import Path

from councilkit.diagnostics import Diagnostic, has_errors, sort_diagnostics
from councilkit.errors import ContentError
from councilkit.loader import load_content
from councilkit.model import Project
from councilkit.render.layout_check import check_layouts
from councilkit.validate import validate


def check(path: str | os.PathLike[str] = "content") -> list[Diagnostic]:
    """Every problem in the content folder ``path``, errors and warnings, in file order:
    those of the content, and those of the layouts its documents use (what a build would
    meet).

    Raises :class:`~councilkit.errors.UsageError` only when ``path`` is not a folder.
    """
    _, diagnostics = _load(Path(path), layouts=True)
    return diagnostics


def load(path: str | os.PathLike[str] = "content") -> Project:
    """The project in the content folder ``path``.

    Raises :class:`~councilkit.errors.ContentError`, carrying every diagnostic, when the
    content has errors (warnings alone do not stop it).
    """
    project, diagnostics = _load(Path(path))
    if project is None or has_errors(diagnostics):
        raise ContentError(diagnostics)
    return project


def load_checked(path: str | os.PathLike[str]) -> tuple[Project | None, list[Diagnostic]]:
    """The project (None when it has errors) and every diagnostic: for tools that report
    warnings and still go on."""
    project, diagnostics = _load(Path(path))
    return (None if has_errors(diagnostics) else project), diagnostics


def _load(path: Path, *, layouts: bool = False) -> tuple[Project | None, list[Diagnostic]]:
    result = load_content(path)
    diagnostics = list(result.diagnostics)
    checked = result.project or result.partial  # what could be read is checked too
    if checked is not None:
        ids, unreadable = result.group_ids, result.unreadable
        diagnostics.extend(validate(checked, group_ids=ids, unreadable=unreadable))
        if layouts:
            diagnostics.extend(check_layouts(checked, path))
    return result.project, sort_diagnostics(diagnostics)
