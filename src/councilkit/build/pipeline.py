"""The build: content folder in, Office files and a manifest out.

Order matters for official records: the content is loaded and checked first, and a single
error stops the build before anything is written; then each file is rendered in memory,
normalised (the package step) and written atomically; the manifest is written last.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from councilkit import __version__
from councilkit.api import load_checked
from councilkit.build.layouts import find_layout
from councilkit.build.manifest import ManifestEntry, manifest_json
from councilkit.build.naming import output_name
from councilkit.build.output import OutputFolder
from councilkit.diagnostics import Diagnostic, has_errors, sort_diagnostics
from councilkit.errors import ContentError, UsageError
from councilkit.localize import Localizer
from councilkit.model import Document, Edition, Language, Project, WorkingGroup
from councilkit.package import normalize_ooxml, timestamp_from_epoch
from councilkit.render import RenderJob, renderer_for

MANIFEST_NAME = "manifest.json"


@dataclass(frozen=True, slots=True)
class PlannedOutput:
    """One file the build will write."""

    name: str
    group: WorkingGroup
    document: Document
    language: Language
    job: RenderJob


@dataclass
class BuildResult:
    """What a build wrote, and the warnings it met on the way."""

    out: Path
    entries: list[ManifestEntry] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)


def build(
    content: str | Path,
    out: str | Path = "build",
    *,
    languages: Sequence[str] | None = None,
    groups: Sequence[str] | None = None,
    source_date_epoch: int | None = None,
    on_output: Callable[[Path], None] | None = None,
) -> BuildResult:
    """Build every selected document of the content folder into ``out``.

    Raises :class:`ContentError` (with every diagnostic) when the content has errors, and
    :class:`UsageError` for an unknown group, language or layout; in both cases nothing
    is written.
    """
    content_root = Path(content)
    project, diagnostics = load_checked(content_root)
    if project is None:
        raise ContentError(diagnostics)
    folder = OutputFolder(Path(out))
    plan = plan_outputs(
        project,
        content_root,
        languages=_languages(project, languages),
        groups=_groups(project, groups),
        epoch=source_date_epoch,
    )
    result = BuildResult(out=folder.path, diagnostics=list(diagnostics))
    folder.create()
    for planned in plan:
        renderer = renderer_for(planned.document.KIND)
        rendered = renderer.render(planned.job)
        result.diagnostics.extend(rendered.diagnostics)
        if has_errors(rendered.diagnostics):
            raise ContentError(sort_diagnostics(result.diagnostics))
        data = normalize_ooxml(rendered.data, planned.job.timestamp)
        path = folder.write(planned.name, data)
        result.entries.append(
            ManifestEntry.of(
                planned.name,
                data,
                group=planned.group.id,
                document=planned.document.id,
                kind=planned.document.KIND,
                language=planned.language.value,
                version=planned.document.version,
                status=planned.document.status.value,
            )
        )
        if on_output is not None:
            on_output(path)
    folder.write(
        MANIFEST_NAME,
        manifest_json(result.entries, councilkit_version=__version__, epoch=source_date_epoch),
    )
    result.diagnostics = sort_diagnostics(result.diagnostics)
    return result


def plan_outputs(
    project: Project,
    content_root: Path,
    *,
    languages: tuple[Language, ...],
    groups: tuple[WorkingGroup, ...],
    epoch: int | None,
) -> list[PlannedOutput]:
    """Every file to write, checked for clashing names and missing layouts before any is
    written."""
    plan: list[PlannedOutput] = []
    first = project.settings.output.first_language
    for group in groups:
        for document in group.documents:
            renderer = renderer_for(document.KIND)
            layout_dir = find_layout(project.layout_of(document), content_root)
            timestamp = (
                timestamp_from_epoch(epoch) if epoch is not None else _midnight(document.date)
            )
            editions: list[tuple[Language | None, Language]]
            if project.edition_of(document) is Edition.SIDE_BY_SIDE and document.KIND != "deck":
                editions = [(None, first)]
            else:
                editions = [(lang, lang) for lang in languages]
            for named, language in editions:
                localizer = Localizer(project, language)
                job = RenderJob(
                    project=project,
                    group=group,
                    document=document,
                    localizer=localizer,
                    layout_dir=layout_dir,
                    content_root=content_root,
                    timestamp=timestamp,
                    side_by_side=Localizer(project, language.other) if named is None else None,
                )
                name = output_name(
                    project.settings.output, group, document, named, renderer.extension
                )
                plan.append(PlannedOutput(name, group, document, language, job))
    names = [p.name for p in plan]
    clashes = sorted({n for n in names if names.count(n) > 1})
    if clashes:
        raise UsageError(
            f"two documents would be written to the same file ({', '.join(clashes)}); "
            "make output.stem in project.yaml include {group} and {document}"
        )
    return plan


def _languages(project: Project, wanted: Sequence[str] | None) -> tuple[Language, ...]:
    if not wanted:
        return project.settings.languages
    known = {lang.value: lang for lang in project.settings.languages}
    unknown = [w for w in wanted if w not in known]
    if unknown:
        raise UsageError(f"unknown language '{unknown[0]}'; this project has: {', '.join(known)}")
    return tuple(known[w] for w in dict.fromkeys(wanted))


def _groups(project: Project, wanted: Sequence[str] | None) -> tuple[WorkingGroup, ...]:
    if not wanted:
        return project.groups
    known = [g.id for g in project.groups]
    unknown = [w for w in wanted if w not in known]
    if unknown:
        raise UsageError(f"no group '{unknown[0]}' in the content; known: {', '.join(known)}")
    return tuple(g for g in project.groups if g.id in wanted)


def _midnight(date: datetime.date) -> datetime.datetime:
    return datetime.datetime(date.year, date.month, date.day, tzinfo=datetime.UTC)
