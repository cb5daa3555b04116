"""The build: content folder in, Office files and a manifest out.

Order matters for official records: the content is loaded and checked first, and a single
error stops the build before anything is written; then each file is rendered in memory,
normalised (the package step) and written atomically; the manifest is written last.
"""

from __future__ import annotations

import dataclasses
import datetime
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from councilkit import __version__
from councilkit.api import load_checked
from councilkit.build.cache import (
    BuildCache,
    content_snapshot,
    diagnostic_json,
    document_key,
    previous_result,
)
from councilkit.build.layouts import find_layout, layout_search_path
from councilkit.build.manifest import MANIFEST_NAME, BuildResult, ManifestEntry, manifest_json
from councilkit.build.naming import output_name
from councilkit.build.output import OutputFolder
from councilkit.diagnostics import Diagnostic, has_errors, sort_diagnostics
from councilkit.errors import ContentError, UsageError
from councilkit.localize import Localizer
from councilkit.model import Document, Edition, Language, Project, WorkingGroup
from councilkit.package import normalize_ooxml, timestamp_from_epoch
from councilkit.render import RenderJob, renderer_for


@dataclass(frozen=True, slots=True)
class PlannedOutput:
    """One file the build will write."""

    name: str
    group: WorkingGroup
    document: Document
    language: Language
    job: RenderJob


def build(
    content: str | Path,
    out: str | Path = "build",
    *,
    languages: Sequence[str] | None = None,
    groups: Sequence[str] | None = None,
    source_date_epoch: int | None = None,
    jobs: int = 1,
    use_cache: bool = True,
    on_output: Callable[[Path, bool], None] | None = None,
) -> BuildResult:
    """Build every selected document of the content folder into ``out``.

    ``jobs`` worker processes render in parallel; with ``use_cache``, a document whose
    inputs have not changed since the last build into ``out`` is not rendered again.
    ``on_output(path, reused)`` is called as each file is written or reused.

    Raises :class:`ContentError` (with every diagnostic) when the content has errors, and
    :class:`UsageError` for an unknown group, language or layout; in both cases nothing
    is written.
    """
    content_root = Path(content)
    folder = OutputFolder(Path(out))
    cache = BuildCache.read(folder.path) if use_cache else BuildCache(entries={})
    snapshot = content_snapshot(
        content_root,
        layout_search_path(content_root)[1:],
        repr((sorted(languages or []), sorted(groups or []), source_date_epoch)),
    )
    if use_cache and cache.unchanged(folder.path, snapshot, MANIFEST_NAME):
        return previous_result(folder.path, cache, on_output)
    project, diagnostics = load_checked(content_root)
    if project is None:
        raise ContentError(diagnostics)
    plan = plan_outputs(
        project,
        content_root,
        languages=_languages(project, languages),
        groups=_groups(project, groups),
        epoch=source_date_epoch,
    )
    result = BuildResult(out=folder.path, diagnostics=list(diagnostics))
    keys = {p.name: document_key(p.job, p.job.localizer.tag, p.name) for p in plan}
    folder.create()
    pending: list[PlannedOutput] = []
    try:
        for planned in plan:
            data = cache.hit(folder.path, planned.name, keys[planned.name])
            if data is None:
                pending.append(planned)
                continue
            cache.record(planned.name, keys[planned.name], data)
            _record(result, planned, data)
            result.reused += 1
            if on_output is not None:
                on_output(folder.path / planned.name, True)
        for planned, data, problems in _render_all(pending, jobs):
            result.diagnostics.extend(problems)
            if has_errors(problems):
                raise ContentError(sort_diagnostics(result.diagnostics))
            path = folder.write(planned.name, data)
            cache.record(planned.name, keys[planned.name], data)
            _record(result, planned, data)
            if on_output is not None:
                on_output(path, False)
    except BaseException:
        if use_cache:  # keep what was written; the next build renders only the rest
            cache.snapshot = None
            cache.write(folder.path)
        raise
    result.entries.sort(key=lambda e: e.path)
    manifest = manifest_json(
        result.entries, councilkit_version=__version__, epoch=source_date_epoch
    )
    folder.write(MANIFEST_NAME, manifest)
    result.diagnostics = sort_diagnostics(result.diagnostics)
    if use_cache:
        cache.record(MANIFEST_NAME, MANIFEST_NAME, manifest)
        cache.snapshot = snapshot
        cache.diagnostics = [diagnostic_json(d) for d in result.diagnostics]
        cache.write(folder.path)
    return result


Rendered = tuple[str, bytes, tuple[Diagnostic, ...]]


def render_planned(planned: PlannedOutput) -> Rendered:
    """Render and package one planned output: its name, bytes and diagnostics."""
    rendered = renderer_for(planned.document.KIND).render(planned.job)
    if has_errors(rendered.diagnostics):
        return planned.name, b"", rendered.diagnostics
    data = normalize_ooxml(rendered.data, planned.job.timestamp)
    return planned.name, data, rendered.diagnostics


def _render_all(
    plan: list[PlannedOutput], jobs: int
) -> Iterator[tuple[PlannedOutput, bytes, tuple[Diagnostic, ...]]]:
    """Each rendered output, in plan order, from this process or a pool of ``jobs``.

    A task carries the project's settings and its own group only (renderers never look at
    other groups), and at most a few tasks per worker are in flight, so memory stays flat
    however many groups the content has.
    """
    if jobs <= 1 or len(plan) < 3:
        for planned in plan:
            _, data, problems = render_planned(planned)
            yield planned, data, problems
        return
    window = jobs * 4
    with ProcessPoolExecutor(max_workers=min(jobs, len(plan))) as pool:
        in_flight: deque[tuple[PlannedOutput, Future[Rendered]]] = deque()
        for planned in plan:
            in_flight.append((planned, pool.submit(render_planned, _portable(planned))))
            if len(in_flight) >= window:
                yield _collect(in_flight.popleft())
        while in_flight:
            yield _collect(in_flight.popleft())


def _collect(
    task: tuple[PlannedOutput, Future[Rendered]],
) -> tuple[PlannedOutput, bytes, tuple[Diagnostic, ...]]:
    planned, future = task
    _, data, problems = future.result()
    return planned, data, problems


def _portable(planned: PlannedOutput) -> PlannedOutput:
    """``planned`` with a project holding only its own group: small to send to a worker."""
    job = planned.job
    project = dataclasses.replace(job.project, groups=(planned.group,))
    second = job.side_by_side.language if job.side_by_side is not None else None
    portable = dataclasses.replace(
        job,
        project=project,
        localizer=Localizer(project, job.localizer.language),
        side_by_side=Localizer(project, second) if second is not None else None,
    )
    return dataclasses.replace(planned, job=portable)


def _record(result: BuildResult, planned: PlannedOutput, data: bytes) -> None:
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
