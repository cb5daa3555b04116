"""Reading a content folder: ``project.yaml`` and one folder per working group.

Layout::

    content/
      project.yaml                  organisation, councils, languages, markings, output
      groups/
        <group-id>/
          group.yaml                names, councils, members, co-chairs, secretariat
          <document-id>.yaml        kind: mandate | terms-of-reference | deck
          images/…                  pictures the documents use
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from yaml.nodes import MappingNode, ScalarNode

from councilkit.diagnostics import Diagnostic, Location, error
from councilkit.errors import UsageError
from councilkit.loader.convert import Converter
from councilkit.loader.nodes import INVALID
from councilkit.loader.paths import is_inside, resolve_content_path
from councilkit.loader.pictures import PictureCheck
from councilkit.loader.source import SourceFile, read_yaml
from councilkit.model import Document, Project, ProjectSettings, WorkingGroup
from councilkit.model.schema import SLUG_HELP, SLUG_PATTERN

SCHEMA_VERSION = 1
"""The content format this councilkit reads and writes."""

SUPPORTED_SCHEMAS = frozenset({1})
"""Content formats this councilkit reads; older ones are migrated as they are read."""

PROJECT_FILE = "project.yaml"
GROUPS_FOLDER = "groups"
GROUP_FILE = "group.yaml"
YAML_SUFFIXES = (".yaml", ".yml")


@dataclass
class LoadResult:
    """What loading found: the project (None when errors kept it from being built) and
    every diagnostic of the loader."""

    project: Project | None
    diagnostics: list[Diagnostic] = field(default_factory=list)
    partial: Project | None = None
    """When errors kept the project from being built: what could be read (the settings,
    and each readable group with its readable documents), so that its values and
    references are checked in the same run; None when the settings could not be read."""
    group_ids: tuple[str, ...] = ()
    """The folder name of every group, readable or not."""
    unreadable: frozenset[str] = frozenset()
    """``group/document`` of each document that could not be read (references to it are
    not reported: its own errors are)."""


def load_content(root: Path) -> LoadResult:
    """Read the content folder ``root`` into a :class:`Project`.

    Raises :class:`UsageError` only when ``root`` is not a folder; every problem in the
    content is a diagnostic.
    """
    load_content_check(root)
    return _ContentReader(root, PictureCheck()).read()


class ContentFolder:
    """A content folder read one piece at a time, so that a build of many groups never
    holds them all: the project's settings, the group folders, then each group."""

    def __init__(self, root: Path) -> None:
        load_content_check(root)
        self.root = root
        self.pictures = PictureCheck()

    def settings(self) -> tuple[ProjectSettings | None, list[Diagnostic]]:
        reader = _ContentReader(self.root, self.pictures)
        settings = reader._project_settings()
        return (None if settings is INVALID else settings), reader.problems

    def group_folders(self) -> list[Path]:
        return _ContentReader(self.root, self.pictures)._group_folders()

    def group(self, folder: Path) -> tuple[WorkingGroup | None, list[Diagnostic]]:
        reader = _ContentReader(self.root, self.pictures)
        group = reader._group(folder)
        return (None if group is INVALID else group), reader.problems


def load_content_check(root: Path) -> None:
    """Raise :class:`UsageError` unless ``root`` is a folder."""
    if not root.exists():
        raise UsageError(f"content folder '{root}' does not exist")
    if not root.is_dir():
        raise UsageError(f"'{root}' is not a folder; give the folder holding project.yaml")


