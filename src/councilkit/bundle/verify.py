"""``councilkit verify``: prove a bundle is whole, listed, and that every document opens.

In order, stopping at the first problem (one line naming it):

1. The file is a zip that can be read; every member is a plain, bounded regular file
   (:mod:`councilkit.bundle.members`).
2. ``SHA256SUMS`` and ``MANIFEST.json`` are there and well formed
   (:mod:`councilkit.bundle.listing`); every member but ``SHA256SUMS`` is in
   ``SHA256SUMS``, every member but the two lists is in ``MANIFEST.json``, and every file
   they list is in the zip.
3. Each member, read in chunks, has the sha256 both lists give and the size the manifest
   gives; every ``.docx`` and ``.pptx`` reopens with python-docx or python-pptx, every PDF
   starts with ``%PDF-`` and ends with ``%%EOF``, every PNG has its signature.
"""

from __future__ import annotations

import hashlib
import io
import struct
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from councilkit.bundle.layout import CHECKSUMS, MANIFEST
from councilkit.bundle.listing import Listed, read_manifest, read_sums
from councilkit.bundle.members import (
    MAX_DOCUMENT_BYTES,
    MAX_LIST_BYTES,
    MAX_MEMBER_BYTES,
    Digest,
    VerifyError,
    check_members,
    chunks,
    read_small,
)
from councilkit.errors import UsageError
from councilkit.render import reopen

_OFFICE = ("docx", "pptx")
_PNG = b"\x89PNG\r\n\x1a\n"
_ZIP_FAULTS = (
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    NotImplementedError,
    RuntimeError,
    struct.error,
    OverflowError,
    ValueError,
)


def verify(path: str | Path) -> int:
    """Check the bundle at ``path`` (see the module's doc); returns the number of files
    checked (every member but ``SHA256SUMS``).

    Raises :class:`VerifyError` naming the first bad file.
    """
    bundle = Path(path)
    if not bundle.is_file():
        raise UsageError(f"bundle '{bundle}' does not exist")
    try:
        with zipfile.ZipFile(bundle) as archive:
            return _verify(archive)
    except _ZIP_FAULTS as exc:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        if isinstance(exc, zipfile.BadZipFile) and "File is not a zip file" in reason:
            raise VerifyError(f"{bundle}: not a zip file") from None
        raise VerifyError(f"{bundle}: damaged zip ({reason})") from None


def _verify(archive: zipfile.ZipFile) -> int:
    members = check_members(archive.infolist())
    for required in (CHECKSUMS, MANIFEST):
        if required not in members:
            raise VerifyError(f"{required} is missing")
    sums = read_sums(read_small(archive, members[CHECKSUMS], MAX_LIST_BYTES))
    manifest = read_manifest(read_small(archive, members[MANIFEST], MAX_LIST_BYTES))
    _same_names(set(members) - {CHECKSUMS}, set(sums), CHECKSUMS)
    _same_names(set(members) - {CHECKSUMS, MANIFEST}, set(manifest), MANIFEST)
    for name in sorted(sums):
        found = _read(archive, members[name])
        if found.digest.sha256 != sums[name].sha256:
            raise VerifyError(f"{name}: checksum does not match {CHECKSUMS}")
        if name in manifest and not _matches(found.digest, manifest[name]):
            raise VerifyError(f"{name}: checksum or size does not match {MANIFEST}")
        _opens(name, found)
    return len(sums)


def _same_names(members: set[str], listed: set[str], list_name: str) -> None:
    for name in sorted(members - listed):
        raise VerifyError(f"{name}: in the bundle but not in {list_name}")
    for name in sorted(listed - members):
        raise VerifyError(f"{name}: listed in {list_name} but missing from the bundle")


def _matches(found: Digest, listed: Listed) -> bool:
    return found.sha256 == listed.sha256 and found.size == listed.size


@dataclass(frozen=True, slots=True)
class _Read:
    """A member read: its digest, its first and last bytes, and its bytes whole when it is
    an Office document to reopen."""

    extension: str
    digest: Digest
    head: bytes
    tail: bytes
    data: bytes | None


def _read(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> _Read:
    name = info.filename
    extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if extension in _OFFICE:
        data = read_small(archive, info, MAX_DOCUMENT_BYTES)
        found = Digest(hashlib.sha256(data).hexdigest(), len(data))
        return _Read(extension, found, data[:8], data[-1024:], data)
    hasher = hashlib.sha256()
    size, head, tail = 0, b"", b""
    for chunk in chunks(archive, info):
        hasher.update(chunk)
        size += len(chunk)
        head = (head + chunk[:8])[:8]
        tail = (tail + chunk)[-1024:]
    return _Read(extension, Digest(hasher.hexdigest(), size), head, tail, None)


def _opens(name: str, found: _Read) -> None:
    """Check that a member opens as what its name says."""
    if found.data is not None:
        _reopen(name, found.extension, found.data)
    elif found.extension == "pdf" and (
        not found.head.startswith(b"%PDF-") or b"%%EOF" not in found.tail
    ):
        raise VerifyError(f"{name}: not a complete PDF")
    elif found.extension == "png" and found.head != _PNG:
        raise VerifyError(f"{name}: not a PNG picture")


def _reopen(name: str, extension: str, data: bytes) -> None:
    """Reopen an Office document, once its own parts are known to unpack to a bounded size."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as inner:
            unpacked = sum(i.file_size for i in inner.infolist())
    except _ZIP_FAULTS:
        raise VerifyError(f"{name}: does not open as .{extension}: not a zip package") from None
    if unpacked > MAX_MEMBER_BYTES:
        raise VerifyError(f"{name}: its parts would unpack to more than {MAX_MEMBER_BYTES} bytes")
    try:
        reopen(extension, data)
    except ValueError as exc:
        raise VerifyError(f"{name}: {exc}") from None
