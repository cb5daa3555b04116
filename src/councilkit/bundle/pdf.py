"""PDF copies of the documents, through LibreOffice headless.

Each worker converts its batch with its own profile (``-env:UserInstallation``): two
conversions sharing a profile fail. Starting soffice costs about a second, so documents go
in batches, one soffice per worker. A batch holds one kind (Word or PowerPoint) in one
language: each has its export filter and locale (:mod:`councilkit.bundle.pdf_tags`).

LibreOffice stamps each PDF with its creation time (also in its XMP metadata) and a random
document ID. On the same
machine nothing else varies, so :func:`normalize_pdf` replaces those two with values derived
from ``SOURCE_DATE_EPOCH`` and the file's own content, byte for byte the same length so
that the PDF's cross-reference offsets stay right. PDFs are therefore inside the bundle's
byte-identity promise on a given machine (another LibreOffice version lays pages out
differently).

:class:`LibreOffice` is the converter the commands use: it finds ``soffice`` and reads its
version once per run (part of every PDF cache key, :mod:`councilkit.bundle.pdf_cache`).
Anything with the same two methods (:class:`PdfConverter`) can stand in for it: the tests
count conversions that way.
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
from typing import Protocol

from councilkit.bundle.pdf_tags import export_filter, locale_environment
from councilkit.errors import CouncilkitError

SOFFICE_PACKAGES = (
    "libreoffice-writer-nogui libreoffice-impress-nogui fonts-crosextra-carlito "
    "fonts-crosextra-caladea fonts-liberation2"
)
BATCH_TIMEOUT_SECONDS = 600
VERSION_TIMEOUT_SECONDS = 60

_DATE = re.compile(rb"/(CreationDate|ModDate)\s*\(D:(\d{4,14})([^)]*)\)")
_ID = re.compile(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]")
_XMP_DATE = re.compile(rb"<xmp:(CreateDate|ModifyDate|MetadataDate)>([0-9T:.-]+)")
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


class PdfConverter(Protocol):
    """What makes PDFs of Word and PowerPoint files: LibreOffice (:class:`LibreOffice`),
    or a stand-in in the tests, which count conversions through it."""

    def version(self) -> str:
        """The converter's version, part of every PDF cache key."""
        ...

    def convert(
        self, files: list[Path], outdir: Path, *, languages: list[str], jobs: int, profiles: Path
    ) -> list[Path]:
        """PDF copies of ``files`` in ``outdir``, as :func:`convert_to_pdf` makes them."""
        ...


class LibreOffice:
    """The installed LibreOffice, found and asked its version once per run."""

    def __init__(self) -> None:
        self._soffice: str | None = None
        self._version: str | None = None

    def soffice(self) -> str:
        """The path of ``soffice``; :class:`PdfError` naming the packages without it."""
        if self._soffice is None:
            self._soffice = find_soffice()
        return self._soffice

    def version(self) -> str:
        """The first line of ``soffice --version``, such as ``LibreOffice 7.4.7.2
        40(Build:2)``, read once (:func:`read_version`)."""
        if self._version is None:
            self._version = read_version(self.soffice())
        return self._version

    def convert(
        self, files: list[Path], outdir: Path, *, languages: list[str], jobs: int, profiles: Path
    ) -> list[Path]:
        """See :func:`convert_to_pdf`."""
        return convert_to_pdf(
            files, outdir, languages=languages, jobs=jobs, profiles=profiles, soffice=self.soffice()
        )


def read_version(soffice: str) -> str:
    """What ``soffice --version`` prints on its first line. It runs with no shell and a
    minimal environment (the system's default ``PATH``, ``LC_ALL=C``, and a new empty
    ``HOME`` that is removed afterwards, for the files LibreOffice's start-up writes)."""
    with tempfile.TemporaryDirectory(prefix="councilkit-soffice-") as home:
        try:
            done = subprocess.run(
                [soffice, "--version"],
                capture_output=True,
                text=True,
                timeout=VERSION_TIMEOUT_SECONDS,
                check=False,
                env={"PATH": os.defpath, "LC_ALL": "C", "HOME": home},
            )
        except subprocess.TimeoutExpired:
            done = None
    lines = done.stdout.strip().splitlines() if done is not None and done.returncode == 0 else []
    if not lines or not lines[0].strip():
        raise PdfError(
            f"cannot read LibreOffice's version ('{soffice} --version' failed); reinstall "
            f"LibreOffice: apt-get install {SOFFICE_PACKAGES}"
        )
    return lines[0].strip()


