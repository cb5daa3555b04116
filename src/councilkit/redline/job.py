"""A redline run: both versions loaded and checked, the documents chosen, every redline
made in memory, then written with the manifest (nothing is written when anything fails)."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from councilkit import __version__
from councilkit.atomic import StagedFiles, ensure_folder
from councilkit.build.manifest import MANIFEST_NAME, ManifestEntry, document_facts, manifest_json
from councilkit.build.naming import output_name
from councilkit.build.plan import chosen_languages, selected_groups
from councilkit.bundle.scratch import work_folder
from councilkit.errors import UsageError
from councilkit.redline.compose import Side, redline
from councilkit.redline.decks.run import group_decks
from councilkit.redline.scratch import stopping_cleanly
from councilkit.redline.source import WORKING_TREE, Version, load_version, materialise

KINDS = ("mandate", "terms-of-reference")
"""What is redlined with tracked changes (decks are listed slide by slide, :mod:`.decks`)."""


@dataclass(frozen=True, slots=True)
class Request:
    content: Path
    old: str
    new: str | None
    out: Path
    languages: Sequence[str] | None = None
    groups: Sequence[str] | None = None
    documents: Sequence[str] | None = None
    author: str | None = None
    epoch: int | None = None


def run(request: Request, report: Callable[[str], None]) -> list[ManifestEntry]:
    """Every redline ``request`` asks for, written into ``request.out``; ``report`` hears
    a line per document without changes. A run asked to stop leaves nothing behind
    (:mod:`.scratch`)."""
    with stopping_cleanly():
        return _run(request, report)


def _run(request: Request, report: Callable[[str], None]) -> list[ManifestEntry]:
    if not (request.content / "project.yaml").is_file():
        raise UsageError(
            f"'{request.content}' is not a councilkit content folder (no project.yaml)"
        )
    with work_folder() as scratch:
        old = _version(request.content, request.old, Path(scratch, "old"))
        if request.new is None:
            new = load_version(request.content, WORKING_TREE)
        else:
            new = _version(request.content, request.new, Path(scratch, "new"))
        project = new.project
        groups = {g.id: g for g in project.groups}
        wanted = selected_groups(list(groups), request.groups)
        languages = chosen_languages(project.settings.languages, request.languages)
        old_groups = {g.id: g for g in old.project.groups}
        made: list[tuple[str, bytes, ManifestEntry]] = []
        seen_documents: set[str] = set()
        for group_id in sorted(wanted):
            group = groups[group_id]
            if group_id not in old_groups:
                raise UsageError(f"{old.label} has no group '{group_id}'")
            old_documents = {d.id: d for d in old_groups[group_id].documents}
            for document in group.documents:
                if document.KIND not in KINDS:
                    continue
                if request.documents and document.id not in request.documents:
                    continue
                seen_documents.add(document.id)
                if document.id not in old_documents:
                    raise UsageError(
                        f"{old.label} has no document '{document.id}' in group '{group_id}'"
                    )
                for language in languages:
                    name = output_name(project.settings.output, group, document, language, ".docx")
                    name = name.removesuffix(".docx") + "-redline.docx"
                    data = redline(
                        Side(old, old_groups[group_id], old_documents[document.id]),
                        Side(new, group, document),
                        language,
                        author=request.author,
                        epoch=request.epoch,
                    )
                    if data is None:
                        report(f"{group_id}/{document.id} ({language.value}): no change")
                        continue
                    facts = document_facts(group_id, document, language)
                    entry = ManifestEntry.of(name, data, **facts)
                    made.append((name, data, entry))
            found, decks = group_decks(
                (old, new),
                (old_groups[group_id], group),
                languages,
                request.documents,
                epoch=request.epoch,
                report=report,
            )
            made, seen_documents = made + found, seen_documents | decks
        for missing in request.documents or ():
            if missing not in seen_documents:
                raise UsageError(
                    f"no mandate, terms of reference or deck '{missing}' in the groups chosen"
                )
    manifest = manifest_json(
        [e for _, _, e in made], councilkit_version=__version__, epoch=request.epoch
    )
    existed = request.out.exists()
    folder = ensure_folder(request.out)
    staged = StagedFiles()  # every file, or none
    try:
        for name, data, _ in made:
            staged.add(folder / name, data)
        staged.add(folder / MANIFEST_NAME, manifest)
    except BaseException:
        staged.discard()
        if not existed:
            with contextlib.suppress(OSError):
                folder.rmdir()
        raise
    staged.commit()
    return [e for _, _, e in made]


def _version(content: Path, revision: str, scratch: Path) -> Version:
    """The checked version ``revision`` names (a folder, or a git revision copied into
    ``scratch``, its problems shown with the revision's name)."""
    root, label = materialise(content, revision, scratch)
    return load_version(root, label, shown_as=revision if root == scratch else None)
