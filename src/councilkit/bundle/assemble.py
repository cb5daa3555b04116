"""``councilkit bundle``: one zip a CI pipeline can publish and anyone can verify.

What the zip holds is in :mod:`councilkit.bundle.layout`. The run works in a locked folder
of the temporary folder and writes the zip (and its signature) under temporary names
beside it, renamed when whole (:mod:`councilkit.bundle.scratch`).
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from councilkit.api import load
from councilkit.build import build
from councilkit.build.manifest import ManifestEntry
from councilkit.bundle.archive import write_zip
from councilkit.bundle.index_page import Edition, IndexEntry, index_html
from councilkit.bundle.layout import (
    CHECKSUMS,
    INDEX,
    MANIFEST,
    checksums_bytes,
    file_entry,
    manifest_bytes,
)
from councilkit.bundle.output_pdfs import shard_pdf
from councilkit.bundle.pdf import LibreOffice, PdfConverter
from councilkit.bundle.pdf_cache import PdfCache, cache_in_output
from councilkit.bundle.pdf_making import make_pdfs, pdf_job, thumbnails
from councilkit.bundle.scratch import remove_stale_parts, staged_file, work_folder
from councilkit.bundle.shards import BuiltFile, ShardError, gather
from councilkit.bundle.signature import check_key, sign, signature_path
from councilkit.errors import UsageError
from councilkit.localize import Localizer
from councilkit.model import BilingualText, Document, Language, Project
from councilkit.package import timestamp_from_epoch
from councilkit.repository import source_state


@dataclass(frozen=True, slots=True)
class BundleResult:
    """A bundle written: its path, counts, its signature's path (when signed), and
    warnings for a person (such as no source commit recorded)."""

    path: Path
    files: int
    documents: int
    signature: Path | None = None
    warnings: tuple[str, ...] = ()
    pdfs: PdfCounts | None = None
    """With ``--pdf``: where the PDFs came from."""


@dataclass(frozen=True, slots=True)
class PdfCounts:
    """How many PDFs a bundle converted, took from the PDF cache, and took from shards."""

    converted: int = 0
    cached: int = 0
    from_shards: int = 0


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
    sign_with: str | Path | None = None,
    from_folders: Sequence[str | Path] | None = None,
    pdf_cache: str | Path | None = None,
    converter: PdfConverter | None = None,
) -> BundleResult:
    """Build the selected documents and write them, with checksums, a manifest and an
    index, to the zip ``target`` (atomically: a failure leaves no bundle). With
    ``sign_with`` (an SSH private key file), also write ``target.sig``; without it, a
    signature left there by an earlier bundle is removed with the bundle it signed.

    With ``from_folders`` (the output folders of ``build --shard I/N``, one per shard),
    nothing is built: the shards' files are checked (:mod:`councilkit.bundle.shards`)
    and joined into the very bytes a bundle built here would have; with ``pdf``, a
    shard's PDFs (``build --pdf``) are used when they match its documents.

    With ``pdf``, PDFs are kept in the PDF cache ``pdf_cache`` (default:
    ``build_dir/.councilkit/pdf-cache`` with ``build_dir``, else none) and taken from it
    when it holds them (:mod:`councilkit.bundle.pdf_cache`). ``converter`` makes the
    others (default: the installed LibreOffice)."""
    if pdf_cache is not None and not pdf:
        raise UsageError("--pdf-cache goes with --pdf")
    if from_folders is not None and (languages or groups or build_dir is not None):
        raise UsageError(
            "--from takes every document of the shards: leave out --lang, --group and --build-dir"
        )
    zip_path = Path(target)
    if not zip_path.parent.is_dir():
        raise UsageError(f"folder '{zip_path.parent}' for the bundle does not exist")
    if zip_path.is_dir():
        raise UsageError(
            f"'{zip_path}' is a folder; give the bundle's file name, such as release.zip"
        )
    key = check_key(Path(sign_with)) if sign_with is not None else None
    cache = _cache(pdf_cache, build_dir) if pdf else None
    if cache is not None:
        cache.check()
    content_root = Path(content)
    if not content_root.is_dir():
        raise UsageError(f"content folder '{content_root}' does not exist")
    converter = converter or LibreOffice()
    if pdf and from_folders is None:
        converter.version()  # no LibreOffice: stop before building anything
    source = source_state(content_root)  # before the build, which may write into it
    sig_path = signature_path(zip_path)
    remove_stale_parts(zip_path)
    remove_stale_parts(sig_path)
    with work_folder() as work:
        if from_folders is None:
            out = Path(build_dir) if build_dir is not None else work / "build"
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
            built = [(e, out / e.path, (out / e.path).read_bytes()) for e in result.entries]
        else:
            project = load(content_root)
            built = gather(
                project, content_root, [Path(f) for f in from_folders], source_date_epoch
            )
        members: dict[str, bytes] = {}
        index: list[IndexEntry] = []
        files: list[dict[str, object]] = []
        documents = [(entry, data) for entry, _, data in built]
        counts = None
        pdfs: dict[str, bytes] = {}
        if pdf:
            pdfs, counts = _pdfs(
                built,
                from_folders is not None,
                project,
                source_date_epoch,
                converter,
                cache,
                jobs,
                work / "pdfs",
            )
        thumbs = thumbnails(pdfs, work / "thumbs") if pdf else {}
        for entry, data in documents:
            folder = _folder(project, entry)
            path = f"{folder}/{entry.path}"
            members[path] = data
            files.append(file_entry(path, data, entry.path.rsplit(".", 1)[1], entry))
            pdf_path = thumb_path = None
            if entry.path in pdfs:
                pdf_path = f"{folder}/{Path(entry.path).stem}.pdf"
                members[pdf_path] = pdfs[entry.path]
                files.append(file_entry(pdf_path, pdfs[entry.path], "pdf", entry))
            if entry.path in thumbs:
                thumb_path = f"thumbnails/{folder}/{Path(entry.path).stem}.png"
                members[thumb_path] = thumbs[entry.path]
                files.append(file_entry(thumb_path, thumbs[entry.path], "png", entry))
            index.append(_index_entry(project, entry, path, pdf_path, thumb_path))
        organization = _both(project, project.settings.organization)
        title = (f"{organization[0]} – release bundle", f"{organization[1]} – paquet de diffusion")
        members[INDEX] = index_html(index, title=title)
        files.append(file_entry(INDEX, members[INDEX], "html", None))
        members[MANIFEST] = manifest_bytes(files, source.commit, source.dirty, source_date_epoch)
        members[CHECKSUMS] = checksums_bytes(members)
        with staged_file(zip_path) as stream:
            write_zip(stream, members, _bundle_time(project, source_date_epoch))
            if key is not None:
                stream.flush()
                stream.seek(0)
                signature = sign(key, stream)
                with staged_file(sig_path) as sig_stream:
                    sig_stream.write(signature)
            elif sig_path.is_file() or sig_path.is_symlink():
                sig_path.unlink()  # it signed the bundle about to be replaced
    return BundleResult(
        path=zip_path,
        files=len(members),
        documents=len(documents),
        signature=sig_path if key is not None else None,
        warnings=() if source.warning is None else (source.warning,),
        pdfs=counts,
    )


def _cache(folder: str | Path | None, build_dir: str | Path | None) -> PdfCache | None:
    """The PDF cache: the folder named, or the one in the build folder, or none."""
    if folder is not None:
        return PdfCache(Path(folder))
    if build_dir is not None:
        return cache_in_output(Path(build_dir))
    return None


def _index_entry(
    project: Project, entry: ManifestEntry, path: str, pdf: str | None, thumb: str | None
) -> IndexEntry:
    group = project.group(entry.group)
    assert group is not None
    document = group.document(entry.document)
    assert document is not None
    languages = [Language(entry.language)]
    if _bilingual(project, document):
        languages.append(languages[0].other)
    editions = tuple(
        Edition(
            language=lang.value,
            title=Localizer(project, lang).document_title(group, document),
            status=Localizer(project, lang).status(document),
        )
        for lang in languages
    )
    return IndexEntry(
        group=group.id,
        group_name=_both(project, group.name),
        kind=entry.kind,
        editions=editions,
        version=entry.version,
        path=path,
        pdf=pdf,
        thumbnail=thumb,
    )


BILINGUAL_FOLDER = "bilingual"
"""The zip's folder of bilingual (side-by-side) editions, beside ``en/`` and ``fr/``."""


