"""The PDF cache: PDFs LibreOffice made, kept between runs so that only what changed is
converted again.

An entry is two files in the cache folder: ``KEY.pdf``, the PDF as LibreOffice wrote it
(before :func:`~councilkit.bundle.pdf.normalize_pdf`, which depends on the date of the
run), and ``KEY.json`` beside it, which records the PDF's sha256 and size. ``KEY``
(:func:`pdf_key`) is a hash of the document's bytes, LibreOffice's version, what
LibreOffice is asked for (the export filter and its options, the language's locale) and
the cache's format: anything that could change the PDF changes the key.

Entries are written atomically (temporary file, then rename) and checked when read: an
entry whose PDF does not start with ``%PDF-`` or does not match its recorded checksum
and size (truncated, damaged, half-written by another run) counts as missing, and the
new conversion replaces it. Nothing in the cache is read through a symbolic link, and a
cache folder that is a link, or a file, is refused.

The cache stays bounded: after each run, entries that run did not use are removed when
unused for :data:`MAX_AGE_DAYS` days (reading an entry touches it), then the oldest of
them while the unused ones take more than :data:`MAX_UNUSED_BYTES`. Entries the run used
are never removed. The folder may also be deleted at any time.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import re
import stat
import time
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from councilkit.atomic import atomic_file, ensure_folder
from councilkit.build.output import INTERNAL_FOLDER
from councilkit.bundle.pdf_tags import export_filter, locale_environment
from councilkit.errors import UsageError

CACHE_FORMAT = 1
"""Changed whenever what an entry holds, or how a PDF is made, changes."""

MAX_AGE_DAYS = 30
MAX_UNUSED_BYTES = 2 * 1024**3
MAX_PDF_BYTES = 1024**3
"""A larger file in the cache is not read (and so is converted again)."""

STALE_PART_SECONDS = 3600
"""How old a temporary file of an interrupted write must be before a run removes it (a
younger one may belong to another run writing into the same cache)."""

_ENTRY = re.compile(r"(?P<key>[0-9a-f]{64})\.(?:pdf|json)")
_PART = re.compile(r"\.[0-9a-f]{64}\.(?:pdf|json)\.[a-z0-9_]{8}\.part")


def pdf_key(document_sha256: str, name: str, language: str, libreoffice: str) -> str:
    """The cache key of the PDF of the document ``name`` (its sha256 given) in
    ``language``, made by LibreOffice ``libreoffice`` (its version string)."""
    recipe = {
        "cache_format": CACHE_FORMAT,
        "document_sha256": document_sha256,
        "libreoffice": libreoffice,
        "filter": export_filter(PurePosixPath(name).suffix),
        "environment": locale_environment(language),
    }
    return hashlib.sha256(json.dumps(recipe, sort_keys=True).encode()).hexdigest()


def cache_in_output(out: Path, *, reuse: bool = True) -> PdfCache:
    """The PDF cache kept in a build's output folder ``out``: ``OUT/.councilkit/pdf-cache``."""
    return PdfCache(out / INTERNAL_FOLDER / "pdf-cache", root=out, reuse=reuse)


def check_cache_folder(folder: Path, root: Path | None = None) -> None:
    """:class:`UsageError` when the cache folder (and, with ``root``, any folder from
    ``root`` down to it) is a symbolic link or not a folder. A missing folder is fine."""
    steps = [folder]
    if root is not None:
        parts = folder.relative_to(root).parts
        steps = [root.joinpath(*parts[: i + 1]) for i in range(len(parts))]
    for step in steps:
        try:
            mode = os.lstat(step).st_mode
        except FileNotFoundError:
            return
        if stat.S_ISLNK(mode):
            raise UsageError(
                f"PDF cache folder '{step}' is a symbolic link; councilkit does not follow "
                "links in its cache: remove the link, or give --pdf-cache a real folder"
            )
        if not stat.S_ISDIR(mode):
            raise UsageError(
                f"PDF cache folder '{step}' is a file, not a folder; remove it, or give "
                "--pdf-cache another folder"
            )


