"""Writing into the output folder: all files at once, never outside it, through no link.

A build stages every file under a temporary name beside its target and moves them all
into place at the end (:class:`~councilkit.atomic.StagedFiles`): a failure or an
interruption before then leaves every file of the last build as it was. A build holds a
lock on the folder while it works, so that two builds never write into one folder at once,
and it removes the temporary files an interrupted build left (only councilkit's, only in
the folder and its ``.councilkit`` folder).

Nothing under the folder is followed if it is a symbolic link: the ``.councilkit`` folder
must be a real folder (else the build stops, naming it), a document or manifest that is a
link is replaced by the new file (the link itself, never what it points to), and the
cache never reads through a link.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from pathlib import Path

from councilkit.atomic import StagedFiles, ensure_folder, remove_stale_temporaries
from councilkit.errors import UsageError

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: one build at a time is the user's care
    fcntl = None  # type: ignore[assignment]

INTERNAL_FOLDER = ".councilkit"
"""The folder of the build's own files (its cache) inside the output folder."""

WRITTEN_SUFFIXES = (".docx", ".pptx", ".json")
"""What a build writes: the temporary files of other names are none of its business."""


class OutputFolder:
    """The folder a build writes into."""

    def __init__(self, path: Path) -> None:
        if path.exists() and not path.is_dir():
            raise UsageError(f"output '{path}' exists and is not a folder")
        self.path = path
        self._staged = StagedFiles()
        self._lock: int | None = None
        self._opened = False

    def open(self) -> None:
        """Create the folder if needed, lock it, and remove what an interrupted build
        left there. Raises :class:`UsageError` when another build holds the folder."""
        if self._opened:
            return
        ensure_folder(self.path)
        self._lock = _lock(self.path)
        self._opened = True
        remove_stale_temporaries(self.path, WRITTEN_SUFFIXES)
        internal = self.path / INTERNAL_FOLDER
        if stat.S_ISDIR(_lstat_mode(internal)):
            remove_stale_temporaries(internal, WRITTEN_SUFFIXES)

    @property
    def lock(self) -> tuple[int, ...]:
        """The descriptor holding the lock, when the folder is open and locked."""
        return () if self._lock is None else (self._lock,)

    def close(self) -> None:
        """Remove staged files not moved into place, and release the lock."""
        self._staged.discard()
        if self._lock is not None:
            os.close(self._lock)  # closing the descriptor releases the lock
        self._lock, self._opened = None, False

    def internal(self) -> Path:
        """The ``.councilkit`` folder, created if missing; :class:`OSError` (``ELOOP`` or
        ``ENOTDIR``) when a link or a file stands there."""
        return ensure_folder(self.path, INTERNAL_FOLDER)

    def target(self, name: str) -> Path:
        """The path of ``name`` in the folder; refuses names that would leave it."""
        if Path(name).name != name or name in ("", ".", ".."):
            raise UsageError(
                f"refusing to write '{name}': it is not a plain file name in the output folder"
            )
        return self.path / name

    def stage(self, name: str, data: bytes, *, internal: bool = False) -> Path:
        """Write ``data`` under a temporary name beside ``name`` (in ``.councilkit`` when
        ``internal``); it replaces ``name`` at :meth:`commit`. Returns the final path."""
        self.open()
        target = (self.internal() / name) if internal else self.target(name)
        self._staged.add(target, data)
        return target

    def commit(self) -> None:
        """Move every staged file into place, in the order staged."""
        self._staged.commit()

    def read(self, name: str, *, internal: bool = False) -> bytes | None:
        """The bytes of ``name`` (in ``.councilkit`` when ``internal``), or None when it is
        missing, unreadable, or reached through a symbolic link."""
        folder = self.path / INTERNAL_FOLDER if internal else self.path
        if internal and not stat.S_ISDIR(_lstat_mode(folder)):
            return None
        try:
            handle = os.open(folder / name, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        except OSError:
            return None
        with os.fdopen(handle, "rb") as stream:
            if not stat.S_ISREG(os.fstat(stream.fileno()).st_mode):
                return None
            return stream.read()


def _lstat_mode(path: Path) -> int:
    try:
        return os.lstat(path).st_mode
    except OSError:
        return 0


def _lock(folder: Path) -> int | None:
    """A descriptor of ``folder`` holding an exclusive lock on it (None where the system
    has no ``flock``)."""
    if fcntl is None:  # pragma: no cover - Windows
        return None
    handle = os.open(folder, os.O_RDONLY)
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        os.close(handle)
        if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN):
            raise UsageError(
                f"another build is writing into '{folder}'; wait for it to finish, or choose "
                "another output folder"
            ) from None
        raise
    with contextlib.suppress(OSError):
        os.set_inheritable(handle, False)
    return handle
