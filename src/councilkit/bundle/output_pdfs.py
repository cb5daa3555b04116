"""PDFs in a build's output folder: ``build --pdf`` writes them, ``bundle --from`` reuses
a shard's.

``build --pdf`` (with or without ``--shard``) writes ``OUT/pdf/NAME.pdf`` for each
document ``OUT/NAME.docx`` or ``.pptx`` it wrote or kept: the very bytes ``bundle --pdf``
would put in the zip (:mod:`councilkit.bundle.pdf_making`). Beside each PDF,
``NAME.pdf.json`` records what it was made from: the document's name and sha256, the
LibreOffice version, the cache key (which also covers the export options and the
language) and the PDF's own sha256.

``bundle --from`` takes a shard's PDF only when that record matches the document the
shard's manifest lists, byte for byte, and this councilkit's options, and the PDF its
recorded checksum; a shard with no PDF of a document leaves it to be converted.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from councilkit.atomic import atomic_file, ensure_folder, remove_stale_temporaries
from councilkit.build.manifest import BuildResult
from councilkit.build.output import OutputFolder
from councilkit.bundle.pdf import PdfConverter
from councilkit.bundle.pdf_cache import PdfCache, pdf_key
from councilkit.bundle.pdf_making import MadePdf, make_pdfs, pdf_job
from councilkit.bundle.scratch import work_folder
from councilkit.bundle.shards import BuiltFile, ShardError, read_inside
from councilkit.errors import UsageError
from councilkit.model import Project

PDF_FOLDER = "pdf"
"""The folder of the PDFs in a build's output folder."""

RECORD_FORMAT = 1


@dataclass(frozen=True, slots=True)
class ShardPdf:
    """A shard's PDF of one document, checked, and the LibreOffice that made it."""

    data: bytes
    libreoffice: str
    path: Path


def pdf_path(document: str) -> str:
    """Where the PDF of the output file ``document`` goes, relative to the output folder."""
    return f"{PDF_FOLDER}/{PurePosixPath(document).stem}.pdf"


def check_pdf_folder(out: Path) -> None:
    """:class:`UsageError` when ``OUT/pdf`` is there but is a link or a file."""
    try:
        mode = os.lstat(out / PDF_FOLDER).st_mode
    except (FileNotFoundError, NotADirectoryError):
        return
    if stat.S_ISLNK(mode) or not stat.S_ISDIR(mode):
        raise UsageError(
            f"'{out / PDF_FOLDER}' is a symbolic link or a file; build --pdf writes the PDFs "
            "into a real folder there: remove it, or build into another folder"
        )


def build_pdfs(
    result: BuildResult,
    project: Project,
    *,
    epoch: int | None,
    jobs: int,
    converter: PdfConverter,
    cache: PdfCache | None,
) -> dict[str, MadePdf]:
    """Write the PDF (and its record) of every file of the build ``result`` under
    ``OUT/pdf/``, holding the output folder's lock; returns them by document name."""
    folder = OutputFolder(result.out)
    folder.open()
    try:
        pdf_jobs = []
        for entry in result.entries:
            data = folder.read(entry.path)
            if data is None or hashlib.sha256(data).hexdigest() != entry.sha256:
                raise UsageError(
                    f"'{result.out / entry.path}' changed after the build (another build into "
                    "the same folder?); build again"
                )
            pdf_jobs.append(pdf_job(project, entry, data, epoch))
        with work_folder() as work:
            made = make_pdfs(pdf_jobs, converter=converter, cache=cache, workers=jobs, work=work)
        target = ensure_folder(result.out, PDF_FOLDER)
        remove_stale_temporaries(target, (".pdf", ".json"))
        for entry in result.entries:
            pdf = made[entry.path]
            record = {
                "record_format": RECORD_FORMAT,
                "document": entry.path,
                "document_sha256": entry.sha256,
                "libreoffice": pdf.libreoffice,
                "key": pdf.key,
                "sha256": hashlib.sha256(pdf.data).hexdigest(),
            }
            name = PurePosixPath(pdf_path(entry.path)).name
            with atomic_file(target / name) as stream:
                stream.write(pdf.data)
            with atomic_file(target / f"{name}.json") as stream:
                stream.write((json.dumps(record, indent=2) + "\n").encode())
        return made
    finally:
        folder.close()


def shard_pdf(built: BuiltFile) -> ShardPdf | None:
    """The PDF the shard holding ``built`` made of it, checked against its record and
    the document's bytes; None when the shard has none (built without ``--pdf``).
    :class:`ShardError` when there is one that does not match."""
    entry, path, data = built
    folder, name = path.parent, pdf_path(entry.path)
    pdf, record = read_inside(folder, name), read_inside(folder, f"{name}.json")
    if pdf is None and record is None and not _lexists(folder / name, folder / f"{name}.json"):
        return None
    try:
        recorded = json.loads(record or b"")
        sound = (
            pdf is not None
            and pdf.startswith(b"%PDF-")
            and recorded["record_format"] == RECORD_FORMAT
            and recorded["document"] == entry.path
            and recorded["document_sha256"] == hashlib.sha256(data).hexdigest()
            and recorded["sha256"] == hashlib.sha256(pdf).hexdigest()
            and recorded["key"] == _key(recorded, entry.path, entry.language)
        )
    except (ValueError, KeyError, TypeError):
        sound = False
    if not sound or pdf is None:
        raise ShardError(
            f"'{folder / name}' is not the PDF of '{path}' (missing, a link, changed after its "
            "build, or made from other bytes or by another councilkit); build the shard "
            "again with --pdf"
        )
    return ShardPdf(pdf, str(recorded["libreoffice"]), folder / name)


def _key(recorded: dict[str, str], name: str, language: str) -> str:
    """The cache key the recorded PDF must have, with this councilkit's options."""
    return pdf_key(recorded["document_sha256"], name, language, recorded["libreoffice"])


def _lexists(*paths: Path) -> bool:
    return any(os.path.lexists(p) for p in paths)
