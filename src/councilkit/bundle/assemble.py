"""``councilkit bundle``: one zip a CI pipeline can publish and anyone can verify.

Layout of the zip::

    MANIFEST.json        bundle and councilkit versions, source commit, SOURCE_DATE_EPOCH,
                         and per file: path, sha256, bytes, group, kind, language, version, status
    SHA256SUMS           every other member, in ``sha256sum -c`` format
    index.html           every document by group and language
    en/…  fr/…           the documents (and their PDFs with --pdf)
    thumbnails/en/…      first pages as PNG (with --pdf)
"""

from __future__ import annotations

import datetime
import hashlib
import json
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from councilkit import __version__
from councilkit.api import load
from councilkit.build import build
from councilkit.build.manifest import ManifestEntry
from councilkit.bundle.archive import write_zip
from councilkit.bundle.index_page import IndexEntry, index_html
from councilkit.bundle.pdf import PdfError, convert_to_pdf, normalize_pdf
from councilkit.errors import UsageError
from councilkit.localize import Localizer
from councilkit.model import Language, Project
from councilkit.package import timestamp_from_epoch

BUNDLE_VERSION = 1
MANIFEST = "MANIFEST.json"
CHECKSUMS = "SHA256SUMS"
INDEX = "index.html"


@dataclass(frozen=True, slots=True)
class BundleResult:
    path: Path
    files: int
    documents: int


def bundle(
    content: str | Path,
    target: str | Path,
    *,
    pdf: bool = False,
    languages: Sequence[str] | None = None,
    groups: Sequence[str] | None = None,
    source_date_epoch: int | None = None,
    jobs: int = 1,
    build_dir: str | Path | None = None,
    on_output: Callable[[Path, bool], None] | None = None,
) -> BundleResult:
    """Build the selected documents and write them, with checksums, a manifest and an
    index, to the zip ``target`` (atomically: a failure leaves no bundle)."""
    zip_path = Path(target)
    if not zip_path.parent.is_dir():
        raise UsageError(f"folder '{zip_path.parent}' for the bundle does not exist")
    if zip_path.is_dir():
        raise UsageError(
            f"'{zip_path}' is a folder; give the bundle's file name, such as release.zip"
        )
    content_root = Path(content)
    with tempfile.TemporaryDirectory(prefix="councilkit-bundle-") as work:
        out = Path(build_dir) if build_dir is not None else Path(work) / "build"
        result = build(
            content_root,
            out,
            languages=languages,
            groups=groups,
            source_date_epoch=source_date_epoch,
            jobs=jobs,
            on_output=on_output,
        )
        project = load(content_root)
        members: dict[str, bytes] = {}
        index: list[IndexEntry] = []
        files: list[dict[str, object]] = []
        documents = [(e, (out / e.path).read_bytes()) for e in result.entries]
        pdfs = (
            _pdfs(out, result.entries, Path(work) / "pdf", jobs, source_date_epoch, project)
            if pdf
            else {}
        )
        thumbs = _thumbnails(pdfs, Path(work) / "thumbs") if pdf else {}
        for entry, data in documents:
            path = f"{entry.language}/{entry.path}"
            members[path] = data
            files.append(_file(path, data, entry, entry.path.rsplit(".", 1)[1]))
            pdf_path = thumb_path = None
            if entry.path in pdfs:
                pdf_path = f"{entry.language}/{Path(entry.path).stem}.pdf"
                members[pdf_path] = pdfs[entry.path]
                files.append(_file(pdf_path, pdfs[entry.path], entry, "pdf"))
            if entry.path in thumbs:
                thumb_path = f"thumbnails/{entry.language}/{Path(entry.path).stem}.png"
                members[thumb_path] = thumbs[entry.path]
            index.append(_index_entry(project, entry, path, pdf_path, thumb_path))
        organization = Localizer(project, Language.EN).plain(project.settings.organization)
        title = f"{organization} – release bundle"
        members[INDEX] = index_html(index, title=title)
        members[MANIFEST] = _manifest(content_root, files, source_date_epoch)
        members[CHECKSUMS] = "".join(
            f"{hashlib.sha256(members[name]).hexdigest()}  {name}\n" for name in sorted(members)
        ).encode()
        write_zip(zip_path, members, _bundle_time(project, source_date_epoch))
    return BundleResult(path=zip_path, files=len(members), documents=len(documents))


