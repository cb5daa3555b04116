"""Atomic writes: a file is either the old one or the new one, never half-written.

Every file councilkit writes (documents, manifests, bundles, translated YAML) goes to a
temporary file beside it first and is renamed over it with ``os.replace``.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import BinaryIO

NEW_FILE_MODE = 0o644


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
    staged: list[tuple[Path, Path]] = []
    try:
        for path, text in files.items():
            temporary = _stage(path)
            staged.append((temporary, path))
            with open(temporary, "wb") as stream:
                stream.write(text.encode("utf-8"))
                stream.flush()
                os.fsync(stream.fileno())
    except BaseException:
        for temporary, _ in staged:
            temporary.unlink(missing_ok=True)
        raise
    for temporary, path in staged:
        os.replace(temporary, path)


def _stage(target: Path) -> Path:
    """An empty temporary file beside ``target``, with the permissions ``target`` will have."""
    handle, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    os.close(handle)
    mode = target.stat().st_mode & 0o7777 if target.is_file() else NEW_FILE_MODE
    os.chmod(name, mode)
    return Path(name)


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