def _folder(project: Project, entry: ManifestEntry) -> str:
    """The zip folder of a built file: its language, or ``bilingual``."""
    group = project.group(entry.group)
    document = group.document(entry.document) if group else None
    assert document is not None
    return BILINGUAL_FOLDER if _bilingual(project, document) else entry.language


def _bilingual(project: Project, document: Document) -> bool:
    """True when the document is published as one bilingual file."""
    return project.files_of(document)[0][0] is None


def _both(project: Project, text: BilingualText) -> tuple[str, str]:
    return (
        Localizer(project, Language.EN).plain(text),
        Localizer(project, Language.FR).plain(text),
    )


def _pdfs(
    built: list[BuiltFile],
    from_shards: bool,
    project: Project,
    epoch: int | None,
    converter: PdfConverter,
    cache: PdfCache | None,
    jobs: int,
    work: Path,
) -> tuple[dict[str, bytes], PdfCounts]:
    """The PDF of every built file, by name: the shards' own when they made them, else
    from the cache or LibreOffice; :class:`ShardError` when they come from different
    LibreOffice versions (the bundle would not be one machine's)."""
    reused = {}
    for item in built if from_shards else []:
        found = shard_pdf(item)
        if found is not None:
            reused[item[0].path] = found
    todo = [pdf_job(project, e, data, epoch) for e, _, data in built if e.path not in reused]
    made = make_pdfs(todo, converter=converter, cache=cache, workers=jobs, work=work)
    makers = {p.libreoffice: str(p.path) for p in reused.values()}
    makers.update({m.libreoffice: "this machine" for m in made.values()})
    if len(makers) > 1:
        (first, where), (second, other) = sorted(makers.items())[:2]
        raise ShardError(
            f"the PDFs were made by two LibreOffice versions: {first} ({where}) and {second} "
            f"({other}); install the same LibreOffice in every job"
        )
    pdfs = {name: p.data for name, p in reused.items()}
    pdfs.update({name: m.data for name, m in made.items()})
    converted = sum(m.converted for m in made.values())
    return pdfs, PdfCounts(converted, len(made) - converted, len(reused))


def _bundle_time(project: Project, epoch: int | None) -> datetime.datetime:
    if epoch is not None:
        return timestamp_from_epoch(epoch)
    dates = [d.date for _, d in project.documents()]
    latest = max(dates) if dates else datetime.date(1980, 1, 1)
    return datetime.datetime.combine(latest, datetime.time(), datetime.UTC)
