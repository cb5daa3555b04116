"""The snapshot of what a build reads: equal snapshots mean a build has nothing to do.

It covers every plain file of the content folder, of councilkit's own layouts and of the
translation catalogs, the files the last build read beyond those (pictures in hidden
folders), councilkit's code (:func:`~councilkit.build.fingerprint.code_fingerprint`) and
what was asked for. Each file is read once per build, through :class:`FileReads`: the
cache keys use the same bytes. A snapshot is kept for the next build only when nothing it
covers changed while the build ran (:meth:`Snapshot.still`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path, PurePosixPath

from councilkit.build import fingerprint
from councilkit.build.fingerprint import code_fingerprint
from councilkit.build.layouts import layout_search_path
from councilkit.build.reads import FileReads, plain_files


def input_folders(content_root: Path) -> tuple[Path, ...]:
    """The folders whose plain files a build may read: the content folder (with its own
    layouts), councilkit's layouts, and the catalogs."""
    return (content_root, *layout_search_path(content_root)[1:], fingerprint.catalog_folder())


class Snapshot:
    """The files a build starts from and what was asked of it."""

    def __init__(
        self, reads: FileReads, content_root: Path, extra: Iterable[str], selection: str
    ) -> None:
        self.reads = reads
        self.content_root = content_root
        self.code = code_fingerprint()
        self.salt = f"{self.code}\n{selection}\n"
        self.walked = self._walk()
        self.extra = sorted(set(_plain_relative(extra)))

    def _walk(self) -> dict[Path, str]:
        """Each plain file of the input folders, with the label it is hashed under."""
        found: dict[Path, str] = {}
        for index, folder in enumerate(input_folders(self.content_root)):
            for path in plain_files(folder):
                found.setdefault(path, f"{index}/{path.relative_to(folder).as_posix()}")
        return found

    def digest(self) -> str:
        """The snapshot: a hash of every file it covers, as this build first read it."""
        digest = hashlib.sha256(self.salt.encode())
        for path, label in self.walked.items():
            digest.update(f"{label}\0{self.reads.digest(path)}\n".encode())
        for relative in self.extra:
            path = self.content_root / relative
            digest.update(f"extra/{relative}\0{self.reads.digest(path)}\n".encode())
        return digest.hexdigest()

    def extra_inputs(self) -> list[str]:
        """The content files this build read that the walk does not see (a picture in a
        hidden folder), relative to the content folder: the next snapshot covers them."""
        root = self.content_root
        return sorted(
            path.relative_to(root).as_posix()
            for path in self.reads.states
            if path not in self.walked and path.is_relative_to(root)
        )

    def after_build(self) -> str | None:
        """The snapshot to keep for the next build, with this build's extra inputs; None
        when a file was added, removed or changed while the build ran."""
        if self.reads.changed() or self._walk().keys() != self.walked.keys():
            return None
        self.extra = self.extra_inputs()
        return self.digest()


def _plain_relative(paths: Iterable[str]) -> Iterable[str]:
    for written in paths:
        path = PurePosixPath(written)
        if not path.is_absolute() and ".." not in path.parts and path.parts:
            yield path.as_posix()
