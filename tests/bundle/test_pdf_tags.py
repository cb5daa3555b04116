"""Bundled PDFs are tagged, in their document's language, and show their title: read back
with pypdf, a reader independent of LibreOffice and of councilkit."""

from __future__ import annotations

import datetime
import io
import os
import shutil
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from councilkit.bundle import bundle
from councilkit.bundle.pdf import normalize_pdf
from councilkit.bundle.pdf_tags import export_filter, locale_environment

EPOCH = 1473811200


@pytest.fixture(scope="module")
def bundled_pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """The PDFs of the example's open-data-standards group (English and French terms of
    reference and deck), by member name."""
    if not shutil.which("soffice"):
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("soffice is not installed; CI must run every reader")
        pytest.skip("soffice is not installed")
    target = tmp_path_factory.mktemp("tagged") / "release.zip"
    content = Path(__file__).resolve().parents[2] / "content"
    bundle(
        content,
        target,
        pdf=True,
        source_date_epoch=EPOCH,
        jobs=2,
        groups=["open-data-standards"],
    )
    with zipfile.ZipFile(target) as archive:
        return {n: archive.read(n) for n in archive.namelist() if n.endswith(".pdf")}


def catalog(data: bytes) -> DictionaryObject:
    root = PdfReader(io.BytesIO(data)).trailer["/Root"].get_object()
    assert isinstance(root, DictionaryObject)
    return root


@pytest.mark.office
@pytest.mark.parametrize(
    ("stem", "language"),
    [
        ("open-data-standards-terms-of-reference-eng", "en-CA"),
        ("open-data-standards-terms-of-reference-fra", "fr-CA"),
        ("open-data-standards-deck-2016-11-16-eng", "en-CA"),
        ("open-data-standards-deck-2016-11-16-fra", "fr-CA"),
    ],
)
def test_each_pdf_is_tagged_in_its_language_and_shows_its_title(
    bundled_pdfs: dict[str, bytes], stem: str, language: str
) -> None:
    [name] = [n for n in bundled_pdfs if n.endswith(f"/{stem}.pdf")]
    root = catalog(bundled_pdfs[name])
    assert root["/Lang"] == language
    assert root["/MarkInfo"]["/Marked"] == True  # noqa: E712 (a pypdf BooleanObject)
    tree = root["/StructTreeRoot"].get_object()
    assert tree["/Type"] == "/StructTreeRoot"
    assert tree["/K"]  # the tree has elements, not just a root
    assert root["/ViewerPreferences"]["/DisplayDocTitle"] == True  # noqa: E712
    title = PdfReader(io.BytesIO(bundled_pdfs[name])).metadata
    assert title is not None and title.title  # what the window title shows


def test_word_and_powerpoint_filters_ask_for_tags_ua_title_and_blank_pages() -> None:
    word = export_filter(".docx")
    assert word.startswith("pdf:writer_pdf_Export:{")
    for option in ("UseTaggedPDF", "PDFUACompliance", "DisplayPDFDocumentTitle"):
        assert f'"{option}":{{"type":"boolean","value":"true"}}' in word
    assert '"IsSkipEmptyPages":{"type":"boolean","value":"false"}' in word
    deck = export_filter(".PPTX")
    assert deck.startswith("pdf:impress_pdf_Export:{")
    assert '"UseTaggedPDF":{"type":"boolean","value":"true"}' in deck
    assert "IsSkipEmptyPages" not in deck
    assert locale_environment("fr")["LC_ALL"] == "fr_CA.UTF-8"
    assert locale_environment("en")["LC_ALL"] == "en_CA.UTF-8"


def test_xmp_dates_are_set_at_the_same_length() -> None:
    stamp = datetime.datetime(2016, 9, 14, tzinfo=datetime.UTC)
    before = b"<xmp:CreateDate>2026-11-30T15:38:27Z</xmp:CreateDate> /ID [<0A><0B>]"
    after = normalize_pdf(before, stamp)
    assert len(after) == len(before)
    assert b"<xmp:CreateDate>2016-09-14T00:00:00Z</xmp:CreateDate>" in after
    other = before.replace(b"15:38:27", b"09:01:02")
    assert normalize_pdf(other, stamp) == after  # so the derived ID is the same too


@pytest.mark.office
def test_a_tete_beche_pdf_keeps_its_blank_page_and_its_first_language(
    tmp_path: Path, soffice: str
) -> None:
    content = tmp_path / "content"
    shutil.copytree(Path(__file__).resolve().parents[2] / "content", content)
    project = content / "project.yaml"
    text = project.read_text(encoding="utf-8")
    assert "  edition: separate\n" in text
    project.write_text(text.replace("  edition: separate\n", "  edition: tete-beche\n"), "utf-8")
    target = tmp_path / "release.zip"
    bundle(
        content, target, pdf=True, source_date_epoch=EPOCH, jobs=2, groups=["open-data-standards"]
    )
    with zipfile.ZipFile(target) as archive:
        [name] = [n for n in archive.namelist() if n.endswith("terms-of-reference-bil.pdf")]
        data = archive.read(name)
    reader = PdfReader(io.BytesIO(data))
    texts = [page.extract_text().strip() for page in reader.pages]
    blank = [number for number, page_text in enumerate(texts) if not page_text]
    assert blank, "LibreOffice dropped the blank page between the two halves"
    assert 0 < blank[0] < len(texts) - 1  # between the halves, not at either end
    assert catalog(data)["/Lang"] == "en-CA"  # the project's source language comes first
