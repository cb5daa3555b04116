"""The bilingual editions as written: side by side (aligned columns, wide tables full
width) and tête-bêche (two halves, each with its own header, footer, contents and page
numbers, the second starting on an odd page)."""

from __future__ import annotations

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


def test_tete_beche_has_two_sections_each_numbered_from_one(
    example_outputs: dict[str, Path],
) -> None:
    path = example_outputs[f"{TOR}-tete-beche"]
    document = docx.Document(str(path))
    first, second = document.sections
    body = part(path, "word/document.xml")
    assert body.count('<w:pgNumType w:start="1"/>') == 2
    assert body.count('<w:type w:val="oddPage"/>') == 1
    assert re.search(r'<w:type w:val="oddPage"/>.*</w:body>', body, re.S)
    assert first.header.paragraphs[0].text == "UNCLASSIFIED"
    assert second.header.paragraphs[0].text == "NON CLASSIFIÉ"
    assert "Page" in second.footer.paragraphs[0].text and "de" in second.footer.paragraphs[0].text
    tocs = re.findall(r'TOC \\o "1-\d" \\h \\z \\u \\b (_Half\d+)', body)
    assert len(set(tocs)) == 2
    for name in tocs:
        assert f'w:name="{name}"' in body
    headings = [p for p in document.paragraphs if p.style.name == "Heading 1"]
    french = [p for p in headings if p.text.endswith("Contexte")]
    assert french and french[0]._p.xpath("string(.//w:lang/@w:val)") == "fr-CA"


@pytest.mark.office
def test_tete_beche_second_half_starts_on_an_odd_page_at_page_one(
    example_outputs: dict[str, Path],
    pdf_converter: Callable[[list[Path], Path], list[Path]],
    tmp_path: Path,
) -> None:
    pdftotext = shutil.which("pdftotext")
    if pdftotext is None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("pdftotext is not installed (Debian package: poppler-utils)")
        pytest.skip("pdftotext is not installed (Debian package: poppler-utils)")
    [pdf] = pdf_converter([example_outputs[f"{TOR}-tete-beche"]], tmp_path)
    text = subprocess.run(
        [pdftotext, "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    pages = text.split("\f")[:-1]
    starts = [n for n, page in enumerate(pages, 1) if "Table des matières" in page]
    [contents_page] = starts
    french_title = contents_page - 1
    assert french_title % 2 == 1, f"the French half starts on page {french_title}"
    total = re.search(r"Page 1 of (\d+)", pages[0])
    assert total is not None and french_title > int(total.group(1))
    assert re.search(r"Page 1 de (\d+)", pages[french_title - 1])
    last = re.search(r"Page (\d+) de (\d+)", pages[-1])
    assert last is not None and last.group(1) == last.group(2)


@pytest.mark.parametrize("edition", ["side-by-side", "tete-beche"])
def test_a_bilingual_edition_is_one_file_named_bil(tmp_path: Path, edition: str) -> None:
    root = content(tmp_path / "content", groups__g__mandate=MANDATE + f"edition: {edition}\n")
    build(root, tmp_path / "out", source_date_epoch=0)
    assert sorted(p.name for p in (tmp_path / "out").glob("*.docx")) == ["g-mandate-bil.docx"]
    document = docx.Document(str(tmp_path / "out/g-mandate-bil.docx"))
    assert len(document.sections) == (2 if edition == "tete-beche" else 1)


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
    assert [s.start_type for s in mandate.sections][1] == WD_SECTION.ODD_PAGE


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
    assert len(headers) == (2 if edition == "tete-beche" else 1)
    assert len(ids) == len(headers)  # the logo in each header
    assert len(set(ids + body_ids)) == len(ids + body_ids)
