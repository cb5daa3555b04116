"""Writing translations and fingerprints back into content files, all or nothing.

Import and confirm both end here: a set of :class:`~councilkit.loader.edit.TextEdit` per
content file. Every edit of every file is made in memory first; the edited content is
then checked in a copy of the content folder (it must load, read back the texts that were
written, and have no error the original did not have); only then are the files replaced,
all or nothing even if the process is killed (:mod:`~councilkit.journal`). The copy
is made inside the journal folder, so that a killed run leaves no temporary folder
behind: the next run removes the journal.
"""

from __future__ import annotations

import shutil
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from councilkit import journal
from councilkit.api import check
from councilkit.diagnostics import Diagnostic, Location, error
from councilkit.errors import ContentError, CouncilkitError
from councilkit.i18n.units import ContentFile, content_files, format_path
from councilkit.loader import load_content
from councilkit.loader.edit import EditError, TextEdit, edit_file
from councilkit.model import Project


class TranslationError(CouncilkitError, ValueError):
    """Translations that cannot be written; ``diagnostics`` says every reason. Nothing
    was written."""

    def __init__(self, diagnostics: Sequence[Diagnostic]) -> None:
        self.diagnostics: tuple[Diagnostic, ...] = tuple(diagnostics)
        super().__init__("\n".join(d.format() for d in self.diagnostics))


@dataclass
class WritePlan:
    """The edits to make, by content file."""

    root: Path
    edits: dict[str, list[TextEdit]] = field(default_factory=dict)
    """Edits by the content file's path relative to the content folder."""
    files: dict[str, ContentFile] = field(default_factory=dict)

    def add(self, file: ContentFile, edit: TextEdit) -> None:
        self.edits.setdefault(file.relpath, []).append(edit)
        self.files[file.relpath] = file

    @property
    def count(self) -> int:
        return sum(len(e) for e in self.edits.values())


def load_project(root: Path) -> tuple[Project, list[ContentFile]]:
    """The project and its content files; raises :class:`ContentError` when the content
    cannot be loaded at all (YAML errors, unknown fields)."""
    result = load_content(root)
    if result.project is None:
        raise ContentError(result.diagnostics)
    return result.project, content_files(result.project, root)


def write(plan: WritePlan) -> list[Path]:
    """Make the edits of ``plan``, after checking them; returns the files changed."""
    if not plan.edits:
        return []
    texts: dict[str, str] = {}
    problems: list[Diagnostic] = []
    for relpath, edits in plan.edits.items():
        file = plan.files[relpath]
        try:
            journal.check_target(plan.root, relpath)
            texts[relpath] = edit_file(file.path, edits)
        except (EditError, ValueError) as exc:
            problems.append(error(Location(file.display), "cannot-edit", str(exc)))
    if problems:
        raise TranslationError(problems)
    changed = {r: t for r, t in texts.items() if t != _read(plan.files[r].path)}
    with journal.opened(plan.root) as folder:
        _verify(plan, texts, folder / "check")
        journal.commit(plan.root, folder, changed)
    return [plan.files[r].path for r in changed]


def _read(path: Path) -> str:
    return path.read_bytes().decode("utf-8")


def _verify(plan: WritePlan, texts: dict[str, str], scratch: Path) -> None:
    before = _errors(plan.root, check(plan.root))
    copy = scratch / "content"
    try:
        shutil.copytree(plan.root, copy, symlinks=True, ignore=_journal_of(plan.root))
        for relpath, text in texts.items():
            (copy / relpath).unlink()  # a new file: never written through a link
            (copy / relpath).write_bytes(text.encode("utf-8"))
        journal.test_point("copied")
        after_diagnostics = check(copy)
        after = _errors(copy, after_diagnostics)
        problems = [
            error(
                Location(plan.files[relpath].display if relpath in plan.files else relpath),
                "import-breaks-content",
                f"writing the translations would add this error: {message}",
            )
            for (relpath, code), message in _new(before, after, after_diagnostics, copy)
        ]
        if not problems:
            problems = _read_back(plan, copy)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    if problems:
        raise TranslationError(problems)


def _journal_of(root: Path) -> Callable[[str, list[str]], list[str]]:
    """What copytree leaves out of a copy of ``root``: the journal folder."""

    def ignore(folder: str, names: list[str]) -> list[str]:
        return [journal.JOURNAL] if Path(folder) == root and journal.JOURNAL in names else []

    return ignore


def _errors(root: Path, diagnostics: list[Diagnostic]) -> Counter[tuple[str, str]]:
    prefix = root.as_posix().rstrip("/") + "/"
    return Counter(
        (d.location.path.removeprefix(prefix), d.code) for d in diagnostics if d.is_error
    )


def _new(
    before: Counter[tuple[str, str]],
    after: Counter[tuple[str, str]],
    diagnostics: list[Diagnostic],
    root: Path,
) -> list[tuple[tuple[str, str], str]]:
    extra = after - before
    prefix = root.as_posix().rstrip("/") + "/"
    found: list[tuple[tuple[str, str], str]] = []
    for d in diagnostics:
        key = (d.location.path.removeprefix(prefix), d.code)
        if d.is_error and extra[key] > 0:
            extra[key] -= 1
            found.append((key, f"line {d.location.line}: {d.message} [{d.code}]"))
    return found


def _read_back(plan: WritePlan, copy: Path) -> list[Diagnostic]:
    """Problems when the edited copy does not hold exactly the texts that were written."""
    result = load_content(copy)
    if result.project is None:  # pragma: no cover - _new has reported the errors
        return [error(Location(plan.root.as_posix()), "cannot-edit", "the edit broke the content")]
    files = {f.relpath: f for f in content_files(result.project, copy)}
    problems: list[Diagnostic] = []
    for relpath, edits in plan.edits.items():
        edited = files.get(relpath)
        for edit in edits:
            unit = edited.unit(format_path(edit.path)) if edited else None
            ok = (
                unit is not None
                and unit.text.translated_from == edit.fingerprint
                and (edit.text is None or unit.target == edit.text.strip())
            )
            if not ok:  # pragma: no cover - a bug in the editor, caught before writing
                problems.append(
                    error(
                        Location(plan.files[relpath].display),
                        "cannot-edit",
                        f"'{format_path(edit.path)}' did not read back as written; "
                        "nothing was written (please report this)",
                    )
                )
    return problems
