"""The other version of the content: a folder as it is, or the content folder at a git
revision, copied out of the repository's objects into a temporary folder (git is never
run: nothing the repository configures runs, and its working tree and index are never
touched)."""

from __future__ import annotations

import dataclasses
import errno
import stat
from pathlib import Path, PurePosixPath

from councilkit.api import load_checked
from councilkit.diagnostics import Diagnostic
from councilkit.errors import ContentError, UsageError
from councilkit.localize import Localizer
from councilkit.model import Project
from councilkit.repository import MissingPath, Repository, RepositoryError

REVISIONS = (
    "--from and --to take a git tag, branch or commit (with ~N or ^N), "
    "or a folder holding the other version of the content"
)
"""What a version may be, said after a version that cannot be read."""
WORKING_TREE = "working tree"
"""The label of the content folder as it is now (a fixed word of the catalogs)."""


@dataclasses.dataclass(frozen=True, slots=True)
class Version:
    """One version of the content: where it is on disk, what a person calls it (the
    revision and its commit, or the folder), and the project loaded and checked from it."""

    root: Path
    label: str
    project: Project


def label_in(version: Version, loc: Localizer) -> str:
    """What a summary calls ``version`` in ``loc``'s language: its revision or folder, or
    the working tree in words of that language."""
    return loc.tr(WORKING_TREE) if version.label == WORKING_TREE else version.label


def materialise(content: Path, revision: str, scratch: Path) -> tuple[Path, str]:
    """The folder holding ``revision`` of ``content`` and its label: ``revision`` itself
    when it is a folder, else the content folder at that git revision, written under
    ``scratch``."""
    as_folder = Path(revision)
    if _is_folder(as_folder):
        return as_folder, str(as_folder)
    repository = Repository.find(content)
    if repository is None:
        raise UsageError(
            f"'{revision}' is not a folder, and '{content}' is not in a git repository; "
            "give a folder or a revision of the repository holding the content"
        )
    with repository:
        inside = PurePosixPath(content.resolve().relative_to(repository.root).as_posix())
        try:
            commit = repository.resolve(revision)
            files = repository.read_tree(commit, "" if str(inside) == "." else inside)
        except MissingPath:
            files = {}
        except RepositoryError as exc:
            said = str(exc)
            said = said if said.startswith(f"'{revision}'") else f"'{revision}': {said}"
            raise UsageError(f"revision {said}; {REVISIONS}") from None
    if not files:
        raise UsageError(
            f"revision '{revision}' has no content folder '{inside}'; give a revision "
            "made after the content was added, or a folder holding the other version"
        )
    for name, data in files.items():
        relative = PurePosixPath(name)
        if relative.is_absolute() or ".." in relative.parts:
            continue  # never written outside the scratch folder
        target = scratch.joinpath(*relative.parts)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    return scratch, f"{revision} ({commit[:12]})"


def _is_folder(path: Path) -> bool:
    """Whether ``path`` is a folder; a path that is there but is no folder (a file, a
    symbolic link to nothing or in a loop, a folder that cannot be reached) is an error:
    it was meant as a folder, not as a revision."""
    try:
        found = path.stat()
    except FileNotFoundError:
        if path.is_symlink():
            raise UsageError(f"'{path}' is a symbolic link to nothing; {REVISIONS}") from None
        return False
    except OSError as exc:
        if exc.errno in (errno.ENOTDIR, errno.ENAMETOOLONG, errno.EINVAL):
            return False  # no such path: a revision's name
        raise UsageError(f"'{path}': {exc.strerror or exc}; {REVISIONS}") from None
    if not stat.S_ISDIR(found.st_mode):
        raise UsageError(f"'{path}' is a file, not a folder; {REVISIONS}")
    return True


def load_version(root: Path, label: str, *, shown_as: str | None = None) -> Version:
    """The checked project of one version; its errors raise :class:`ContentError`, each
    path named by ``shown_as`` (the revision) instead of the temporary folder."""
    if not (root / "project.yaml").is_file():
        raise UsageError(f"{label}: not a councilkit content folder (no project.yaml)")
    project, diagnostics = load_checked(root)
    if project is None:
        raise ContentError([_named(d, root, shown_as) for d in diagnostics])
    return Version(root, label, project)


def _named(diagnostic: Diagnostic, root: Path, shown_as: str | None) -> Diagnostic:
    if shown_as is None:
        return diagnostic
    path = Path(diagnostic.location.path)
    try:
        relative = path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        relative = diagnostic.location.path
    location = dataclasses.replace(diagnostic.location, path=f"{shown_as}:{relative}")
    return dataclasses.replace(diagnostic, location=location)