@dataclass
class PdfCache:
    """The cache folder ``folder`` (under ``root`` when given: every folder between them
    must be a real folder). With ``reuse`` false, nothing is read from it (every PDF is
    converted again) but new entries are still written."""

    folder: Path
    root: Path | None = None
    reuse: bool = True
    max_age_days: float = MAX_AGE_DAYS
    max_unused_bytes: int = MAX_UNUSED_BYTES
    used: set[str] = field(default_factory=set)

    def check(self) -> None:
        """:class:`UsageError` when the folder is a link or a file (:func:`check_cache_folder`)."""
        check_cache_folder(self.folder, self.root)

    def get(self, key: str) -> bytes | None:
        """The PDF of ``key``, or None when the cache has no sound entry for it."""
        if not self.reuse:
            return None
        data = _read(self.folder / f"{key}.pdf", MAX_PDF_BYTES)
        record = _read(self.folder / f"{key}.json", 64 * 1024)
        if data is None or record is None or not data.startswith(b"%PDF-"):
            return None
        try:
            recorded = json.loads(record)
            sound = (
                recorded["cache_format"] == CACHE_FORMAT
                and recorded["key"] == key
                and recorded["bytes"] == len(data)
                and recorded["sha256"] == hashlib.sha256(data).hexdigest()
            )
        except (ValueError, KeyError, TypeError):
            return None
        if not sound:
            return None
        for suffix in (".pdf", ".json"):
            with contextlib.suppress(OSError):  # a read-only cache is still read; it ages
                os.utime(self.folder / f"{key}{suffix}", follow_symlinks=False)
        self.used.add(key)
        return data

    def put(self, key: str, data: bytes, details: dict[str, str]) -> None:
        """Keep ``data`` (a PDF) as the entry of ``key``, with ``details`` (what it was
        made from, for a person looking at the cache) in its record."""
        folder = self._ensure()
        record = {
            "cache_format": CACHE_FORMAT,
            "key": key,
            "sha256": hashlib.sha256(data).hexdigest(),
            "bytes": len(data),
            **details,
        }
        with atomic_file(folder / f"{key}.pdf") as stream:
            stream.write(data)
        with atomic_file(folder / f"{key}.json") as stream:
            stream.write((json.dumps(record, indent=2, sort_keys=True) + "\n").encode())
        self.used.add(key)

    def prune(self, now: float | None = None) -> list[str]:
        """Remove the entries this run did not use that are too old, then the oldest of
        them beyond the size bound (see the module), and temporary files left by
        interrupted writes; returns the keys removed."""
        now = time.time() if now is None else now
        entries: dict[str, dict[str, os.stat_result]] = {}
        for name, found in _files(self.folder):
            if _PART.fullmatch(name):
                if found.st_mtime < now - STALE_PART_SECONDS:
                    _remove(self.folder / name)
                continue
            match = _ENTRY.fullmatch(name)
            if match and match["key"] not in self.used:
                entries.setdefault(match["key"], {})[name] = found
        ages = {key: max(f.st_mtime for f in files.values()) for key, files in entries.items()}
        removed: list[str] = []
        kept_bytes = 0
        for key in sorted(entries, key=lambda k: (-ages[k], k)):
            size = sum(f.st_size for f in entries[key].values())
            too_old = ages[key] < now - self.max_age_days * 86400
            orphan = len(entries[key]) < 2 and (
                ages[key] < now - STALE_PART_SECONDS  # else another run may be writing it
            )
            if too_old or orphan or kept_bytes + size > self.max_unused_bytes:
                for name in entries[key]:
                    _remove(self.folder / name)
                removed.append(key)
            else:
                kept_bytes += size
        return sorted(removed)

    def _ensure(self) -> Path:
        self.check()
        if self.root is not None:
            return ensure_folder(self.root, self.folder.relative_to(self.root).as_posix())
        self.folder.mkdir(parents=True, exist_ok=True)
        self.check()  # made a link or a file meanwhile
        return self.folder


def _read(path: Path, limit: int) -> bytes | None:
    """The bytes of the regular file ``path`` (never through a link), or None when it is
    missing, unreadable, not a regular file or larger than ``limit``."""
    try:
        handle = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | os.O_NONBLOCK)
    except OSError:
        return None
    with os.fdopen(handle, "rb") as stream:
        found = os.fstat(stream.fileno())
        if not stat.S_ISREG(found.st_mode) or found.st_size > limit:
            return None
        try:
            return stream.read(limit + 1)
        except OSError:
            return None


def _files(folder: Path) -> list[tuple[str, os.stat_result]]:
    """The regular files directly in ``folder`` (not links) with their status; those
    another run removes meanwhile are left out."""
    found = []
    try:
        listing = list(os.scandir(folder))
    except FileNotFoundError:
        return []
    for item in listing:
        try:
            status = item.stat(follow_symlinks=False)
        except FileNotFoundError:
            continue
        if stat.S_ISREG(status.st_mode):
            found.append((item.name, status))
    return found


def _remove(path: Path) -> None:
    try:
        path.unlink()
    except OSError as exc:
        if exc.errno not in (errno.ENOENT, errno.EACCES, errno.EPERM, errno.EROFS):
            raise
