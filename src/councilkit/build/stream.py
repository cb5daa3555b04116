"""The build of content that changed: every group is read and checked first, one at a
time, and a single error stops the build before anything is written; the planned outputs
of each group with something to render are kept, pickled (:mod:`councilkit.build.batches`;
past a limit, such a group is read and checked again in its turn); then its files are
rendered in memory, normalised (the package step) and staged; only when every file is
ready are they all moved into place, the manifest and the cache last.

Each output's cache key is computed from the very job that was rendered. A file the build
read that changed while it ran (:meth:`~councilkit.build.reads.FileReads.changed`) keeps
the documents that read it out of the cache, and the snapshot is not kept: the next build
checks everything again."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from councilkit import __version__
from councilkit.build.batches import Batch, Holding, Pending
from councilkit.build.cache import BuildCache, diagnostic_json
from councilkit.build.inputs import files_read
from councilkit.build.keys import document_key, file_line
from councilkit.build.manifest import (
    MANIFEST_NAME,
    BuildResult,
    ManifestEntry,
    manifest_json,
    merged_entries,
)
from councilkit.build.output import OutputFolder
from councilkit.build.plan import (
    PlannedOutput,
    chosen_languages,
    output_names,
    plan_outputs,
    refuse_clashes,
    selected_groups,
)
from councilkit.build.reads import plain_files
from councilkit.build.shard import Shard, content_digest
from councilkit.build.snapshot import Snapshot
from councilkit.build.workers import render_all
from councilkit.diagnostics import Diagnostic, has_errors, sort_diagnostics
from councilkit.errors import ContentError, UsageError
from councilkit.loader import ContentFolder
from councilkit.model import Language, Project, ProjectSettings, WorkingGroup
from councilkit.render import RenderJob, renderer_for, renderer_kinds
from councilkit.render.layout_check import LayoutUses
from councilkit.validate import validate


def load_renderers() -> None:
    """Import every renderer: the check names each output with its renderer's extension,
    and the workers, copies of this process, render with them."""
    for kind in renderer_kinds():
        renderer_for(kind)


def build_changed(
    content_root: Path,
    folder: OutputFolder,
    cache: BuildCache,
    snapshot: Snapshot,
    *,
    languages: Sequence[str] | None,
    groups: Sequence[str] | None,
    source_date_epoch: int | None,
    jobs: int,
    use_cache: bool,
    on_output: Callable[[Path, bool], None] | None,
    shard: Shard | None = None,
) -> BuildResult:
    """Build the content into ``folder``, rendering only what the cache does not hold
    (only the documents of ``shard``, when given); see :func:`councilkit.build.build`."""
    reader = ContentFolder(content_root)
    keys = _Keys(snapshot)
    checked = _check(reader, languages, groups, source_date_epoch, cache, folder, keys, shard)
    result = BuildResult(out=folder.path, diagnostics=list(checked.diagnostics))
    folder.open()
    if use_cache:
        folder.internal()  # a link or a file in the cache's place stops the build here
    for entry, key in checked.reused:
        cache.remember(entry.path, key, entry.sha256)
        result.entries.append(entry)
        result.reused += 1
        if on_output is not None:
            on_output(folder.path / entry.path, True)
    reused = {entry.path for entry, _ in checked.reused}
    files: dict[str, tuple[Path, ...]] = {}
    batches = _batches(reader, checked, source_date_epoch, shard, reused, keys)
    for pending, data, problems in render_all(batches, jobs, inherited=folder.lock):
        result.diagnostics.extend(problems)
        if has_errors(problems):
            raise ContentError(sort_diagnostics(result.diagnostics))
        path = folder.stage(pending.name, data)
        cache.record(pending.name, pending.key, data)
        files[pending.name] = pending.files
        result.entries.append(pending.entry(data))
        if on_output is not None:
            on_output(path, False)
    result.entries.sort(key=lambda e: e.path)
    listed = merged_entries(
        result.entries,
        folder.read(MANIFEST_NAME),
        produced=checked.produced,
        on_disk=folder.read,
    )
    manifest = manifest_json(
        listed,
        councilkit_version=__version__,
        epoch=source_date_epoch,
        shard=None if shard is None else (str(shard), content_digest(content_root, snapshot.reads)),
    )
    folder.stage(MANIFEST_NAME, manifest)
    result.diagnostics = sort_diagnostics(result.diagnostics)
    if use_cache:
        changed = snapshot.reads.changed()
        for name, read in files.items():
            if changed.intersection(read):  # built from a file that changed meanwhile
                cache.forget(name)
        cache.record(MANIFEST_NAME, MANIFEST_NAME, manifest)
        cache.snapshot = snapshot.after_build()
        cache.inputs = snapshot.extra
        cache.files = snapshot.reads.settled()
        cache.diagnostics = [diagnostic_json(d) for d in result.diagnostics]
        cache.built = [entry.path for entry in result.entries]
        cache.stage(folder)
    folder.commit()
    return result


class _Keys:
    """Cache keys of planned outputs, from the code's fingerprint and this build's reads.

    Within a build, the files of a folder are listed once, each file's line of a key is
    made once, and the ``repr`` of a record is made once for all the outputs of its
    group (the records of one group only are held, so that memory does not grow with the
    number of groups)."""

    def __init__(self, snapshot: Snapshot) -> None:
        self.snapshot = snapshot
        self.listings: dict[Path, list[Path]] = {}
        self.group: WorkingGroup | None = None
        self.texts: dict[int, tuple[object, str]] = {}
        self.lines: dict[tuple[Path, Path, Path], str] = {}

    def of(self, planned: PlannedOutput) -> Pending:
        """The record of ``planned`` with its key."""
        if planned.group is not self.group:
            self.group, self.texts = planned.group, {}
        files = files_read(planned.job, self._listed)
        code, reads = self.snapshot.code, self.snapshot.reads
        key = document_key(
            planned.job,
            planned.name,
            code,
            reads,
            files=files,
            text_of=self._text,
            file_of=self._file,
        )
        return Pending.of(planned, key, files)

    def _listed(self, folder: Path) -> list[Path]:
        if folder not in self.listings:
            self.listings[folder] = plain_files(folder)
        return self.listings[folder]

    def _file(self, path: Path, job: RenderJob) -> str:
        """The line of a key for file ``path`` (its name depends on the job's folders)."""
        memo = (path, job.layout_dir, job.content_root)
        line = self.lines.get(memo)
        if line is None:
            line = self.lines[memo] = file_line(path, job, self.snapshot.reads)
        return line

    def _text(self, record: object) -> str:
        known = self.texts.get(id(record))
        if known is None or known[0] is not record:
            known = self.texts[id(record)] = (record, repr(record))
        return known[1]


@dataclass(frozen=True, slots=True)
class _Checked:
    """What the first pass over the content found: it holds no group, only names."""

    settings: ProjectSettings
    diagnostics: list[Diagnostic]
    languages: tuple[Language, ...]
    batches: tuple[Batch, ...]
    """The files to render, a batch for each selected group with at least one."""
    reused: list[tuple[ManifestEntry, str]]
    """Files unchanged since the last build, with their keys."""
    produced: set[str]
    """Every file the content gives, built this time or not (the manifest keeps the
    entries of the others)."""


def _check(
    reader: ContentFolder,
    languages: Sequence[str] | None,
    groups: Sequence[str] | None,
    epoch: int | None,
    cache: BuildCache,
    folder: OutputFolder,
    keys: _Keys,
    shard: Shard | None,
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
    produced: set[str] = set()
    reused: list[tuple[ManifestEntry, str]] = []
    batches: list[Batch] = []
    holding = Holding()
    layouts = LayoutUses()
    pending: UsageError | None = None
    for group_folder in folders:
        group, problems = reader.group(group_folder)
        diagnostics += problems
        if group is None or settings is None:
            continue
        project = Project(settings=settings, groups=(group,))
        found = validate(project, group_ids=ids)
        diagnostics += found
        layouts.add(project, (group,))
        if not has_errors(problems + found):
            produced.update(output_names(project, (group,), shard))
        if group_folder.name in selected and not has_errors(problems + found):
            try:
                plan = plan_outputs(
                    project, reader.root, languages=chosen, groups=(group,), epoch=epoch
                )
            except UsageError as exc:  # an unknown layout is reported below, at its line
                pending = pending or exc
                continue
            to_render: list[PlannedOutput] = []
            records: list[Pending] = []
            for planned in plan:
                names.append(planned.name)
                if shard is not None and not shard.holds(group.id, planned.document.id):
                    continue
                record = keys.of(planned)
                data = cache.hit(folder, planned.name, record.key)
                if data is None:
                    to_render.append(planned)
                    records.append(record)
                else:
                    reused.append((record.entry(data), record.key))
            if to_render:
                batches.append(holding.batch(group_folder, to_render, records))
    if settings is not None:  # reported with the content's problems, as check does
        diagnostics += layouts.problems(reader.root)
    diagnostics = sort_diagnostics(diagnostics)
    if settings is None or has_errors(diagnostics):  # before the output folder is made
        raise ContentError(diagnostics)
    if pending is not None:
        raise pending
    refuse_clashes(names)
    return _Checked(settings, diagnostics, chosen, tuple(batches), reused, produced)


def _batches(
    reader: ContentFolder,
    checked: _Checked,
    epoch: int | None,
    shard: Shard | None,
    reused: set[str],
    keys: _Keys,
) -> Iterator[tuple[tuple[Pending, ...], bytes]]:
    """The outputs to write, one group at a time, with the payload of their planned
    outputs: the payload kept by the check, or else that of the group read (and checked:
    it may have changed since the first pass) again."""
    for batch in checked.batches:
        if batch.payload is None:
            batch = _read_again(reader, checked, batch.folder, epoch, shard, reused, keys)
        yield batch.pending, batch.payload or b""


def _read_again(
    reader: ContentFolder,
    checked: _Checked,
    folder: Path,
    epoch: int | None,
    shard: Shard | None,
    reused: set[str],
    keys: _Keys,
) -> Batch:
    """The batch of the group in ``folder``, read and checked again; each job holds its
    own group."""
    group, problems = reader.group(folder)
    project = Project(settings=checked.settings, groups=(group,) if group else ())
    if group is not None:
        problems += validate(project, group_ids=[f.name for f in reader.group_folders()])
    if group is None or has_errors(problems):
        raise ContentError(sort_diagnostics(problems))
    planned = [
        p
        for p in plan_outputs(
            project, reader.root, languages=checked.languages, groups=(group,), epoch=epoch
        )
        if (shard is None or shard.holds(group.id, p.document.id)) and p.name not in reused
    ]
    return Batch.of(folder, planned, [keys.of(p) for p in planned])
