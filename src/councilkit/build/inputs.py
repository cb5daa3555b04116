"""What the renderer of each kind of document reads: the model records and the files.

A document's cache key (:mod:`councilkit.build.keys`) is computed from this declaration
and nothing else, so a renderer that starts reading something new must say so here, beside
the list of kinds it draws (:data:`councilkit.render._RENDERERS`); a kind with a renderer
and no declaration is an error, not a key that misses an input.

Records are hashed through their ``repr``, which leaves out source positions: moving text
around a file or editing a comment renders nothing again. Files are hashed by their bytes
as the build first read them (:class:`~councilkit.build.reads.FileReads`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from councilkit.build import fingerprint
from councilkit.build.reads import plain_files
from councilkit.model import ContentPath, Mandate
from councilkit.render import RenderJob, renderer_kinds
from councilkit.validate.walk import iter_records

RecordReader = Callable[[RenderJob], Iterator[tuple[str, object]]]
Listing = Callable[[Path], list[Path]]
"""The plain files of a folder (:func:`~councilkit.build.reads.plain_files`, or a memo of
it that one build keeps)."""
FileReader = Callable[[RenderJob, Listing], Iterator[Path]]


def _settings(job: RenderJob) -> Iterator[tuple[str, object]]:
    yield "settings", job.project.settings


def _group(job: RenderJob) -> Iterator[tuple[str, object]]:
    """The group's names, members and chairs; not its other documents."""
    yield "group", dataclasses.replace(job.group, documents=())


def _document(job: RenderJob) -> Iterator[tuple[str, object]]:
    yield "document", job.document


def _mandates(job: RenderJob) -> Iterator[tuple[str, object]]:
    """The group's mandates, which decks show and terms of reference implement."""
    for other in job.group.documents:
        if isinstance(other, Mandate):
            yield "mandate", other


def _pictures(job: RenderJob, listed: Listing) -> Iterator[Path]:
    for picture in sorted({p.path for p in iter_records(job.document, ContentPath)}):
        yield job.content_root / picture


def _layout(job: RenderJob, listed: Listing) -> Iterator[Path]:
    """Every file of the document's layout folder (reference files and mappings)."""
    yield from listed(job.layout_dir)


def _catalogs(job: RenderJob, listed: Listing) -> Iterator[Path]:
    """The translation catalogs of the document's languages (all of a language's domains:
    they are merged into one)."""
    languages = [job.localizer.language]
    if job.side_by_side is not None:
        languages.append(job.side_by_side.language)
    for language in sorted({lang.value for lang in languages}):
        yield from listed(fingerprint.catalog_folder() / language)


RECORDS: dict[str, RecordReader] = {
    "settings": _settings,
    "group": _group,
    "document": _document,
    "mandates": _mandates,
}
FILES: dict[str, FileReader] = {"pictures": _pictures, "layout": _layout, "catalogs": _catalogs}


@dataclass(frozen=True, slots=True)
class DocumentInputs:
    """The names of the records (:data:`RECORDS`) and files (:data:`FILES`) one kind of
    document reads."""

    records: tuple[str, ...]
    files: tuple[str, ...] = ("pictures", "layout", "catalogs")


INPUTS: dict[str, DocumentInputs] = {
    "mandate": DocumentInputs(records=("settings", "group", "document")),
    "terms-of-reference": DocumentInputs(records=("settings", "group", "document", "mandates")),
    "deck": DocumentInputs(records=("settings", "group", "document", "mandates")),
}


def inputs_of(kind: str) -> DocumentInputs:
    """The declared inputs of document ``kind``; KeyError naming the declared kinds."""
    try:
        return INPUTS[kind]
    except KeyError:
        raise KeyError(
            f"document kind {kind!r} declares no inputs; declared: {', '.join(INPUTS)}"
        ) from None


def records_read(job: RenderJob) -> Iterator[tuple[str, object]]:
    """Every model record the renderer of ``job`` reads, with its label."""
    for name in inputs_of(job.document.KIND).records:
        yield from RECORDS[name](job)


def files_read(job: RenderJob, listed: Listing = plain_files) -> list[Path]:
    """Every file the renderer of ``job`` reads (the files of a folder as ``listed``
    gives them)."""
    return [
        path for name in inputs_of(job.document.KIND).files for path in FILES[name](job, listed)
    ]


def undeclared_kinds() -> list[str]:
    """Kinds with a renderer and no declaration (a test keeps this empty)."""
    return [kind for kind in renderer_kinds() if kind not in INPUTS]