def _file(path: str, data: bytes, entry: ManifestEntry, fmt: str) -> dict[str, object]:
    return {
        "path": path,
        "sha256": hashlib.sha256(data).hexdigest(),
        "bytes": len(data),
        "format": fmt,
        "group": entry.group,
        "document": entry.document,
        "kind": entry.kind,
        "language": entry.language,
        "version": entry.version,
        "status": entry.status,
    }


def _index_entry(
    project: Project, entry: ManifestEntry, path: str, pdf: str | None, thumb: str | None
) -> IndexEntry:
    group = project.group(entry.group)
    assert group is not None
    document = group.document(entry.document)
    assert document is not None
    localizer = Localizer(project, Language(entry.language))
    return IndexEntry(
        group=group.id,
        group_name=Localizer(project, Language.EN).plain(group.name),
        kind=entry.kind,
        language=entry.language,
        title=localizer.document_title(group, document),
        version=entry.version,
        status=localizer.status(document),
        path=path,
        pdf=pdf,
        thumbnail=thumb,
    )


def _pdfs(
    out: Path,
    entries: list[ManifestEntry],
    folder: Path,
    jobs: int,
    epoch: int | None,
    project: Project,
) -> dict[str, bytes]:
    sources = [out / e.path for e in entries]
    converted = convert_to_pdf(sources, folder, jobs=jobs)
    pdfs: dict[str, bytes] = {}
    for entry, pdf_file in zip(entries, converted, strict=True):
        group = project.group(entry.group)
        document = group.document(entry.document) if group else None
        assert document is not None
        stamp = (
            timestamp_from_epoch(epoch)
            if epoch is not None
            else datetime.datetime.combine(document.date, datetime.time(), datetime.UTC)
        )
        pdfs[entry.path] = normalize_pdf(pdf_file.read_bytes(), stamp)
    return pdfs


def _thumbnails(pdfs: dict[str, bytes], folder: Path) -> dict[str, bytes]:
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        raise PdfError(
            "thumbnails need pdftoppm; on Debian or Ubuntu: apt-get install poppler-utils"
        )
    folder.mkdir(parents=True, exist_ok=True)
    thumbs: dict[str, bytes] = {}
    for name, data in sorted(pdfs.items()):
        source = folder / f"{Path(name).stem}.pdf"
        source.write_bytes(data)
        stem = folder / Path(name).stem
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


def _manifest(content: Path, files: list[dict[str, object]], epoch: int | None) -> bytes:
    commit, dirty = _source_commit(content)
    body = {
        "bundle_version": BUNDLE_VERSION,
        "councilkit_version": __version__,
        "source_commit": commit,
        "source_dirty": dirty,
        "source_date_epoch": epoch,
        "files": sorted(files, key=lambda f: str(f["path"])),
    }
    return (json.dumps(body, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def _source_commit(content: Path) -> tuple[str | None, bool | None]:
    """The git commit the content was built from, and whether it had uncommitted changes."""
    git = shutil.which("git")
    if git is None:
        return None, None
    head = subprocess.run(
        [git, "-C", str(content), "rev-parse", "HEAD"], capture_output=True, text=True, check=False
    )
    if head.returncode != 0:
        return None, None
    status = subprocess.run(
        [git, "-C", str(content), "status", "--porcelain", "--", "."],
        capture_output=True,
        text=True,
        check=False,
    )
    return head.stdout.strip(), bool(status.stdout.strip())


def _bundle_time(project: Project, epoch: int | None) -> datetime.datetime:
    if epoch is not None:
        return timestamp_from_epoch(epoch)
    dates = [d.date for _, d in project.documents()]
    latest = max(dates) if dates else datetime.date(1980, 1, 1)
    return datetime.datetime.combine(latest, datetime.time(), datetime.UTC)
