"""Temporary files of a bundle run, and what a killed run left behind.

A run works in one folder of the temporary folder (``$TMPDIR``), named
``councilkit-bundle-<pid>-<random>``, and writes its outputs beside them as
``.<name>.<random>.part`` before renaming them into place. It holds an advisory lock
(``flock``) on the work folder's ``.lock`` file and on each ``.part`` file for as long as it
runs; the system drops those locks when the process ends, however it ends. A run killed
outright (``SIGKILL``, a power cut) cannot remove its files, so every run first removes the
ones whose lock nobody holds: those of runs that are gone, never those of a run still
working.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import shutil
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

PREFIX = "councilkit-bundle-"
LOCK = ".lock"
PART_SUFFIX = ".part"
NEW_FILE_MODE = 0o644


@contextlib.contextmanager
def work_folder() -> Iterator[Path]:
    """A new, locked work folder in the temporary folder, removed when the block ends;
    folders that killed runs left there are removed first."""
    parent = Path(tempfile.gettempdir())
    remove_stale_work_folders(parent)
    folder = Path(tempfile.mkdtemp(prefix=f"{PREFIX}{os.getpid()}-", dir=parent))
    try:
        with open(folder / LOCK, "wb") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
            yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def remove_stale_work_folders(parent: Path) -> None:
    """Remove the work folders in ``parent`` whose run is gone (nobody holds their lock)."""
    for entry in _entries(parent, lambda name: name.startswith(PREFIX)):
        if not stat.S_ISDIR(os.lstat(entry).st_mode):
            continue
        if not os.path.lexists(entry / LOCK):
            # killed between making the folder and its lock file, or still about to make it
            if not _process_alive(entry.name):
                shutil.rmtree(entry, ignore_errors=True)
            continue
        lock = _try_lock(entry / LOCK)
        if lock is None:
            continue
        with lock:
            shutil.rmtree(entry, ignore_errors=True)


@contextlib.contextmanager
def staged_file(target: Path) -> Iterator[BinaryIO]:
    """A locked stream (readable too, to sign what was written) whose bytes replace
    ``target`` when the block ends without error (temporary file beside it, fsync,
    rename). An error removes the temporary file and leaves ``target`` as it was; a run
    killed meanwhile leaves the ``.part`` file for the next run to remove
    (see :func:`remove_stale_parts`)."""
    while True:
        handle, name = tempfile.mkstemp(
            dir=target.parent, prefix=f".{target.name}.", suffix=PART_SUFFIX
        )
        temporary = Path(name)
        stream: BinaryIO = os.fdopen(handle, "w+b")
        fcntl.flock(stream, fcntl.LOCK_EX)
        # Another run may have taken the new file for a killed run's and removed it
        # between mkstemp and flock: then start again with another name.
        if _same_file(temporary, stream):
            break
        stream.close()
    try:
        with stream:
            os.fchmod(stream.fileno(), _mode_for(target))
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
            os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def remove_stale_parts(target: Path) -> None:
    """Remove the ``.part`` files of ``target`` that runs which are gone left beside it."""
    prefix = f".{target.name}."
    for entry in _entries(target.parent, lambda n: n.startswith(prefix) and n.endswith(".part")):
        lock = _try_lock(entry)
        if lock is None:
            continue
        with lock:
            if _same_file(entry, lock):
                entry.unlink(missing_ok=True)


def _entries(folder: Path, wanted: object) -> list[Path]:
    try:
        names = os.listdir(folder)
    except FileNotFoundError:
        return []
    return [folder / name for name in sorted(names) if wanted(name)]  # type: ignore[operator]


def _process_alive(folder_name: str) -> bool:
    """Whether the process whose id is in a work folder's name still runs (an unknown
    name, or a process of another user, counts as running)."""
    pid = folder_name[len(PREFIX) :].split("-", 1)[0]
    if not pid.isdigit():
        return True
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def _try_lock(path: Path) -> BinaryIO | None:
    """``path`` opened and locked, or ``None`` when another process holds its lock, it is
    not a regular file (a link is not followed), or it is gone."""
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError as exc:
        if exc.errno in (errno.ENOENT, errno.ELOOP, errno.EACCES, errno.EPERM):
            return None
        raise
    stream = os.fdopen(descriptor, "rb")
    try:
        fcntl.flock(stream, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        stream.close()
        return None
    if not stat.S_ISREG(os.fstat(descriptor).st_mode):
        stream.close()
        return None
    return stream


def _same_file(path: Path, stream: BinaryIO) -> bool:
    try:
        on_disk = os.lstat(path)
    except FileNotFoundError:
        return False
    held = os.fstat(stream.fileno())
    return (on_disk.st_dev, on_disk.st_ino) == (held.st_dev, held.st_ino)


def _mode_for(target: Path) -> int:
    try:
        existing = os.lstat(target)
    except FileNotFoundError:
        return NEW_FILE_MODE
    return stat.S_IMODE(existing.st_mode) if stat.S_ISREG(existing.st_mode) else NEW_FILE_MODE