class _ContentReader:
    def __init__(self, root: Path, pictures: PictureCheck) -> None:
        self.root = root
        self.pictures = pictures
        self.problems: list[Diagnostic] = []
        self.readable: list[WorkingGroup] = []
        self.unreadable: set[str] = set()
        self.incomplete: dict[Path, Any] = {}
        """Records built without some of their parts (reported): checked, never built."""

    def read(self) -> LoadResult:
        settings = self._project_settings()
        folders = self._group_folders()
        groups = [self._group(entry) for entry in folders]
        ids = tuple(f.name for f in folders)
        if settings is INVALID or any(g is INVALID for g in groups):
            partial = (
                None
                if settings is INVALID
                else Project(settings=settings, groups=tuple(self.readable))
            )
            return LoadResult(None, self.problems, partial, ids, frozenset(self.unreadable))
        project = Project(settings=settings, groups=tuple(groups))
        return LoadResult(project, self.problems, None, ids)

    # -- files ---------------------------------------------------------------------

    def _source(self, path: Path) -> SourceFile:
        return SourceFile(path, (self.root / path.relative_to(self.root)).as_posix())

    def _file(self, path: Path, build: Callable[[Converter, MappingNode], Any]) -> Any:
        source = self._source(path)
        if not is_inside(path, self.root):
            self.problems.append(
                error(
                    source.start,
                    "path-outside",
                    "this file is a link to a place outside the content folder; "
                    "copy the file into the content folder instead",
                )
            )
            return INVALID
        node, problems = read_yaml(source)
        self.problems.extend(problems)
        if node is None:
            return INVALID
        if not isinstance(node, MappingNode):
            self.problems.append(
                error(source.at(node), "wrong-type", "a content file must be a mapping of fields")
            )
            return INVALID
        if not self._schema_ok(source, node):
            return INVALID
        converter = Converter(source, self._path_resolver(path.parent))
        result = build(converter, node)
        self.problems.extend(converter.diagnostics)
        if converter.incomplete and result is not INVALID:
            self.incomplete[path] = result
            return INVALID
        return result

    def _schema_ok(self, source: SourceFile, node: MappingNode) -> bool:
        for key, value in node.value:
            if isinstance(key, ScalarNode) and key.value == "schema":
                if isinstance(value, ScalarNode) and value.value.isdigit():
                    if int(value.value) in SUPPORTED_SCHEMAS:
                        return True
                    newer = int(value.value) > SCHEMA_VERSION
                    advice = (
                        "upgrade councilkit to read it"
                        if newer
                        else "this format is too old to migrate; recreate the file"
                    )
                    message = (
                        f"unknown content format 'schema: {value.value}'; this councilkit "
                        f"reads schema {SCHEMA_VERSION} ({advice})"
                    )
                else:
                    message = f"'schema' must be a whole number; write 'schema: {SCHEMA_VERSION}'"
                self.problems.append(error(source.at(value), "bad-schema", message))
                return False
        self.problems.append(
            error(
                source.at(node),
                "missing-schema",
                f"this file does not say its content format; add 'schema: {SCHEMA_VERSION}' "
                "as its first line",
            )
        )
        return False

    def _path_resolver(self, base: Path) -> Callable[[str, Location], str | None]:
        def resolve(written: str, where: Location) -> str | None:
            return resolve_content_path(
                written,
                where,
                base=base,
                root=self.root,
                problems=self.problems,
                pictures=self.pictures,
            )

        return resolve

    # -- project -------------------------------------------------------------------

    def _project_settings(self) -> Any:
        path = _yaml_file(self.root, PROJECT_FILE)
        if path is None:
            self.problems.append(
                error(
                    Location((self.root / PROJECT_FILE).as_posix()),
                    "missing-file",
                    "there is no project.yaml in the content folder; create it, or run "
                    "'councilkit new' to start a content folder",
                )
            )
            return INVALID
        return self._file(
            path, lambda c, node: c.record(node, ProjectSettings, skip=frozenset({"schema"}))
        )

    # -- groups --------------------------------------------------------------------

    def _group_folders(self) -> list[Path]:
        folder = self.root / GROUPS_FOLDER
        if not folder.is_dir():
            return []
        return [
            entry
            for entry in sorted(folder.iterdir())
            if not entry.name.startswith(".") and entry.is_dir()
        ]

    def _group(self, folder: Path) -> Any:
        where = Location(self._source(folder).display)
        if not is_inside(folder, self.root):
            self.problems.append(
                error(
                    where,
                    "path-outside",
                    "this group folder is a link to a place outside the content folder; "
                    "move the group into the content folder",
                )
            )
            return INVALID
        if not re.fullmatch(SLUG_PATTERN, folder.name):
            self.problems.append(
                error(where, "bad-value", f"group folder name '{folder.name}': {SLUG_HELP}")
            )
            return INVALID
        group_file = _yaml_file(folder, GROUP_FILE)
        if group_file is None:
            self.problems.append(
                error(
                    Location(f"{where.path}/{GROUP_FILE}"),
                    "missing-file",
                    f"group folder '{folder.name}' has no group.yaml; create it with the "
                    "group's names and members",
                )
            )
            return INVALID
        group = self._file(
            group_file,
            lambda c, node: c.record(
                node, WorkingGroup, skip=frozenset({"schema"}), extra={"id": folder.name}
            ),
        )
        paths = [
            path
            for path in sorted(folder.iterdir())
            if path.suffix in YAML_SUFFIXES and path.stem != "group" and path.is_file()
        ]
        documents = [self._document(path) for path in paths]
        complete = tuple(d for d in documents if d is not INVALID)
        checked = tuple(
            self.incomplete.get(p, d)
            for p, d in zip(paths, documents, strict=True)
            if self.incomplete.get(p, d) is not INVALID
        )
        self.unreadable.update(
            f"{folder.name}/{p.stem}"
            for p, d in zip(paths, documents, strict=True)
            if d is INVALID and p not in self.incomplete
        )
        if group is INVALID:
            return INVALID
        self.readable.append(_with_documents(group, checked))
        if len(complete) < len(documents):
            return INVALID
        return _with_documents(group, complete)

    def _document(self, path: Path) -> Any:
        if not re.fullmatch(SLUG_PATTERN, path.stem):
            self.problems.append(
                error(
                    self._source(path).start,
                    "bad-value",
                    f"document file name '{path.name}': {SLUG_HELP} (the name becomes "
                    "the document's id and output file name)",
                )
            )
            return INVALID
        return self._file(
            path,
            lambda c, node: c.record(
                node, Document, skip=frozenset({"schema"}), extra={"id": path.stem}
            ),
        )


def _yaml_file(folder: Path, name: str) -> Path | None:
    stem = Path(name).stem
    for suffix in YAML_SUFFIXES:
        candidate = folder / f"{stem}{suffix}"
        if candidate.is_file():
            return candidate
    return None


def _with_documents(group: WorkingGroup, documents: tuple[Document, ...]) -> WorkingGroup:
    return dataclasses.replace(group, documents=documents)
