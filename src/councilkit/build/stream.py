"""The build of content that changed: every group is read and checked first, one at a
time, and a single error stops the build before anything is written; then each group with
something to render is read again, its files rendered in memory, normalised (the package
step) and written atomically; the manifest is written last."""

from __future__ import annotations

import contextlib
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from councilkit import __version__
from councilkit.build.cache import BuildCache, diagnostic_json
from councilkit.build.keys import document_key
from councilkit.build.manifest import MANIFEST_NAME, BuildResult, ManifestEntry, manifest_json
from councilkit.build.output import OutputFolder
from councilkit.build.plan import (
    PlannedOutput,
    chosen_languages,
    plan_outputs,
    refuse_clashes,
    selected_groups,
)
from councilkit.diagnostics import Diagnostic, has_errors, sort_diagnostics
from councilkit.errors import ContentError
from councilkit.loader import ContentFolder
from councilkit.model import Language, Project, ProjectSettings
from councilkit.package import normalize_ooxml
from councilkit.render import renderer_for
from councilkit.validate import validate


def build_changed(
    content_root: Path,
    folder: OutputFolder,
    cache: BuildCache,
    snapshot: str,
    *,
    languages: Sequence[str] | None,
    groups: Sequence[str] | None,
    source_date_epoch: int | None,
    jobs: int,
    use_cache: bool,
    on_output: Callable[[Path, bool], None] | None,
) -> BuildResult:
    """Build the content into ``folder``, rendering only what the cache does not hold;
    see :func:`councilkit.build.build`."""
    reader = ContentFolder(content_root)
    checked = _check(reader, languages, groups, source_date_epoch, cache, folder.path)
    result = BuildResult(out=folder.path, diagnostics=list(checked.diagnostics))
    folder.create()
    for entry, key in checked.reused:
        cache.remember(entry.path, key, entry.sha256)
        result.entries.append(entry)
        result.reused += 1
        if on_output is not None:
            on_output(folder.path / entry.path, True)
    reused = {entry.path for entry, _ in checked.reused}
    try:
        plan = (p for p in _planned(reader, checked, source_date_epoch) if p.name not in reused)
        for planned, data, problems in _render_all(plan, jobs):
            result.diagnostics.extend(problems)
            if has_errors(problems):
                raise ContentError(sort_diagnostics(result.diagnostics))
            path = folder.write(planned.name, data)
            cache.record(planned.name, checked.keys[planned.name], data)
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


@dataclass(frozen=True, slots=True)
class _Checked:
    """What the first pass over the content found: it holds no group, only names."""

    settings: ProjectSettings
    diagnostics: list[Diagnostic]
    languages: tuple[Language, ...]
    folders: tuple[Path, ...]
    """The folders of the selected groups with at least one file to render."""
    keys: dict[str, str]
    """The cache key of every file to write."""
    reused: list[tuple[ManifestEntry, str]]
    """Files unchanged since the last build, with their keys."""


def _check(
    reader: ContentFolder,
    languages: Sequence[str] | None,
    groups: Sequence[str] | None,
    epoch: int | None,
    cache: BuildCache,
    out: Path,
) -> _Checked:
    """Read and check every group one at a time, keeping only diagnostics, the names and
    cache keys of the files to write, and the manifest entries of those unchanged: an
    error anywhere stops the build before anything is written, memory does not grow with
    the number of groups, and only groups with something to render are read again."""
    settings, diagnostics = reader.settings()
    folders = reader.group_folders()
    ids = [f.name for f in folders]
    selected = selected_groups(ids, groups)
    chosen: tuple[Language, ...] = ()
    if settings is not None:
        chosen = chosen_languages(settings.languages, languages)
        diagnostics += validate(Project(settings=settings), group_ids=ids)
    names: list[str] = []
    keys: dict[str, str] = {}
    reused: list[tuple[ManifestEntry, str]] = []
    to_render: set[str] = set()
    for folder in folders:
        group, problems = reader.group(folder)
        diagnostics += problems
        if group is None or settings is None:
            continue
        project = Project(settings=settings, groups=(group,))
        found = validate(project, group_ids=ids)
        diagnostics += found
        if folder.name in selected and not has_errors(problems + found):
            plan = plan_outputs(
                project, reader.root, languages=chosen, groups=(group,), epoch=epoch
            )
            for planned in plan:
                names.append(planned.name)
                key = keys[planned.name] = document_key(
                    planned.job, planned.job.localizer.tag, planned.name
                )
                data = cache.hit(out, planned.name, key)
                if data is None:
                    to_render.add(folder.name)
                else:
                    reused.append((_entry(planned, data), key))
    diagnostics = sort_diagnostics(diagnostics)
    if settings is None or has_errors(diagnostics):
        raise ContentError(diagnostics)
    refuse_clashes(names)
    render = tuple(f for f in folders if f.name in to_render)
    return _Checked(settings, diagnostics, chosen, render, keys, reused)


def _planned(
    reader: ContentFolder, checked: _Checked, epoch: int | None
) -> Iterator[PlannedOutput]:
    """The outputs to write, one group loaded at a time (each job holds its own group)."""
    for folder in checked.folders:
        group, _ = reader.group(folder)
        assert group is not None, "the content changed while it was being built"
        project = Project(settings=checked.settings, groups=(group,))
        yield from plan_outputs(
            project, reader.root, languages=checked.languages, groups=(group,), epoch=epoch
        )


Rendered = tuple[str, bytes, tuple[Diagnostic, ...]]


def render_planned(planned: PlannedOutput) -> Rendered:
    """Render and package one planned output: its name, bytes and diagnostics."""
    rendered = renderer_for(planned.document.KIND).render(planned.job)
    if has_errors(rendered.diagnostics):
        return planned.name, b"", rendered.diagnostics
    data = rendered.data
    if not rendered.packaged:
        data = normalize_ooxml(data, planned.job.timestamp)
    return planned.name, data, rendered.diagnostics


def _render_all(
    plan: Iterator[PlannedOutput], jobs: int
) -> Iterator[tuple[PlannedOutput, bytes, tuple[Diagnostic, ...]]]:
    """Each planned output rendered, in plan order: in this process, or in a pool of
    ``jobs`` workers started at the first file, with at most a few tasks per worker in
    flight so that memory stays flat however many groups the content has."""
    with contextlib.ExitStack() as stack:
        pool: ProcessPoolExecutor | None = None
        in_flight: deque[tuple[PlannedOutput, Future[Rendered]]] = deque()
        for planned in plan:
            if jobs <= 1:
                _, data, problems = render_planned(planned)
                yield planned, data, problems
                continue
            if pool is None:
                pool = stack.enter_context(ProcessPoolExecutor(max_workers=jobs))
            in_flight.append((planned, pool.submit(render_planned, planned)))
            if len(in_flight) >= jobs * 4:
                yield _collect(in_flight.popleft())
        while in_flight:
            yield _collect(in_flight.popleft())


def _collect(
    task: tuple[PlannedOutput, Future[Rendered]],
) -> tuple[PlannedOutput, bytes, tuple[Diagnostic, ...]]:
    planned, future = task
    _, data, problems = future.result()
    return planned, data, problems


def _record(result: BuildResult, planned: PlannedOutput, data: bytes) -> None:
    result.entries.append(_entry(planned, data))


def _entry(planned: PlannedOutput, data: bytes) -> ManifestEntry:
    return ManifestEntry.of(
        planned.name,
        data,
        group=planned.group.id,
        document=planned.document.id,
        kind=planned.document.KIND,
        language=planned.language.value,
        version=planned.document.version,
        status=planned.document.status.value,
    )
