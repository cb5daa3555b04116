"""PDF copies of built documents, and their thumbnails: what ``bundle --pdf`` and
``build --pdf`` share.

Each document's PDF comes from the PDF cache when it holds one for the document's exact
bytes, language and LibreOffice version (:mod:`councilkit.bundle.pdf_cache`); the others
are converted by LibreOffice in one go and kept in the cache. Either way the PDF is then
normalized with the document's date (:func:`~councilkit.bundle.pdf.normalize_pdf`), so a
PDF from the cache and a new one give the same bytes.
"""

from __future__ import annotations

import datetime
import hashlib
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from councilkit.build.manifest import ManifestEntry
from councilkit.bundle.pdf import PdfConverter, PdfError, normalize_pdf
from councilkit.bundle.pdf_cache import PdfCache, pdf_key
from councilkit.model import Project
from councilkit.package import timestamp_from_epoch


@dataclass(frozen=True, slots=True)
class PdfJob:
    """A document to make a PDF of: its file name, bytes, language (``en``/``fr``: a
    bilingual edition's first) and the date its PDF carries."""

    name: str
    data: bytes
    language: str
    stamp: datetime.datetime


@dataclass(frozen=True, slots=True)
class MadePdf:
    """A document's PDF (normalized), its cache key, the LibreOffice that made it, and
    whether it was converted in this run (else it came from the cache)."""

    data: bytes
    key: str
    libreoffice: str
    converted: bool


def pdf_job(project: Project, entry: ManifestEntry, data: bytes, epoch: int | None) -> PdfJob:
    """The PDF job of the built file ``entry``, dated ``SOURCE_DATE_EPOCH`` (``epoch``) or,
    without it, its document's date, as the document itself is."""
    group = project.group(entry.group)
    document = group.document(entry.document) if group else None
    assert document is not None
    stamp = (
        timestamp_from_epoch(epoch)
        if epoch is not None
        else datetime.datetime.combine(document.date, datetime.time(), datetime.UTC)
    )
    return PdfJob(entry.path, data, entry.language, stamp)


def make_pdfs(
    jobs: list[PdfJob],
    *,
    converter: PdfConverter,
    cache: PdfCache | None,
    workers: int,
    work: Path,
) -> dict[str, MadePdf]:
    """The PDF of every job, by name: from ``cache`` when it has it, else converted (at
    most ``workers`` LibreOffice processes, working in the new folder ``work``) and kept
    in ``cache``; the cache is pruned at the end."""
    if not jobs:
        return {}
    version = converter.version()
    keys = {
        job.name: pdf_key(hashlib.sha256(job.data).hexdigest(), job.name, job.language, version)
        for job in jobs
    }
    raw: dict[str, bytes] = {}
    for job in jobs:
        found = cache.get(keys[job.name]) if cache is not None else None
        if found is not None:
            raw[job.name] = found
    missing = [job for job in jobs if job.name not in raw]
    if missing:
        # LibreOffice converts copies of the very bytes the keys were computed from.
        sources = work / "sources"
        sources.mkdir(parents=True)
        for job in missing:
            (sources / job.name).write_bytes(job.data)
        converted = converter.convert(
            [sources / job.name for job in missing],
            work / "pdf",
            languages=[job.language for job in missing],
            jobs=workers,
            profiles=work,
        )
        for job, pdf in zip(missing, converted, strict=True):
            data = pdf.read_bytes()
            if not data.startswith(b"%PDF-"):
                raise PdfError(f"LibreOffice wrote no PDF for {job.name}")
            if cache is not None:
                cache.put(keys[job.name], data, {"document": job.name, "libreoffice": version})
            raw[job.name] = data
    if cache is not None:
        cache.prune()
    converted_names = {job.name for job in missing}
    return {
        job.name: MadePdf(
            normalize_pdf(raw[job.name], job.stamp),
            keys[job.name],
            version,
            job.name in converted_names,
        )
        for job in jobs
    }


def thumbnails(pdfs: dict[str, bytes], folder: Path) -> dict[str, bytes]:
    """A small PNG of the first page of each PDF, by name, made with ``pdftoppm`` in
    ``folder``."""
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        raise PdfError(
            "thumbnails need pdftoppm; on Debian or Ubuntu: apt-get install poppler-utils"
        )
    folder.mkdir(parents=True, exist_ok=True)
    thumbs: dict[str, bytes] = {}
    for name, data in sorted(pdfs.items()):
        # Absolute paths: a name starting with '-' is never read as an option.
        source = folder.absolute() / f"{Path(name).stem}.pdf"
        source.write_bytes(data)
        stem = folder.absolute() / Path(name).stem
        subprocess.run(
            [
                pdftoppm,
                "-png",
                "-r",
                "20",
                "-f",
                "1",
                "-l",
                "1",
                "-singlefile",
                str(source),
                str(stem),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
        thumbs[name] = stem.with_suffix(".png").read_bytes()
    return thumbs
