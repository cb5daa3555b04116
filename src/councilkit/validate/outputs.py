"""Rules on output file names: every edition of every document gets a file name of its
own, short enough for every file system."""

from __future__ import annotations

from collections.abc import Iterator

from councilkit.diagnostics import Diagnostic, Location, error
from councilkit.model import Deck, Document, Project, WorkingGroup
from councilkit.validate.scope import Scope

MAX_NAME_BYTES = 255
"""The longest file name most file systems store."""


def check_outputs(project: Project, scope: Scope) -> Iterator[Diagnostic]:
    """Two editions written to the same file, and file names too long to store; both at
    the output stem in project.yaml."""
    output = project.settings.output
    where = output.stem_loc or output.loc or project.settings.loc or Location("project.yaml")
    first: dict[str, tuple[WorkingGroup, Document]] = {}
    reported: set[tuple[str, str, str, str]] = set()
    for group in project.groups:
        for document in group.documents:
            for name in _names(project, group, document):
                if len(name.encode("utf-8")) > MAX_NAME_BYTES:
                    yield error(
                        where,
                        "bad-file-name",
                        f"the output stem '{output.stem}' makes the file name '{name}', over "
                        f"{MAX_NAME_BYTES} bytes; shorten the stem or the folder and file names",
                    )
                    continue
                earlier = first.setdefault(name, (group, document))
                pair = (earlier[0].id, earlier[1].id, group.id, document.id)
                if earlier[1] is not document and pair not in reported:
                    reported.add(pair)
                    yield error(
                        where,
                        "name-clash",
                        f"the output stem '{output.stem}' gives two documents the file name "
                        f"'{name}' ({_which(*earlier)} and {_which(group, document)}); include "
                        "{group} and {document} in the stem, or rename one of them",
                    )


def _names(project: Project, group: WorkingGroup, document: Document) -> Iterator[str]:
    """The file name of each edition of ``document``."""
    output = project.settings.output
    stem = output.file_stem(group.id, document.id, document.KIND)
    extension = ".pptx" if isinstance(document, Deck) else ".docx"
    for language, _ in project.files_of(document):
        yield f"{stem}-{output.suffix(language)}{extension}"


def _which(group: WorkingGroup, document: Document) -> str:
    return f"{group.id}/{document.id}"
