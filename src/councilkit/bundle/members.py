"""A bundle's members, taken for what they claim only after checking: plain names,
regular files, bounded sizes, read in chunks.

A name is a plain relative path: ``/``-separated parts, none empty, ``.`` or ``..``, no
backslash, no drive letter, no leading ``/``, no control character. A member is a
regular file: no folder entry, no symbolic link or other special file (the Unix file type
in ``external_attr``, when there is one), not
encrypted, stored or deflated. Two names may not be equal, even ignoring case (they would
overwrite each other when unzipped on Windows or macOS). What decompression may produce is
bounded per member and in total, from the sizes the zip declares; reading then stops at the
declared size and checks the CRC (``zipfile``), and the bytes read are counted.
"""

from __future__ import annotations

import hashlib
import re
import stat
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass

from councilkit.errors import CouncilkitError

MAX_MEMBER_BYTES = 2 << 30  # 2 GiB: far above any document, far below a zip bomb
MAX_TOTAL_BYTES = 16 << 30
MAX_LIST_BYTES = 64 << 20  # MANIFEST.json and SHA256SUMS are read whole
MAX_DOCUMENT_BYTES = 512 << 20  # .docx and .pptx are reopened from memory
CHUNK = 1 << 20

_DRIVE = re.compile(r"^[A-Za-z]:")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)


class VerifyError(CouncilkitError):
    """The bundle is not what its checksums and manifest say; names the first bad file."""


@dataclass(frozen=True, slots=True)
class Digest:
    """What reading a member gave: its sha256 (hex) and length."""

    sha256: str
    size: int


def check_members(infos: list[zipfile.ZipInfo]) -> dict[str, zipfile.ZipInfo]:
    """The members by name, once each is known to be a plain, bounded regular file."""
    members: dict[str, zipfile.ZipInfo] = {}
    folded: dict[str, str] = {}
    total = 0
    for info in infos:
        name = info.filename
        reason = name_problem(name) or _entry_problem(info)
        if reason:
            raise VerifyError(f"{name!r}: {reason}")
        if name in members:
            raise VerifyError(f"{name}: is in the bundle twice")
        if name.casefold() in folded:
            raise VerifyError(f"{name}: differs only in case from {folded[name.casefold()]}")
        members[name] = info
        folded[name.casefold()] = name
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise VerifyError(f"the bundle would unpack to more than {MAX_TOTAL_BYTES} bytes")
    return members


def name_problem(name: str) -> str | None:
    """Why ``name`` is not a plain relative path, or ``None``.

    >>> name_problem("en/a.docx") is None
    True
    >>> name_problem("../x")
    "is not a plain relative path (a part is '..', '.' or empty)"
    """
    if not name:
        return "has an empty name"
    if name.startswith("/") or _DRIVE.match(name):
        return "is an absolute path"
    if "\\" in name:
        return "has a backslash in its name"
    if _CONTROL.search(name):
        return "has a control character in its name"
    if name.endswith("/"):
        return "is a folder entry; a bundle holds files only"
    if any(part in ("", ".", "..") for part in name.split("/")):
        return "is not a plain relative path (a part is '..', '.' or empty)"
    return None


def _entry_problem(info: zipfile.ZipInfo) -> str | None:
    mode = info.external_attr >> 16
    if info.create_system == 3 and stat.S_IFMT(mode) and not stat.S_ISREG(mode):
        return "is a symbolic link" if stat.S_ISLNK(mode) else "is not a regular file"
    if info.external_attr & 0x10:  # MS-DOS folder attribute
        return "is a folder entry; a bundle holds files only"
    if info.flag_bits & 0x1:
        return "is encrypted"
    if info.compress_type not in _METHODS:
        return f"uses compression method {info.compress_type}; only stored or deflated are read"
    if info.file_size > MAX_MEMBER_BYTES:
        return f"would unpack to {info.file_size} bytes, more than {MAX_MEMBER_BYTES}"
    return None


def read_small(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    """A member's bytes, read whole: for the lists and the documents reopened."""
    if info.file_size > limit:
        raise VerifyError(f"{info.filename}: {info.file_size} bytes, more than {limit} to read")
    return b"".join(chunks(archive, info))


def digest(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> Digest:
    """The sha256 and length of a member, read in chunks."""
    hasher = hashlib.sha256()
    size = 0
    for chunk in chunks(archive, info):
        hasher.update(chunk)
        size += len(chunk)
    return Digest(hasher.hexdigest(), size)


def chunks(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> Iterator[bytes]:
    """A member's bytes in chunks; :class:`VerifyError` if more or fewer come than the zip
    declares (``zipfile`` stops at the declared size and checks the CRC at the end)."""
    size = 0
    with archive.open(info) as stream:
        while chunk := stream.read(CHUNK):
            size += len(chunk)
            if size > info.file_size:
                raise VerifyError(f"{info.filename}: unpacks to more than it declares")
            yield chunk
    if size != info.file_size:
        raise VerifyError(f"{info.filename}: unpacks to {size} bytes, not {info.file_size}")