def convert_to_pdf(
    files: list[Path],
    outdir: Path,
    *,
    languages: list[str],
    jobs: int,
    profiles: Path,
    soffice: str | None = None,
) -> list[Path]:
    """Tagged PDF copies of ``files`` in ``outdir`` (same stems), each in its language of
    ``languages`` (``en`` or ``fr``, one per file), converted in at most ``jobs`` batches
    at once, each with a LibreOffice profile of its own in a new folder under ``profiles``
    (``soffice``: the program, found on ``PATH`` when not given)."""
    if not files:
        return []
    soffice = soffice or find_soffice()
    outdir.mkdir(parents=True, exist_ok=True)
    workers = max(1, min(jobs, len(files)))
    batches = _batches(files, languages, workers)
    with ThreadPoolExecutor(max_workers=workers) as pool:
        list(
            pool.map(
                lambda batch: _convert_batch(soffice, batch[0], batch[1], outdir, profiles),
                batches,
            )
        )
    pdfs = [outdir / f"{f.stem}.pdf" for f in files]
    missing = [p.name for p in pdfs if not p.is_file()]
    if missing:
        raise PdfError(f"LibreOffice did not produce {', '.join(missing)}")
    return pdfs


def _batches(files: list[Path], languages: list[str], workers: int) -> list[tuple[list[Path], str]]:
    """``files`` by kind and language, each share cut into up to ``workers`` batches."""
    shares: dict[tuple[str, str], list[Path]] = {}
    for file, language in zip(files, languages, strict=True):
        shares.setdefault((file.suffix.lower(), language), []).append(file)
    batches: list[tuple[list[Path], str]] = []
    for (_, language), share in sorted(shares.items()):
        count = max(1, min(workers, len(share)))
        batches.extend((share[i::count], language) for i in range(count))
    return batches


def _convert_batch(
    soffice: str, batch: list[Path], language: str, outdir: Path, profiles: Path
) -> None:
    with tempfile.TemporaryDirectory(prefix="profile-", dir=profiles) as profile:
        command = [
            soffice,
            f"-env:UserInstallation={Path(profile).as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            export_filter(batch[0].suffix),
            "--outdir",
            # Absolute paths: a file or folder whose name starts with '-' (say
            # '-env:UserInstallation=…') is then never read as an option.
            str(outdir.absolute()),
            *(str(file.absolute()) for file in batch),
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
                # The locale gives a deck's PDF its language (pdf_tags).
                env={**os.environ, "TZ": "UTC", **locale_environment(language)},
            )
        except subprocess.TimeoutExpired:
            raise PdfError(
                f"LibreOffice took more than {BATCH_TIMEOUT_SECONDS} s to convert "
                f"{', '.join(p.name for p in batch)}"
            ) from None
        if done.returncode != 0:
            raise PdfError(f"LibreOffice failed ({done.returncode}): {done.stderr.strip()[-300:]}")


def normalize_pdf(data: bytes, timestamp: datetime.datetime) -> bytes:
    """``data`` with its creation and modification dates (XMP ones too) set to ``timestamp`` and its
    document ID derived from its content; every replacement keeps its length."""
    stamp = timestamp.astimezone(datetime.UTC).strftime("%Y%m%d%H%M%S").encode()

    def date(match: re.Match[bytes]) -> bytes:
        digits, zone = match.group(2), match.group(3)
        if not zone.startswith(b"Z") and len(zone) == len(b"+00'00'"):
            zone = b"+00'00'"
        return b"/" + match.group(1) + b"(D:" + stamp[: len(digits)] + zone + b")"

    xmp_stamp = timestamp.astimezone(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%S").encode()

    def xmp_date(match: re.Match[bytes]) -> bytes:
        value = match.group(2)
        kept = xmp_stamp[: len(value)] + b"0" * max(0, len(value) - len(xmp_stamp))
        return b"<xmp:" + match.group(1) + b">" + kept

    dated = _XMP_DATE.sub(xmp_date, _DATE.sub(date, data))
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
