"""The bilingual editions as written: side by side (aligned columns, wide tables full
width) and tête-bêche (two halves, each with its own header, footer, contents and page
numbers, the second starting on an odd page)."""

from __future__ import annotations

import base64
import os
import re
import shutil
import subprocess
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from contentkit import MANDATE, content, lines
from docx.enum.section import WD_SECTION

from councilkit.build import build

REPO = Path(__file__).resolve().parents[3]
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TOR = "joint-councils-framework-terms-of-reference"


def part(path: Path, name: str) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read(name).decode("utf-8")


def test_side_by_side_cells_never_end_with_a_table(example_outputs: dict[str, Path]) -> None:
    for name, path in example_outputs.items():
        body = part(path, "word/document.xml")
        assert "</w:tbl></w:tc>" not in body, name


def test_side_by_side_sets_wide_tables_full_width_one_language_after_the_other(
    example_outputs: dict[str, Path],
) -> None:
    document = docx.Document(str(example_outputs[f"{TOR}-bilingual"]))
    body = document.element.body
    top_tables = body.findall(f"{W}tbl")
    captions = [t.find(f"{W}tblPr/{W}tblCaption") for t in top_tables]
    membership = [c for c in captions if c is not None and "group" in c.get(f"{W}val").lower()]
    names = [c.get(f"{W}val") for c in membership]
    assert names == ["Members of the group", "Membres du groupe"]
    widths = {t.find(f"{W}tblPr/{W}tblW").get(f"{W}w") for t in top_tables}
    assert "9360" in widths  # full width beside the two-column layout tables
    notes = [p.text for p in document.paragraphs if "full width" in p.text]
    french = [p.text for p in document.paragraphs if "toute la largeur" in p.text]
    assert notes and len(notes) == len(french)


def test_side_by_side_columns_have_a_repeated_header_row_naming_each_language(
    example_outputs: dict[str, Path],
) -> None:
    document = docx.Document(str(example_outputs[f"{TOR}-bilingual"]))
    tables = document.element.body.findall(f"{W}tbl")
    # the layout tables are in the columns role's style (Normal Table), data tables not
    columns = [t for t in tables if t.find(f"{W}tblPr/{W}tblStyle").get(f"{W}val") == "TableNormal"]
    assert len(columns) > 2  # the title page and the sections
    for table in columns:
        first, *others = table.findall(f"{W}tr")
        assert first.find(f"{W}trPr/{W}tblHeader") is not None
        assert first.find(f"{W}trPr/{W}cantSplit") is not None
        assert all(row.find(f"{W}trPr/{W}tblHeader") is None for row in others)
        runs = [c.find(f"{W}p/{W}r") for c in first.findall(f"{W}tc")]
        assert [r.findtext(f"{W}t") for r in runs] == ["English", "Français"]
        assert all(r.find(f"{W}rPr/{W}b") is not None for r in runs)
        # the first language is the document's; the second is tagged on its run
        assert runs[0].find(f"{W}rPr/{W}lang") is None
        assert runs[1].find(f"{W}rPr/{W}lang").get(f"{W}val") == "fr-CA"


def test_tete_beche_halves_are_a_title_section_and_a_body_numbered_from_two(
    example_outputs: dict[str, Path],
) -> None:
    path = example_outputs[f"{TOR}-tete-beche"]
    document = docx.Document(str(path))
    title, first, french_title, second = document.sections
    starts = [s._sectPr.find(f"{W}pgNumType") for s in document.sections]
    numbers = [None if n is None else n.get(f"{W}start") for n in starts]
    assert numbers == ["1", "2", None, "2"]  # the French title page goes on: see editions
    assert [s.start_type for s in document.sections] == [
        WD_SECTION.NEW_PAGE, WD_SECTION.NEW_PAGE, WD_SECTION.ODD_PAGE, WD_SECTION.NEW_PAGE
    ]  # fmt: skip
    assert title.header.paragraphs[0].text == first.header.paragraphs[0].text == "UNCLASSIFIED"
    assert french_title.header.paragraphs[0].text == "NON CLASSIFIÉ"
    assert second.header.paragraphs[0].text == "NON CLASSIFIÉ"
    assert "Page" not in title.footer.paragraphs[0].text + french_title.footer.paragraphs[0].text
    assert "Page" in second.footer.paragraphs[0].text and "de" in second.footer.paragraphs[0].text
    body = part(path, "word/document.xml")
    tocs = re.findall(r'TOC \\o "1-\d" \\h \\z \\u \\b (_Half\d+)', body)
    assert len(set(tocs)) == 2
    for name in tocs:
        assert f'w:name="{name}"' in body
    headings = [p for p in document.paragraphs if p.style.name == "Heading 1"]
    french = [p for p in headings if p.text.endswith("Contexte")]
    assert french and french[0]._p.xpath("string(.//w:lang/@w:val)") == "fr-CA"


