"""The files one build has read: each read once, with its state when read, and checked
again when the build ends.

A build keys its cache on what it read. A file edited while the build runs must not leave
a cache that calls the new file up to date: :meth:`FileReads.changed` names the files that
are no longer as they were read, and the build does not record what it built from them.

Reading every file of a large content folder costs more than the build with nothing to do
should; the digest of a file is therefore remembered by its ``stat`` (device, inode, size,
modification and change times), as ``git`` does. A file whose times are too close to the
moment it was read is "racy" (a second edit in the same tick of the clock would not show in
its times), and is never remembered: it is read again.
"""

from __future__ import annotations

import hashlib
import os
import time
from dataclasses import dataclass
from pathlib import Path
from stat import S_ISREG

RACY_NS = 2_000_000_000
"""A file changed less than this long before it was read may change again unseen."""

FileStat = tuple[int, int, int, int, int]
"""Device, inode, size, modification time and change time (nanoseconds)."""

MEMO_LIMIT = 100_000
"""Digests remembered at most (a long-lived process forgets them all past this)."""

ABSENT = "absent"
"""The digest of a file that is not there (or cannot be read)."""


@dataclass(frozen=True, slots=True)
class FileState:
    """A file as it was read: its ``stat`` and the SHA-256 of its bytes."""

    stat: FileStat | None
    digest: str
    racy: bool


_DIGESTS: dict[tuple[str, FileStat], str] = {}
"""Digests of files by path and stat; only files that were not racy when read."""


def file_stat(path: Path) -> FileStat | None:
    """The parts of ``path``'s ``stat`` that change when it is written; None when absent."""
    try:
        found = os.stat(path)
    except OSError:
        return None
    return _parts(found)


def is_racy(stat: FileStat | None, when: int | None = None) -> bool:
    """True when a file with ``stat``, read at ``when`` (now by default), was changed too
    recently for its ``stat`` to show another change in the same tick of the clock."""
    if stat is None:
        return False
    return max(stat[3], stat[4]) > (time.time_ns() if when is None else when) - RACY_NS


def read_state(path: Path) -> FileState:
    """The state of ``path`` now: its digest from the memo when its stat is known and it
    was not racy, else read (once) and hashed."""
    known = file_stat(path)
    if known is not None:
        digest = _DIGESTS.get((str(path), known))
        if digest is not None:
            return FileState(known, digest, racy=False)
    started = time.time_ns()
    try:
        # never blocks on a pipe, never reads a device: only plain files are read
        handle = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(handle, "rb") as stream:
            found = os.fstat(stream.fileno())
            if not S_ISREG(found.st_mode):
                return FileState(None, ABSENT, racy=False)
            digest = hashlib.sha256(stream.read()).hexdigest()
            stat = _parts(os.fstat(stream.fileno()))
    except OSError:
        return FileState(None, ABSENT, racy=False)
    racy = is_racy(stat, started)
    if not racy:
        if len(_DIGESTS) >= MEMO_LIMIT:
            _DIGESTS.clear()
        _DIGESTS[(str(path), stat)] = digest
    return FileState(stat, digest, racy)


class FileReads:
    """The files one build read, each once: the same bytes give the snapshot, the cache
    keys and, at the end, the check that nothing changed under the build."""

    def __init__(self) -> None:
        self.states: dict[Path, FileState] = {}

    def digest(self, path: Path) -> str:
        """The SHA-256 of ``path`` as this build first read it."""
        state = self.states.get(path)
        if state is None:
            state = self.states[path] = read_state(path)
        return state.digest

    def settled(self) -> dict[str, list[int | str]]:
        """The stat and digest of every file read that was not racy, for
        :func:`remember` in another process (the build cache keeps them)."""
        return {
            str(path): [*state.stat, state.digest]
            for path, state in self.states.items()
            if state.stat is not None and not state.racy
        }

    def changed(self) -> set[Path]:
        """The files read by this build that are no longer as they were read."""
        return {path for path, state in self.states.items() if not _still(path, state)}


def _still(path: Path, state: FileState) -> bool:
    """True when ``path`` is as it was read: the same ``stat`` (any write changes it, even
    one that writes the same bytes back), and for a racy file the same bytes too."""
    if file_stat(path) != state.stat:
        return False
    return not state.racy or read_state(path).digest == state.digest


def _parts(found: os.stat_result) -> FileStat:
    return (found.st_dev, found.st_ino, found.st_size, found.st_mtime_ns, found.st_ctime_ns)


def remember(settled: object) -> None:
    """Take the digests another process read (:meth:`FileReads.settled`) into the memo:
    a file is read again only when its stat changed. Malformed entries are ignored."""
    if not isinstance(settled, dict):
        return
    for path, entry in settled.items():
        if (
            isinstance(entry, list)
            and len(entry) == 6
            and all(isinstance(n, int) for n in entry[:5])
            and isinstance(entry[5], str)
        ):
            stat: FileStat = (entry[0], entry[1], entry[2], entry[3], entry[4])
            if not is_racy(stat):
                _DIGESTS[(str(path), stat)] = entry[5]


def plain_files(folder: Path, *, leave_out: tuple[Path, ...] = ()) -> list[Path]:
    """Every file under ``folder`` in a stable order, without hidden files and folders
    (``.git``), ``__pycache__``, folders reached through links, and ``leave_out``."""
    found: list[Path] = []
    for top, folders, files in os.walk(folder):
        folders[:] = sorted(
            name
            for name in folders
            if not name.startswith(".")
            and name != "__pycache__"
            and Path(top, name) not in leave_out
        )
        found.extend(Path(top, name) for name in sorted(files) if not name.startswith("."))
    return found
