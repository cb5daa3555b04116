"""``councilkit verify``: re-check a bundle's checksums and that every document opens."""

from __future__ import annotations

import hashlib
import json
import re
import zipfile
from pathlib import Path

from councilkit.bundle.assemble import CHECKSUMS, MANIFEST
from councilkit.errors import CouncilkitError, UsageError
from councilkit.render import reopen

_SUM_LINE = re.compile(r"([0-9a-f]{64})  (\S.*)")


class VerifyError(CouncilkitError):
    """The bundle is not what its checksums and manifest say; names the first bad file."""


def verify(path: str | Path) -> int:
    """Check the bundle at ``path``; returns the number of files checked.

    Raises :class:`VerifyError` naming the first bad file.
    """
    bundle = Path(path)
    if not bundle.is_file():
        raise UsageError(f"bundle '{bundle}' does not exist")
    try:
        archive = zipfile.ZipFile(bundle)
    except zipfile.BadZipFile:
        raise VerifyError(f"{bundle}: not a zip file") from None
    with archive:
        names = set(archive.namelist())
        for required in (CHECKSUMS, MANIFEST):
            if required not in names:
                raise VerifyError(f"{bundle}: {required} is missing")
        sums = _read_sums(archive.read(CHECKSUMS).decode("utf-8", "replace"))
        for name in sorted(names - {CHECKSUMS}):
            if name not in sums:
                raise VerifyError(f"{name}: in the bundle but not in {CHECKSUMS}")
        for name, expected in sums.items():
            if name not in names:
                raise VerifyError(f"{name}: listed in {CHECKSUMS} but missing from the bundle")
            data = archive.read(name)
            if hashlib.sha256(data).hexdigest() != expected:
                raise VerifyError(f"{name}: checksum does not match {CHECKSUMS}")
        try:
            manifest = json.loads(archive.read(MANIFEST))
            files = manifest["files"]
        except (ValueError, KeyError, TypeError):
            raise VerifyError(f"{MANIFEST}: not a councilkit bundle manifest") from None
        for entry in files:
            name = str(entry.get("path"))
            if name not in names:
                raise VerifyError(f"{name}: listed in {MANIFEST} but missing")
            data = archive.read(name)
            if hashlib.sha256(data).hexdigest() != entry.get("sha256") or len(data) != entry.get(
                "bytes"
            ):
                raise VerifyError(f"{name}: checksum or size does not match {MANIFEST}")
            _opens(name, data)
    return len(sums)


def _read_sums(text: str) -> dict[str, str]:
    sums: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        match = _SUM_LINE.fullmatch(line)
        if not match:
            raise VerifyError(f"{CHECKSUMS}: line {number} is not '<sha256>  <file>'")
        sums[match.group(2)] = match.group(1)
    return sums


def _opens(name: str, data: bytes) -> None:
    extension = name.rsplit(".", 1)[-1]
    if extension == "pdf":
        if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
            raise VerifyError(f"{name}: not a complete PDF")
        return
    try:
        reopen(extension, data)
    except ValueError as exc:
        raise VerifyError(f"{name}: {exc}") from None
