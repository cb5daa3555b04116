"""Atomic writes: a file is either the old one or the new one, never half-written.

Every file councilkit writes (documents, manifests, bundles, translated YAML) goes to a
temporary file beside it first and is renamed over it with ``os.replace``.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import BinaryIO

NEW_FILE_MODE = 0o644

_TEMPORARY = re.compile(r"\.(?P<target>.+)\.[a-z0-9_]{8}\.part")
"""How :func:`_stage` names a temporary file: ``.NAME.xxxxxxxx.part``."""


@contextlib.contextmanager
def atomic_file(target: Path) -> Iterator[BinaryIO]:
    """A stream whose bytes replace ``target`` when the block ends without error. On an
    error the temporary file is removed and ``target`` is left as it was. An existing
    file keeps its permissions; a new one gets ``0644``."""
    temporary = _stage(target)
    try:
        with open(temporary, "wb") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def write_atomically(path: Path, text: str) -> None:
    """Write ``text`` (UTF-8, line endings as given) to ``path`` atomically."""
    with atomic_file(path) as stream:
        stream.write(text.encode("utf-8"))


def write_all_atomically(files: dict[Path, str]) -> None:
    """Write every file, or none: each new text goes to a temporary file beside its file
    first; only when all are written are they moved into place."""
    staged = StagedFiles()
    try:
        for path, text in files.items():
            staged.add(path, text.encode("utf-8"))
    except BaseException:
        staged.discard()
        raise
    staged.commit()


class StagedFiles:
    """New files written beside their targets under temporary names, then all moved into
    place by :meth:`commit`, or all removed by :meth:`discard`: until the commit, every
    target is still the file it was."""

    def __init__(self) -> None:
        self._staged: list[tuple[Path, Path]] = []

    def add(self, target: Path, data: bytes) -> None:
        """Write ``data`` to a temporary file beside ``target``."""
        temporary = _stage(target)
        self._staged.append((temporary, target))
        with open(temporary, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())

    def commit(self) -> None:
        """Move every staged file over its target, in the order they were added (a link
        standing at a target is replaced, never written through)."""
        while self._staged:
            temporary, target = self._staged[0]
            os.replace(temporary, target)
            self._staged.pop(0)

    def discard(self) -> None:
        """Remove every staged file not yet moved into place."""
        for temporary, _ in self._staged:
            temporary.unlink(missing_ok=True)
        self._staged.clear()


def _stage(target: Path) -> Path:
    """An empty temporary file beside ``target``, with the permissions ``target`` will
    have: those of the file there now, or ``0644`` (a link there is not followed)."""
    handle, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    os.close(handle)
    try:
        found = os.lstat(target)
        mode = found.st_mode & 0o7777 if stat.S_ISREG(found.st_mode) else NEW_FILE_MODE
    except FileNotFoundError:
        mode = NEW_FILE_MODE
    os.chmod(name, mode)
    return Path(name)


def remove_stale_temporaries(folder: Path, suffixes: tuple[str, ...]) -> list[Path]:
    """Remove the temporary files an interrupted write left in ``folder``: only plain files
    named as councilkit names them (``.NAME.xxxxxxxx.part``) for a ``NAME`` ending with one of
    ``suffixes``, directly in ``folder``. Returns what was removed."""
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except FileNotFoundError:
        return removed
    for entry in entries:
        match = _TEMPORARY.fullmatch(entry.name)
        if match and match["target"].endswith(suffixes) and entry.is_file(follow_symlinks=False):
            Path(entry.path).unlink(missing_ok=True)
            removed.append(Path(entry.path))
    return sorted(removed)


def ensure_folder(root: Path, relative: str | PurePosixPath = "") -> Path:
    """The folder ``root/relative``, created if missing, reached through no symbolic link.

    ``root`` itself may be a link (the user named it); every folder below it must be a
    real folder: an existing link, or a file, raises :class:`OSError` (``ELOOP`` or
    ``ENOTDIR``) naming it, so that nothing is ever written outside ``root``. ``relative``
    is a plain relative path: ``..`` or an absolute path raises :class:`ValueError`.
    """
    parts = PurePosixPath(relative).parts
    if PurePosixPath(relative).is_absolute() or any(p in ("..", ".", "") for p in parts):
        raise ValueError(f"not a plain relative path: {relative!r}")
    root.mkdir(parents=True, exist_ok=True)
    folder = root
    for part in parts:
        folder = folder / part
        try:
            mode = os.lstat(folder).st_mode
        except FileNotFoundError:
            os.mkdir(folder)
            continue
        if stat.S_ISLNK(mode):
            raise OSError(errno.ELOOP, "a symbolic link is in the way", str(folder))
        if not stat.S_ISDIR(mode):
            raise OSError(errno.ENOTDIR, "not a folder", str(folder))
    return folder


def refuse_link(path: Path) -> None:
    """Raise :class:`OSError` (``ELOOP``) when ``path`` is a symbolic link."""
    if path.is_symlink():
        raise OSError(errno.ELOOP, "a symbolic link is in the way", str(path))