def pdf_pages(pdf: Path) -> list[str]:
    """The text of each page of ``pdf``, read with pdftotext (poppler-utils)."""
    pdftotext = shutil.which("pdftotext")
    if pdftotext is None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("pdftotext is not installed (Debian package: poppler-utils)")
        pytest.skip("pdftotext is not installed (Debian package: poppler-utils)")
    text = subprocess.run(
        [pdftotext, "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    return text.split("\f")[:-1]


def assert_halves(pages: list[str], *, english_pages: int) -> None:
    """The English half fills ``english_pages`` pages and counts them; the French title
    page is on the next odd page, then the French pages count from 2 to their number."""
    french_title = english_pages + 1 + english_pages % 2
    assert len(pages) >= french_title
    assert all("Page" not in page for page in (pages[0], pages[french_title - 1]))
    for number in range(2, english_pages + 1):
        assert f"Page {number} of {english_pages}" in pages[number - 1]
    if english_pages % 2:  # the blank page that puts the French half on the right
        assert "Page" not in pages[english_pages] and "Table" not in pages[english_pages]
    assert "Table des matières" in pages[french_title]
    french = len(pages) - french_title + 1
    for number in range(2, french + 1):
        assert f"Page {number} de {french}" in pages[french_title + number - 2]


@pytest.mark.office
def test_tete_beche_second_half_starts_on_an_odd_page(
    example_outputs: dict[str, Path],
    pdf_converter: Callable[[list[Path], Path], list[Path]],
    tmp_path: Path,
) -> None:
    [pdf] = pdf_converter([example_outputs[f"{TOR}-tete-beche"]], tmp_path)
    pages = pdf_pages(pdf)
    english = int(re.findall(r"Page \d+ of (\d+)", pages[1])[0])
    assert english % 2 == 0  # eight pages: no blank page needed
    assert_halves(pages, english_pages=english)


@pytest.mark.office
def test_tete_beche_adds_a_blank_page_after_an_odd_first_half(tmp_path: Path, soffice: str) -> None:
    """The blank page is in the document; LibreOffice's PDF export leaves out blank pages
    it inserted unless told otherwise (IsSkipEmptyPages)."""
    root = content(tmp_path / "content", groups__g__mandate=MANDATE + "edition: tete-beche\n")
    build(root, tmp_path / "out", source_date_epoch=0)
    export = 'pdf:writer_pdf_Export:{"IsSkipEmptyPages":{"type":"boolean","value":"false"}}'
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{tmp_path / 'profile'}",
            "--headless",
            "--convert-to",
            export,
            "--outdir",
            str(tmp_path / "pdf"),
            str(tmp_path / "out/g-mandate-bil.docx"),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    pages = pdf_pages(tmp_path / "pdf/g-mandate-bil.pdf")
    assert len(pages) == 7  # title, contents, purpose; a blank page; the same in French
    assert_halves(pages, english_pages=3)


@pytest.mark.parametrize("edition", ["side-by-side", "tete-beche"])
def test_a_bilingual_edition_is_one_file_named_bil(tmp_path: Path, edition: str) -> None:
    root = content(tmp_path / "content", groups__g__mandate=MANDATE + f"edition: {edition}\n")
    build(root, tmp_path / "out", source_date_epoch=0)
    assert sorted(p.name for p in (tmp_path / "out").glob("*.docx")) == ["g-mandate-bil.docx"]
    document = docx.Document(str(tmp_path / "out/g-mandate-bil.docx"))
    assert len(document.sections) == (4 if edition == "tete-beche" else 1)


def test_an_unknown_edition_is_an_error_listing_the_three(tmp_path: Path) -> None:
    root = content(tmp_path / "content", groups__g__mandate=MANDATE + "edition: back-to-back\n")
    [line] = lines(root)
    assert line.startswith("groups/g/mandate.yaml:9:10: error: 'back-to-back'")
    assert "separate, side-by-side, tete-beche" in line


def test_a_scaffolded_group_builds_in_both_bilingual_editions(tmp_path: Path) -> None:
    """The files are checked against the OOXML schemas after the test (tests/conftest.py)."""
    from councilkit.cli import main

    answers = ["name_en=Data Working Group", "name_fr=Groupe de travail sur les données"]
    answers += ["acronym_en=DWG", "acronym_fr=GTD", "council=pscioc"]
    assert main(["new", "--content", str(tmp_path / "content"), "--no-input", *answers]) == 0
    group = tmp_path / "content/groups/data-working-group"
    for name, edition in (("mandate", "tete-beche"), ("terms-of-reference", "side-by-side")):
        path = group / f"{name}.yaml"
        path.write_text(path.read_text(encoding="utf-8") + f"edition: {edition}\n", "utf-8")
    build(tmp_path / "content", tmp_path / "out", source_date_epoch=0)
    names = sorted(p.name for p in (tmp_path / "out").glob("*.docx"))
    assert names == [
        "data-working-group-mandate-bil.docx",
        "data-working-group-terms-of-reference-bil.docx",
    ]
    mandate = docx.Document(str(tmp_path / "out/data-working-group-mandate-bil.docx"))
    assert [s.start_type for s in mandate.sections][2] == WD_SECTION.ODD_PAGE


@pytest.mark.parametrize("edition", ["side-by-side", "tete-beche"])
def test_bilingual_editions_on_a_word_saved_template_with_a_header_logo(
    tmp_path: Path, edition: str
) -> None:
    """Each half's header keeps the logo, with a drawing id of its own; the files are
    checked against the OOXML schemas after the test."""
    content = tmp_path / "content"
    shutil.copytree(REPO / "content", content)
    shutil.copytree(REPO / "tests/fixtures/templates/word-saved", content / "layouts/word-saved")
    project = content / "project.yaml"
    text = project.read_text(encoding="utf-8").replace("layout: default", "layout: word-saved")
    project.write_text(text.replace("edition: separate", f"edition: {edition}"), "utf-8")
    build(content, tmp_path / "out", source_date_epoch=0)
    path = tmp_path / f"out/{TOR}-bil.docx"
    with zipfile.ZipFile(path) as archive:
        headers = sorted(n for n in archive.namelist() if re.fullmatch(r"word/header\d+\.xml", n))
        ids = re.findall(r'docPr id="(\d+)"', "".join(archive.read(n).decode() for n in headers))
        body_ids = re.findall(r'docPr id="(\d+)"', archive.read("word/document.xml").decode())
    assert len(headers) == (2 if edition == "tete-beche" else 1)  # one in each language
    assert len(ids) == len(headers)  # the logo in each header
    assert len(set(ids + body_ids)) == len(ids + body_ids)


PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAAEElEQVR4nGP4z8DAwMDwHwAF/gL+YR3TnwAAAABJRU5ErkJggg=="
)
BLOCKS = """\
  - image: images/chart.png
    alt: {en: A chart, fr: Un diagramme}
  - table:
      header: [{en: Name, fr: Nom}, {en: Seat, fr: Siège}]
      rows: [[{en: Ann, fr: Anne}, {en: Chair, fr: Présidence}]]
      caption: {en: Seats, fr: Sièges}
"""


def test_side_by_side_keeps_a_narrow_table_and_a_picture_in_their_columns(
    tmp_path: Path,
) -> None:
    mandate = MANDATE + BLOCKS + "edition: side-by-side\n"
    root = content(tmp_path / "content", groups__g__mandate=mandate)
    (root / "groups/g/images").mkdir()
    (root / "groups/g/images/chart.png").write_bytes(PNG)
    build(root, tmp_path / "out", source_date_epoch=0)
    document = docx.Document(str(tmp_path / "out/g-mandate-bil.docx"))
    nested = [t for t in document.element.body.iter(f"{W}tbl") if t.getparent().tag == f"{W}tc"]
    captions = [t.find(f"{W}tblPr/{W}tblCaption").get(f"{W}val") for t in nested]
    assert sorted(captions) == ["Seats", "Sièges"]  # one in each column, not full width
    descriptions = sorted(s._inline.docPr.get("descr") for s in document.inline_shapes)
    assert descriptions == ["A chart", "Un diagramme"]
    body = part(tmp_path / "out/g-mandate-bil.docx", "word/document.xml")
    assert "</w:tbl></w:tc>" not in body
