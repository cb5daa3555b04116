"""Reading a bundle's two lists, ``SHA256SUMS`` and ``MANIFEST.json``, strictly: anything
malformed is a :class:`VerifyError` naming the list and what is wrong."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from councilkit.bundle.layout import BUNDLE_VERSION, CHECKSUMS, MANIFEST
from councilkit.bundle.members import VerifyError, name_problem

_SUM_LINE = re.compile(r"([0-9a-f]{64})  (\S.*)")
_SHA256 = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True, slots=True)
class Listed:
    """What a list says of one member: its sha256 and, in the manifest, its size and format."""

    sha256: str
    size: int | None = None
    format: str | None = None


def read_sums(data: bytes) -> dict[str, Listed]:
    """``SHA256SUMS``: name -> sha256, each name once."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise VerifyError(f"{CHECKSUMS}: not UTF-8 text") from None
    sums: dict[str, Listed] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        match = _SUM_LINE.fullmatch(line)
        if not match:
            raise VerifyError(f"{CHECKSUMS}: line {number} is not '<sha256>  <file>'")
        name = match.group(2)
        if name in sums:
            raise VerifyError(f"{CHECKSUMS}: line {number} lists {name} a second time")
        sums[name] = Listed(match.group(1))
    return sums


def read_manifest(data: bytes) -> dict[str, Listed]:
    """``MANIFEST.json``'s files: name -> sha256, size and format, each name once."""
    try:
        body = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise VerifyError(f"{MANIFEST}: not valid JSON") from None
    if not isinstance(body, dict) or not isinstance(body.get("files"), list):
        raise VerifyError(f"{MANIFEST}: not a councilkit bundle manifest (no list of files)")
    version = body.get("bundle_version")
    if version != BUNDLE_VERSION:
        raise VerifyError(
            f"{MANIFEST}: bundle version {version!r}, but this councilkit reads version "
            f"{BUNDLE_VERSION}; make the bundle again with this councilkit"
        )
    files: dict[str, Listed] = {}
    for number, entry in enumerate(body["files"], start=1):
        listed = _entry(entry)
        if listed is None:
            raise VerifyError(
                f"{MANIFEST}: file {number} needs a path, a sha256, a size in bytes and a format"
            )
        name, record = listed
        if name in files:
            raise VerifyError(f"{MANIFEST}: lists {name} a second time")
        files[name] = record
    return files


def _entry(entry: object) -> tuple[str, Listed] | None:
    if not isinstance(entry, dict):
        return None
    path, sha, size, fmt = (entry.get(k) for k in ("path", "sha256", "bytes", "format"))
    if not isinstance(path, str) or name_problem(path) is not None:
        return None
    if not isinstance(sha, str) or not _SHA256.fullmatch(sha) or not isinstance(fmt, str):
        return None
    if not isinstance(size, int) or isinstance(size, bool) or size < 0:
        return None
    return path, Listed(sha, size, fmt)
