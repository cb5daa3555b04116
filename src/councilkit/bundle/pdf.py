"""PDF copies of the documents, through LibreOffice headless.

Each worker converts its batch with its own profile (``-env:UserInstallation``): two
conversions sharing a profile fail. Starting soffice costs about a second, so documents go
in batches, one soffice per worker.

LibreOffice stamps each PDF with its creation time and a random document ID. On the same
machine nothing else varies, so :func:`normalize_pdf` replaces those two with values derived
from ``SOURCE_DATE_EPOCH`` and the file's own content, byte for byte the same length so
that the PDF's cross-reference offsets stay right. PDFs are therefore inside the bundle's
byte-identity promise on a given machine (another LibreOffice version lays pages out
differently).
"""

from __future__ import annotations

import datetime
import hashlib
import os
import re
import shutil
import subprocess
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from councilkit.errors import CouncilkitError

SOFFICE_PACKAGES = (
    "libreoffice-writer-nogui libreoffice-impress-nogui fonts-crosextra-carlito "
    "fonts-crosextra-caladea fonts-liberation2"
)
BATCH_TIMEOUT_SECONDS = 600

_DATE = re.compile(rb"/(CreationDate|ModDate)\s*\(D:(\d{4,14})([^)]*)\)")
_ID = re.compile(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]")
_CHECKSUM = re.compile(rb"/DocChecksum\s*/([0-9A-Fa-f]+)")


class PdfError(CouncilkitError):
    """LibreOffice is missing or could not convert a document."""


def find_soffice() -> str:
    """The path of LibreOffice's ``soffice``, or a :class:`PdfError` naming the packages."""
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if not found:
        raise PdfError(
            "PDF output needs LibreOffice, which is not installed; on Debian or Ubuntu: "
            f"apt-get install {SOFFICE_PACKAGES}"
        )
    return found


def convert_to_pdf(files: list[Path], outdir: Path, *, jobs: int, profiles: Path) -> list[Path]:
    """PDF copies of ``files`` in ``outdir`` (same stems), converted in ``jobs`` batches,
    each with a LibreOffice profile of its own in a new folder under ``profiles``."""
    if not files:
        return []
    soffice = find_soffice()
    outdir.mkdir(parents=True, exist_ok=True)
    workers = max(1, min(jobs, len(files)))
    batches = [files[i::workers] for i in range(workers)]
    with ThreadPoolExecutor(max_workers=workers) as pool:
        list(pool.map(lambda batch: _convert_batch(soffice, batch, outdir, profiles), batches))
    pdfs = [outdir / f"{f.stem}.pdf" for f in files]
    missing = [p.name for p in pdfs if not p.is_file()]
    if missing:
        raise PdfError(f"LibreOffice did not produce {', '.join(missing)}")
    return pdfs


def _convert_batch(soffice: str, batch: list[Path], outdir: Path, profiles: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="profile-", dir=profiles) as profile:
        command = [
            soffice,
            f"-env:UserInstallation={Path(profile).as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            str(outdir),
            *map(str, batch),
        ]
        try:
            done = subprocess.run(
                command,
                capture_output=True,
                text=True,
                timeout=BATCH_TIMEOUT_SECONDS,
                check=False,
                # LibreOffice writes the local offset into the PDF's dates, which changes
                # their length: UTC makes every machine's time zone give the same bytes.
                env={**os.environ, "TZ": "UTC"},
            )
        except subprocess.TimeoutExpired:
            raise PdfError(
                f"LibreOffice took more than {BATCH_TIMEOUT_SECONDS} s to convert "
                f"{', '.join(p.name for p in batch)}"
            ) from None
        if done.returncode != 0:
            raise PdfError(f"LibreOffice failed ({done.returncode}): {done.stderr.strip()[-300:]}")


def normalize_pdf(data: bytes, timestamp: datetime.datetime) -> bytes:
    """``data`` with its creation and modification dates set to ``timestamp`` and its
    document ID derived from its content; every replacement keeps its length."""
    stamp = timestamp.astimezone(datetime.UTC).strftime("%Y%m%d%H%M%S").encode()

    def date(match: re.Match[bytes]) -> bytes:
        digits, zone = match.group(2), match.group(3)
        if not zone.startswith(b"Z") and len(zone) == len(b"+00'00'"):
            zone = b"+00'00'"
        return b"/" + match.group(1) + b"(D:" + stamp[: len(digits)] + zone + b")"

    dated = _DATE.sub(date, data)
    zeroed = _CHECKSUM.sub(_zero, _ID.sub(_zero, dated))
    digest = hashlib.sha256(zeroed).hexdigest().upper().encode()

    def fill(match: re.Match[bytes]) -> bytes:
        text, base = bytearray(match.group(0)), match.start()
        for group in range(1, (match.lastindex or 0) + 1):
            start, end = match.start(group) - base, match.end(group) - base
            text[start:end] = digest[: end - start]
        return bytes(text)

    return _CHECKSUM.sub(fill, _ID.sub(fill, dated))


def _zero(match: re.Match[bytes]) -> bytes:
    head = match.group(0)[: match.start(1) - match.start()]
    return head + match.group(0)[len(head) :].translate(_HEX_TO_ZERO)


_HEX_TO_ZERO = bytes.maketrans(b"0123456789ABCDEFabcdef", b"0" * 22)
