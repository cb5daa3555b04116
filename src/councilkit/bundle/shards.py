"""The shards' output folders, checked before ``bundle --from`` joins them.

Each folder must be the output of ``councilkit build --shard I/N`` of the same content,
by the same councilkit, with the bundle's ``SOURCE_DATE_EPOCH``; every file its
manifest lists must be there unchanged (sha256); and together the shards must hold
exactly the files one full build of the content gives, each once, each in its own shard.
Files are read once and never through a symbolic link.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Sequence
from pathlib import Path, PurePosixPath

from councilkit.build.manifest import MANIFEST_NAME, ManifestEntry
from councilkit.build.plan import output_names
from councilkit.build.shard import Shard, content_digest, parse_shard
from councilkit.errors import CouncilkitError, UsageError
from councilkit.model import Project

BuiltFile = tuple[ManifestEntry, Path, bytes]
"""A built file: its manifest entry, where it is, and its bytes."""


class ShardError(CouncilkitError):
    """The shards' folders cannot make the bundle: one is missing, given twice, built
    from other content, or changed after its build."""


def gather(
    project: Project, content_root: Path, folders: Sequence[Path], epoch: int | None
) -> list[BuiltFile]:
    """Every file of the shards in ``folders``, in path order, checked as the module
    says; :class:`ShardError` naming the first problem."""
    digest = content_digest(content_root)
    shards: dict[int, Path] = {}
    total: int | None = None
    found: dict[str, tuple[BuiltFile, Path]] = {}
    for folder in folders:
        shard, entries = _manifest(folder, digest, epoch)
        if total is not None and shard.total != total:
            raise ShardError(
                f"'{folder}' is shard {shard} but '{shards[next(iter(shards))]}' is one of "
                f"{total}; give the folders of one run of build --shard"
            )
        total = shard.total
        if shard.index in shards:
            first = shards[shard.index]
            raise ShardError(f"shard {shard} is given twice: '{first}' and '{folder}'")
        shards[shard.index] = folder
        for entry in entries:
            if not shard.holds(entry.group, entry.document):
                raise ShardError(f"'{folder}/{entry.path}' does not belong to shard {shard}")
            if entry.path in found:
                other = found[entry.path][1]
                raise ShardError(f"{entry.path} is in two shards: '{other}' and '{folder}'")
            data = read_inside(folder, entry.path)
            if data is None or hashlib.sha256(data).hexdigest() != entry.sha256:
                raise ShardError(
                    f"'{folder / entry.path}' is missing or differs from its manifest.json "
                    "(sha256): it was changed after the build; build the shard again"
                )
            found[entry.path] = ((entry, folder / entry.path, data), folder)
    if total is None:
        raise UsageError("--from needs the output folder of every shard")
    missing = [f"{i}/{total}" for i in range(1, total + 1) if i not in shards]
    if missing:
        raise ShardError(
            f"shard {', '.join(missing)} is missing; give the output folders of all "
            f"{total} shards to --from"
        )
    expected = set(output_names(project, project.groups))
    absent = sorted(expected - found.keys())
    if absent:
        raise ShardError(f"{absent[0]} is in no shard; build the shards again")
    extra = sorted(found.keys() - expected)
    if extra:
        raise ShardError(f"{extra[0]} ('{found[extra[0]][1]}') is not a file of this content")
    return [found[path][0] for path in sorted(found)]


def _manifest(folder: Path, digest: str, epoch: int | None) -> tuple[Shard, list[ManifestEntry]]:
    """The shard and the entries of ``folder``'s manifest, checked against the content's
    digest and the bundle's epoch."""
    if not folder.is_dir():
        raise ShardError(f"shard folder '{folder}' does not exist")
    raw = read_inside(folder, MANIFEST_NAME)
    if raw is None:
        raise ShardError(
            f"'{folder}' has no {MANIFEST_NAME}; give the output folder of "
            "councilkit build --shard I/N"
        )
    try:
        body = json.loads(raw)
        shard = parse_shard(body["shard"])
        entries = [ManifestEntry(**entry) for entry in body["documents"]]
        built_digest, built_epoch = body["content_digest"], body["source_date_epoch"]
    except (ValueError, KeyError, TypeError, UsageError):
        raise ShardError(
            f"'{folder / MANIFEST_NAME}' is not the manifest of councilkit build --shard I/N"
        ) from None
    if built_digest != digest:
        raise ShardError(
            f"'{folder}' was built from other content (or by another councilkit) than this "
            "bundle's; build every shard from the same commit"
        )
    if built_epoch != epoch:
        raise ShardError(
            f"'{folder}' was built with SOURCE_DATE_EPOCH={built_epoch}, this bundle has "
            f"{epoch}; set the same SOURCE_DATE_EPOCH for every job"
        )
    return shard, entries


def read_inside(folder: Path, name: str) -> bytes | None:
    """The bytes of ``name`` under ``folder``; None when it is missing, leaves the folder,
    or is reached through a symbolic link."""
    relative = PurePosixPath(name)
    if relative.is_absolute() or ".." in relative.parts or not relative.parts:
        return None
    path = folder
    for part in relative.parts[:-1]:
        path = path / part
        if path.is_symlink() or not path.is_dir():
            return None
    try:
        handle = os.open(path / relative.parts[-1], os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return None
    with os.fdopen(handle, "rb") as stream:
        return stream.read()
