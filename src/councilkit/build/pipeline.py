"""The build: content folder in, Office files and a manifest out.

Order matters for official records: every group is read and checked first, one at a time,
and a single error stops the build before anything is written; then each file is rendered
in memory, normalised (the package step) and staged beside its place; all are moved into
place together, the manifest and the cache last.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from councilkit.build.cache import BuildCache, previous_result
from councilkit.build.manifest import MANIFEST_NAME, BuildResult
from councilkit.build.output import OutputFolder
from councilkit.build.reads import FileReads, remember
from councilkit.build.snapshot import Snapshot

if TYPE_CHECKING:
    from councilkit.build.shard import Shard


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
    shard: Shard | None = None,
) -> BuildResult:
    """Build every selected document of the content folder into ``out``.

    ``jobs`` worker processes render in parallel; with ``use_cache``, a document whose
    inputs have not changed since the last build into ``out`` is not rendered again.
    ``on_output(path, reused)`` is called as each file is rendered or reused; every file
    is in place when the build returns. With ``shard``, only the documents of that shard
    are built (the whole content is still checked) and the manifest records the shard.

    Raises :class:`ContentError` (with every diagnostic) when the content has errors,
    :class:`UsageError` for an unknown group, language or layout, and :class:`OSError` for
    a fault of the machine (a full disk, a read-only folder, a link in the way); in every
    case the files of the last build are left as they were.
    """
    content_root = Path(content)
    folder = OutputFolder(Path(out))
    try:
        if folder.path.is_dir():
            folder.open()  # the lock, and the leftovers of an interrupted build removed
        cache = BuildCache.read(folder) if use_cache else BuildCache(entries={})
        remember(cache.files)
        selection = repr(
            (sorted(languages or []), sorted(groups or []), source_date_epoch, str(shard))
        )
        snapshot = Snapshot(FileReads(), content_root, cache.inputs, selection)
        if use_cache and cache.unchanged(folder, snapshot.digest(), MANIFEST_NAME):
            return previous_result(folder, cache, on_output)
        # Only now is there work: the loader, the model and the renderers are imported here
        # so that a build with nothing to do (and the command line) starts in a fraction of
        # the time.
        from councilkit.build.collector import code_frozen
        from councilkit.build.stream import build_changed, load_renderers

        load_renderers()  # all the code is loaded before the freeze
        with code_frozen():
            return build_changed(
                content_root,
                folder,
                cache,
                snapshot,
                languages=languages,
                groups=groups,
                source_date_epoch=source_date_epoch,
                jobs=jobs,
                use_cache=use_cache,
                on_output=on_output,
                shard=shard,
            )
    finally:
        folder.close()
