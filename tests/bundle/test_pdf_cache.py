"""The PDF cache: a bundle converts only the documents whose PDF it does not hold for the
same bytes, options and LibreOffice, a damaged entry is converted again, the folder is
never a link, and it stays bounded. Conversions are counted through the converter seam
(a fake LibreOffice here; the real one in the test marked ``office``)."""

from __future__ import annotations

import hashlib
import os
import time
import zipfile
from pathlib import Path

import pytest
from buildkit import tree
from pdfkit import EPOCH, CountingLibreOffice, FakeLibreOffice, edit_mandate, tiny_content

from councilkit.bundle import bundle
from councilkit.bundle.pdf_cache import CACHE_FORMAT, PdfCache, pdf_key
from councilkit.cli import main

ENGLISH = ["g-mandate-eng.docx", "h-mandate-eng.docx"]


@pytest.fixture
def content(tmp_path: Path) -> Path:
    return tiny_content(tmp_path / "content")


def bundled(
    content: Path, target: Path, converter: object, cache: Path | None, **options: object
) -> bytes:
    """The bytes of an English bundle with PDFs of the tiny content."""
    bundle(
        content,
        target,
        pdf=True,
        languages=["en"],
        source_date_epoch=EPOCH,
        pdf_cache=cache,
        converter=converter,  # type: ignore[arg-type]
        **options,  # type: ignore[arg-type]
    )
    return target.read_bytes()


def entries(cache: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(cache.iterdir())}


def test_a_second_bundle_converts_nothing_and_the_cache_changes_no_byte(
    content: Path, tmp_path: Path
) -> None:
    cache = tmp_path / "pdf-cache"
    fake = FakeLibreOffice()
    first = bundled(content, tmp_path / "one.zip", fake, cache)
    assert sorted(fake.converted) == ENGLISH
    assert len(entries(cache)) == 4  # a PDF and its record per document
    fake.converted.clear()
    second = bundled(content, tmp_path / "two.zip", fake, cache)
    assert fake.converted == []
    uncached = bundled(content, tmp_path / "three.zip", fake, None)
    assert sorted(fake.converted) == ENGLISH
    assert first == second == uncached
    with zipfile.ZipFile(tmp_path / "two.zip") as archive:
        assert len([n for n in archive.namelist() if n.endswith(".pdf")]) == 2


def test_only_the_changed_document_is_converted(content: Path, tmp_path: Path) -> None:
    cache = tmp_path / "pdf-cache"
    bundled(content, tmp_path / "one.zip", FakeLibreOffice(), cache)
    edit_mandate(content, "h")
    fake = FakeLibreOffice()
    again = bundled(content, tmp_path / "two.zip", fake, cache)
    assert fake.converted == ["h-mandate-eng.docx"]
    assert again == bundled(content, tmp_path / "fresh.zip", FakeLibreOffice(), None)


def test_another_libreoffice_version_converts_everything_again(
    content: Path, tmp_path: Path
) -> None:
    cache = tmp_path / "pdf-cache"
    bundled(content, tmp_path / "one.zip", FakeLibreOffice(), cache)
    newer = FakeLibreOffice("LibreOffice 24.2.7.2 420(Build:2)")
    bundled(content, tmp_path / "two.zip", newer, cache)
    assert sorted(newer.converted) == ENGLISH
    assert len(entries(cache)) == 8  # the older version's entries are kept until pruned


