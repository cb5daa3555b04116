"""Writing several content files all or nothing, even when the process is killed.

Renaming one file over another is atomic, but an import changes several files, and a
process killed between two renames would leave some files new and others old. So the new
files first go to a journal folder inside the content folder, ``.councilkit-import/``
(the same file system, so that a rename moves them): each new file is written and
synced there, then ``manifest.json`` lists them, written under another name and renamed
last. That rename is the commit point. The files are then renamed into place, the
manifest removed, and the folder with it.

On the next run of an ``i18n`` command (or ``check``/``build``), :func:`recover` finds a
journal left by a killed run: with its manifest, the import had committed, so the staged
files still there are renamed into place (rolled forward); without it, the import had
not, and the folder is removed (nothing had been changed). Either way every content file
is then wholly old or wholly new.

The journal is in the content folder, so it is not trusted: a manifest must name plain
paths of existing ``.yaml`` files reached through no symbolic link, staged files must
have the checksum it records, and the folder itself must not be a link; otherwise
nothing is moved and the error says so.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shutil
import signal
import stat
from collections.abc import Iterator, Mapping
from pathlib import Path, PurePosixPath
from typing import Any

from councilkit.errors import CouncilkitError

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: no lock, and no folder to sync
    fcntl = None  # type: ignore[assignment]

JOURNAL = ".councilkit-import"
MANIFEST = "manifest.json"
_STAGED = re.compile(r"[0-9]+\.yaml")
_TEST_KILL = "COUNCILKIT_TEST_KILL_AT"


class JournalError(CouncilkitError):
    """A journal that councilkit cannot finish: damaged, or not its own."""


def journal_folder(root: Path) -> Path:
    """Where the journal of the content folder ``root`` is kept."""
    return root / JOURNAL


@contextlib.contextmanager
def opened(root: Path) -> Iterator[Path]:
    """A new, empty journal folder; removed when the block raises (nothing committed).
    The content folder is locked meanwhile: a second import at the same time is refused
    (:class:`JournalError`) instead of taking the first one's journal for a killed one."""
    with _locked(root) as free:
        if not free:
            raise JournalError(
                f"another councilkit command is writing into '{root}'; wait until it has "
                "finished, then run this one again"
            )
        _recover(root)
        folder = journal_folder(root)
        os.mkdir(folder)
        try:
            test_point("opened")
            yield folder
        except BaseException:
            shutil.rmtree(folder, ignore_errors=True)
            raise


def commit(root: Path, folder: Path, texts: Mapping[str, str]) -> None:
    """Replace the content files ``texts`` names (paths relative to ``root``) with their
    new texts, all or nothing, through the journal ``folder`` made by :func:`opened`."""
    entries = []
    for index, (relpath, text) in enumerate(texts.items()):
        target = check_target(root, relpath)
        data = text.encode("utf-8")
        name = f"{index}.yaml"
        _write_synced(folder / name, data, stat.S_IMODE(os.lstat(target).st_mode))
        entries.append({"path": relpath, "staged": name, "sha256": _sha256(data)})
    test_point("staged")
    manifest = json.dumps({"councilkit-journal": 1, "files": entries}, indent=1)
    _write_synced(folder / (MANIFEST + ".part"), manifest.encode("utf-8"), 0o644)
    os.replace(folder / (MANIFEST + ".part"), folder / MANIFEST)
    _sync_folder(folder)
    test_point("committed")
    _roll_forward(root, folder, entries)


def recover(root: Path) -> str | None:
    """Finish or discard the journal a killed run left in ``root``: ``"finished"`` when
    its files were moved into place, ``"discarded"`` when it had not committed, None when
    there was none (or an import is running: it will finish its own). Raises
    :class:`JournalError` when it is damaged or not councilkit's."""
    with _locked(root) as free:
        return _recover(root) if free else None


@contextlib.contextmanager
def _locked(root: Path) -> Iterator[bool]:
    """Hold an exclusive lock on the content folder itself (no lock file is made; the
    system drops it when the process dies); yields False when another process holds it."""
    if fcntl is None:  # pragma: no cover - Windows
        yield True
        return
    try:
        descriptor = os.open(root, os.O_RDONLY | os.O_DIRECTORY)
    except (FileNotFoundError, NotADirectoryError):
        yield True  # no content folder: nothing to recover, and nothing to write
        return
    try:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            yield False
            return
        yield True
    finally:
        os.close(descriptor)  # closing releases the lock


