"""The build: content folder in, Office files and a manifest out.

Order matters for official records: the content is loaded and checked first, and a single
error stops the build before anything is written; then each file is rendered in memory,
normalised (the package step) and written atomically; the manifest is written last.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from councilkit import __version__
from councilkit.api import load_checked
from councilkit.build.cache import CACHE_FILE, CACHE_FOLDER, BuildCache, document_key
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
    reused: int = 0
    """How many files were unchanged since the last build and not rendered again."""


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
    project, diagnostics = load_checked(content_root)
    if project is None:
        raise ContentError(diagnostics)
    folder = OutputFolder(Path(out))
    selection = _Selection(
        languages=tuple(lang.value for lang in _languages(project, languages)),
        groups=tuple(g.id for g in _groups(project, groups)),
        epoch=source_date_epoch,
    )
    plan = selection.plan(project, content_root)
    result = BuildResult(out=folder.path, diagnostics=list(diagnostics))
    cache = BuildCache.read(folder.path) if use_cache else BuildCache(entries={})
    keys = {p.name: document_key(p.job, p.job.localizer.tag, p.name) for p in plan}
    folder.create()
    reused: dict[str, bytes] = {}
    for planned in plan:
        data = cache.hit(folder.path, planned.name, keys[planned.name])
        if data is not None:
            reused[planned.name] = data
    by_name = {p.name: p for p in plan}
    pending = [p.name for p in plan if p.name not in reused]
    try:
        for name, data in reused.items():
            _record(result, by_name[name], data, folder.path / name)
            if on_output is not None:
                on_output(folder.path / name, True)
        for name, data, problems in _render_all(pending, by_name, content_root, selection, jobs):
            result.diagnostics.extend(problems)
            if has_errors(problems):
                raise ContentError(sort_diagnostics(result.diagnostics))
            path = folder.write(name, data)
            cache.record(name, keys[name], data)
            _record(result, by_name[name], data, path)
            if on_output is not None:
                on_output(path, False)
    finally:
        if use_cache:
            for name, data in reused.items():
                cache.record(name, keys[name], data)
            internal = OutputFolder(folder.path / CACHE_FOLDER)
            internal.create()
            internal.write(CACHE_FILE, cache.to_json())
    result.entries.sort(key=lambda e: e.path)
    folder.write(
        MANIFEST_NAME,
        manifest_json(result.entries, councilkit_version=__version__, epoch=source_date_epoch),
    )
    result.reused = len(reused)
    result.diagnostics = sort_diagnostics(result.diagnostics)
    return result


@dataclass(frozen=True, slots=True)
class _Selection:
    """What to build, in plain values that cross process boundaries."""

    languages: tuple[str, ...]
    groups: tuple[str, ...]
    epoch: int | None

    def plan(self, project: Project, content_root: Path) -> list[PlannedOutput]:
        return plan_outputs(
            project,
            content_root,
            languages=tuple(Language(v) for v in self.languages),
            groups=tuple(g for g in project.groups if g.id in self.groups),
            epoch=self.epoch,
        )


Rendered = tuple[str, bytes, tuple[Diagnostic, ...]]


def render_planned(planned: PlannedOutput) -> Rendered:
    """Render and package one planned output: its name, bytes and diagnostics."""
    rendered = renderer_for(planned.document.KIND).render(planned.job)
    if has_errors(rendered.diagnostics):
        return planned.name, b"", rendered.diagnostics
    return planned.name, normalize_ooxml(rendered.data, planned.job.timestamp), rendered.diagnostics


def _render_all(
    names: list[str],
    by_name: dict[str, PlannedOutput],
    content_root: Path,
    selection: _Selection,
    jobs: int,
) -> Iterator[Rendered]:
    """Each rendered output, in plan order, from this process or a pool of ``jobs``."""
    if jobs <= 1 or len(names) < 3:
        for name in names:
            yield render_planned(by_name[name])
        return
    with ProcessPoolExecutor(
        max_workers=min(jobs, len(names)),
        initializer=_start_worker,
        initargs=(str(content_root), selection),
    ) as pool:
        yield from pool.map(_render_in_worker, names)


_WORKER_PLAN: dict[str, PlannedOutput] = {}


def _start_worker(content_root: str, selection: _Selection) -> None:
    project, _ = load_checked(content_root)
    assert project is not None, "the content changed while it was being built"
    _WORKER_PLAN.update({p.name: p for p in selection.plan(project, Path(content_root))})


def _render_in_worker(name: str) -> Rendered:
    return render_planned(_WORKER_PLAN[name])


def _record(result: BuildResult, planned: PlannedOutput, data: bytes, path: Path) -> None:
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