@pytest.mark.parametrize(
    "damage", ["truncated", "byte changed", "not a pdf", "record says other", "no record", "link"]
)
def test_a_damaged_entry_is_converted_again_and_replaced(
    damage: str, content: Path, tmp_path: Path
) -> None:
    cache = tmp_path / "pdf-cache"
    reference = bundled(content, tmp_path / "one.zip", FakeLibreOffice(), cache)
    document = (content / "groups/h/mandate.yaml").read_text(encoding="utf-8")
    assert document  # the entry spoiled is h's: find it by its record
    [record] = [p for p in cache.glob("*.json") if b"h-mandate-eng.docx" in p.read_bytes()]
    pdf = record.with_suffix(".pdf")
    data = pdf.read_bytes()
    if damage == "truncated":
        pdf.write_bytes(data[: len(data) // 2])
    elif damage == "byte changed":
        pdf.write_bytes(data[:-20] + bytes([data[-20] ^ 1]) + data[-19:])
    elif damage == "not a pdf":
        garbage = b"<html>not a PDF</html>"
        pdf.write_bytes(garbage)
        text = record.read_text(encoding="utf-8")
        text = text.replace(hashlib.sha256(data).hexdigest(), hashlib.sha256(garbage).hexdigest())
        record.write_text(text.replace(f'"bytes": {len(data)}', f'"bytes": {len(garbage)}'))
    elif damage == "record says other":
        record.write_text(record.read_text(encoding="utf-8").replace('"sha256": "', '"sha256": "0'))
    elif damage == "no record":
        record.unlink()
    else:
        elsewhere = tmp_path / "elsewhere.pdf"
        elsewhere.write_bytes(data)  # a sound PDF, but reached through a link
        pdf.unlink()
        pdf.symlink_to(elsewhere)
    fake = FakeLibreOffice()
    assert bundled(content, tmp_path / "two.zip", fake, cache) == reference
    assert fake.converted == ["h-mandate-eng.docx"]
    assert not pdf.is_symlink() and pdf.read_bytes().startswith(b"%PDF-")
    fake.converted.clear()
    bundled(content, tmp_path / "three.zip", fake, cache)
    assert fake.converted == []  # the new entry is sound


@pytest.mark.parametrize("where", ["--pdf-cache", "--build-dir", "--build-dir/.councilkit"])
@pytest.mark.parametrize("what", ["link", "file"])
def test_a_cache_folder_that_is_a_link_or_a_file_is_refused(
    where: str, what: str, content: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    real = tmp_path / "real-folder"
    real.mkdir()
    build_dir = tmp_path / "build"
    if where == "--pdf-cache":
        spot, option = tmp_path / "pdf-cache", ["--pdf-cache", str(tmp_path / "pdf-cache")]
    else:
        build_dir.mkdir()
        spot = build_dir / ".councilkit"
        if where == "--build-dir":
            spot.mkdir()
            spot = spot / "pdf-cache"
        option = ["--build-dir", str(build_dir)]
    if what == "link":
        spot.symlink_to(real)
    else:
        spot.write_text("not a folder")
    before = tree(tmp_path)
    target = tmp_path / "release.zip"
    status = main(["bundle", str(content), "-o", str(target), "--pdf", *option])
    assert status == 2
    error = capsys.readouterr().err
    expected = (
        "is a symbolic link; councilkit does not follow links in its cache: remove the link, "
        "or give --pdf-cache a real folder"
    )
    if what == "file":
        expected = "is a file, not a folder; remove it, or give --pdf-cache another folder"
    assert error == f"councilkit: error: PDF cache folder '{spot}' {expected}\n"
    assert tree(tmp_path) == before


def test_pdf_cache_without_pdf_is_a_usage_error(
    content: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = tree(tmp_path)
    args = ["bundle", str(content), "-o", str(tmp_path / "r.zip"), "--pdf-cache", "c"]
    assert main(args) == 2
    assert capsys.readouterr().err == "councilkit: error: --pdf-cache goes with --pdf\n"
    assert tree(tmp_path) == before


def test_the_key_covers_bytes_language_kind_version_and_format() -> None:
    sha = hashlib.sha256(b"document").hexdigest()
    base = pdf_key(sha, "a-eng.docx", "en", "LibreOffice 7.4")
    assert pdf_key(sha, "renamed-eng.docx", "en", "LibreOffice 7.4") == base  # bytes, not name
    others = {
        pdf_key(hashlib.sha256(b"other").hexdigest(), "a-eng.docx", "en", "LibreOffice 7.4"),
        pdf_key(sha, "a-eng.docx", "fr", "LibreOffice 7.4"),
        pdf_key(sha, "a-eng.pptx", "en", "LibreOffice 7.4"),
        pdf_key(sha, "a-eng.docx", "en", "LibreOffice 7.5"),
    }
    assert base not in others and len(others) == 4
    assert CACHE_FORMAT == 1


def put(cache: PdfCache, name: str, size: int, age_days: float, now: float) -> str:
    """An entry of ``size`` bytes last used ``age_days`` ago; returns its key."""
    key = hashlib.sha256(name.encode()).hexdigest()
    cache.put(key, b"%PDF-" + b"x" * (size - 5), {"document": name})
    for suffix in (".pdf", ".json"):
        os.utime(cache.folder / f"{key}{suffix}", (now - age_days * 86400,) * 2)
    return key


def test_pruning_removes_old_and_excess_unused_entries_never_used_ones(tmp_path: Path) -> None:
    now = time.time()
    cache = PdfCache(tmp_path / "cache", max_age_days=30, max_unused_bytes=3000)
    used_old = put(cache, "used-old", 1000, 90, now)
    old = put(cache, "old", 1000, 31, now)
    recent = put(cache, "recent", 1000, 1, now)
    older = put(cache, "older", 1000, 2, now)
    oldest_within = put(cache, "oldest-within", 1000, 3, now)
    stale_part = cache.folder / f".{old}.pdf.abcd1234.part"
    fresh_part = cache.folder / f".{recent}.pdf.abcd5678.part"
    for part, age in ((stale_part, 7200), (fresh_part, 60)):
        part.write_bytes(b"half")
        os.utime(part, (now - age,) * 2)
    (cache.folder / "README").write_text("not ours")
    run = PdfCache(cache.folder, max_age_days=30, max_unused_bytes=2500)
    assert run.get(used_old) is not None  # used by this run: kept whatever its age
    removed = run.prune(now)
    # each entry is about 1.1 kB with its record: two unused ones fit in 2500 bytes
    assert removed == sorted([old, oldest_within])
    left = {p.name for p in cache.folder.iterdir()}
    assert left == {
        f"{key}{suffix}" for key in (used_old, recent, older) for suffix in (".pdf", ".json")
    } | {fresh_part.name, "README"}


@pytest.mark.office
def test_pdfs_from_the_cache_are_the_bytes_libreoffice_gives(
    content: Path, tmp_path: Path, soffice: str
) -> None:
    cache = tmp_path / "pdf-cache"
    libreoffice = CountingLibreOffice()
    uncached = bundled(content, tmp_path / "none.zip", libreoffice, None, jobs=2)
    cold = bundled(content, tmp_path / "cold.zip", libreoffice, cache, jobs=2)
    assert sorted(libreoffice.converted) == sorted(ENGLISH * 2)
    libreoffice.converted.clear()
    warm = bundled(content, tmp_path / "warm.zip", libreoffice, cache, jobs=2)
    assert libreoffice.converted == []
    assert uncached == cold == warm
    assert libreoffice.version().startswith("LibreOffice ")