def _recover(root: Path) -> str | None:
    folder = journal_folder(root)
    try:
        mode = os.lstat(folder).st_mode
    except (FileNotFoundError, NotADirectoryError):  # no journal, or no content folder
        return None
    if not stat.S_ISDIR(mode):
        raise JournalError(
            f"'{folder}' is not a folder councilkit made (it is a link or a file); remove "
            "it, then run the command again"
        )
    manifest = folder / MANIFEST
    if not os.path.lexists(manifest):
        shutil.rmtree(folder)
        return "discarded"
    _roll_forward(root, folder, _entries(root, folder, manifest))
    return "finished"


def _roll_forward(root: Path, folder: Path, entries: list[dict[str, str]]) -> None:
    folders = set()
    for index, entry in enumerate(entries):
        staged = folder / entry["staged"]
        if os.path.lexists(staged):  # not moved yet
            target = check_target(root, entry["path"])
            os.replace(staged, target)
            folders.add(target.parent)
        test_point(f"moved-{index}")
    for parent in sorted(folders):
        _sync_folder(parent)
    os.unlink(folder / MANIFEST)
    test_point("cleaning")
    shutil.rmtree(folder)


def _entries(root: Path, folder: Path, manifest: Path) -> list[dict[str, str]]:
    """The manifest's entries, each checked; raises :class:`JournalError`."""

    def damaged(reason: str) -> JournalError:
        return JournalError(
            f"'{manifest}': the journal of an interrupted import is damaged ({reason}); "
            f"nothing was moved. Check the content files, then remove '{folder}'"
        )

    try:
        if not stat.S_ISREG(os.lstat(manifest).st_mode):
            raise damaged("the manifest is not a file")
        data: Any = json.loads(manifest.read_bytes().decode("utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise damaged(f"the manifest cannot be read: {exc}") from exc
    if not isinstance(data, dict) or data.get("councilkit-journal") != 1:
        raise damaged("the manifest is not councilkit's")
    files = data.get("files")
    if not isinstance(files, list):
        raise damaged("the manifest is not councilkit's")
    entries = []
    for entry in files:
        if not isinstance(entry, dict) or not all(
            isinstance(entry.get(k), str) for k in ("path", "staged", "sha256")
        ):
            raise damaged("an entry is not a path, a staged file and a checksum")
        if not _STAGED.fullmatch(entry["staged"]):
            raise damaged(f"'{entry['staged']}' is not a staged file's name")
        try:
            check_target(root, entry["path"])
        except (OSError, ValueError) as exc:
            raise damaged(str(exc)) from exc
        staged = folder / entry["staged"]
        if os.path.lexists(staged):
            if not stat.S_ISREG(os.lstat(staged).st_mode):
                raise damaged(f"'{entry['staged']}' is not a file")
            if _sha256(staged.read_bytes()) != entry["sha256"]:
                raise damaged(f"'{entry['staged']}' does not have the checksum recorded")
        entries.append({k: entry[k] for k in ("path", "staged", "sha256")})
    return entries


def check_target(root: Path, relpath: str) -> Path:
    """The existing content file ``root/relpath``, reached through no link; raises
    :class:`ValueError` (or :class:`OSError`) otherwise: councilkit changes a content
    file only by renaming a new file over it, never through a link."""
    path = PurePosixPath(relpath)
    if path.is_absolute() or any(p in ("", ".", "..") for p in path.parts) or not path.parts:
        raise ValueError(f"'{relpath}' is not a path inside the content folder")
    if path.suffix not in (".yaml", ".yml") or JOURNAL in path.parts:
        raise ValueError(f"'{relpath}' is not a content file")
    current = root
    for part in path.parts:
        current = current / part
        mode = os.lstat(current).st_mode
        if stat.S_ISLNK(mode):
            raise ValueError(
                f"'{current}' is a symbolic link; councilkit does not write through links "
                "(replace it with the file itself)"
            )
    if not stat.S_ISREG(mode):
        raise ValueError(f"'{current}' is not a file")
    return current


def _write_synced(path: Path, data: bytes, mode: int) -> None:
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    with os.fdopen(descriptor, "wb") as stream:
        stream.write(data)
        stream.flush()
        os.fsync(stream.fileno())
    os.chmod(path, mode)


def _sync_folder(folder: Path) -> None:
    """Make a folder's renames durable (a power cut, not only a killed process)."""
    if fcntl is None:  # pragma: no cover - Windows opens no folder
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def test_point(name: str) -> None:
    """Tests kill the process here when ``COUNCILKIT_TEST_KILL_AT`` names this point."""
    if os.environ.get(_TEST_KILL) == name:
        os.kill(os.getpid(), signal.SIGKILL)
