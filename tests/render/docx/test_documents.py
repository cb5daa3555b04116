"""Every example document reopened with python-docx: headings, tables, fields, properties,
languages, dates, lists."""

from __future__ import annotations

import datetime
import re
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from councilkit.model import Project

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def part(path: Path, name: str) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read(name).decode("utf-8")


def headings(path: Path) -> list[tuple[str, str]]:
    document = docx.Document(str(path))
    return [
        (p.style.name, p.text) for p in document.paragraphs if p.style.name.startswith("Heading")
    ]


def test_every_example_document_was_rendered(example_outputs: dict[str, Path]) -> None:
    assert len(example_outputs) == 16  # 2 groups x 2 documents x 4 editions


@pytest.mark.parametrize("language", ["en", "fr"])
def test_terms_of_reference_headings_are_numbered_in_order(
    example_outputs: dict[str, Path], language: str
) -> None:
    found = headings(example_outputs[f"joint-councils-framework-terms-of-reference-{language}"])
    level_1 = [t for s, t in found if s == "Heading 1"]
    numbers = [int(t.split(".")[0]) for t in level_1 if t[0].isdigit()]
    assert numbers == list(range(1, len(numbers) + 1))
    assert len(numbers) >= 12
    expected = {
        "en": ["1. Background", "2. Purpose", "3. Scope", "3.1 In scope", "3.2 Out of scope"],
        "fr": [
            "1. Contexte",
            "2. Objet",
            "3. Portée",
            "3.1 Dans la portée",
            "3.2 Hors de la portée",
        ],
    }[language]
    assert [t for _, t in found[:5]] == expected
    assert [s for s, _ in found[:5]] == ["Heading 1"] * 3 + ["Heading 2"] * 2
    assert level_1[-1] == {"en": "Version history", "fr": "Historique des versions"}[language]
    assert any(t.endswith(("Approval", "Approbation")) for t in level_1)


def test_mandate_headings(example_outputs: dict[str, Path]) -> None:
    found = [t for _, t in headings(example_outputs["joint-councils-framework-mandate-en"])]
    assert found[:3] == ["1. Purpose", "2. Scope", "2.1 In scope"]
    assert "4. Deliverables" in found and "5. Duration" in found


@pytest.mark.parametrize("language", ["en", "fr"])
def test_membership_table_has_one_row_per_member_and_a_repeating_header(
    example_outputs: dict[str, Path], example_project: Project, language: str
) -> None:
    group = example_project.group("joint-councils-framework")
    assert group is not None
    document = docx.Document(str(example_outputs[f"{group.id}-terms-of-reference-{language}"]))
    first_word = {"en": "Jurisdiction", "fr": "Administration"}[language]
    tables = [t for t in document.tables if t.rows[0].cells[0].text == first_word]
    assert len(tables) == 1
    rows = tables[0].rows
    assert len(rows) - 1 == len(group.members)
    header = rows[0]._tr
    assert header.find(f"{W}trPr/{W}tblHeader") is not None
    co_chair = {"en": "Co-chair", "fr": "Coprésident"}[language]
    roles = [row.cells[2].text for row in rows[1:]]
    assert roles.count(co_chair) == len(group.co_chairs)
    names = {"en": "Government of Canada", "fr": "Gouvernement du Canada"}[language]
    assert rows[1].cells[0].text == names
    for table in document.tables:  # every data table has its header row marked
        assert table.rows[0]._tr.find(f"{W}trPr/{W}tblHeader") is not None


def test_fields_and_refresh_on_open(example_outputs: dict[str, Path]) -> None:
    for path in example_outputs.values():
        with zipfile.ZipFile(path) as archive:
            footers = [n for n in archive.namelist() if re.match(r"word/footer\d*\.xml", n)]
            headers = [n for n in archive.namelist() if re.match(r"word/header\d*\.xml", n)]
            footer = "".join(archive.read(n).decode() for n in footers)
        pages = " PAGEREF _End" if path.stem.endswith("-tete-beche") else " NUMPAGES "
        assert headers and " PAGE " in footer and pages in footer
        body = part(path, "word/document.xml")
        assert 'TOC \\o "1-' in body and 'w:fldCharType="separate"' in body
        assert '<w:updateFields w:val="true"/>' in part(path, "word/settings.xml")


def test_table_of_contents_entries_are_written_in_advance(
    example_outputs: dict[str, Path],
) -> None:
    path = example_outputs["joint-councils-framework-terms-of-reference-en"]
    document = docx.Document(str(path))
    toc = [p.text for p in document.paragraphs if p.style.name.startswith("toc")]
    assert toc == [t for _, t in headings(path)]
    xml = part(path, "word/document.xml")
    anchors = re.findall(r'w:anchor="(_Toc\d+)"', xml)
    marks = re.findall(r'w:bookmarkStart w:id="\d+" w:name="(_Toc\d+)"', xml)
    assert anchors == marks and len(set(anchors)) == len(anchors)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_properties(
    example_outputs: dict[str, Path], example_project: Project, language: str
) -> None:
    props = docx.Document(
        str(example_outputs[f"joint-councils-framework-terms-of-reference-{language}"])
    ).core_properties
    title = {
        "en": "Terms of reference – Joint Councils Framework Working Group",
        "fr": "Cadre de référence – Groupe de travail sur le cadre des conseils mixtes",
    }[language]
    assert props.title == title
    assert props.language == f"{language}-CA"
    organization = example_project.settings.organization.get(
        example_project.settings.languages[0 if language == "en" else 1]
    )
    assert props.author == organization
    assert props.last_modified_by == organization
    assert props.revision == 1
    assert props.version == "1.0"
    assert props.created == datetime.datetime(2016, 9, 14, tzinfo=datetime.UTC)
    assert "python-docx" not in part(
        example_outputs[f"joint-councils-framework-terms-of-reference-{language}"],
        "docProps/core.xml",
    )


@pytest.mark.parametrize("language", ["en", "fr"])
def test_document_language_is_on_the_style_defaults(
    example_outputs: dict[str, Path], language: str
) -> None:
    for name, path in example_outputs.items():
        if not name.endswith(f"-{language}"):
            continue
        styles = docx.Document(str(path)).styles.element
        lang = styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}lang")
        assert lang.get(qn("w:val")) == f"{language}-CA"
        assert f'w:themeFontLang w:val="{language}-CA"' in part(path, "word/settings.xml")


def test_french_dates(example_outputs: dict[str, Path]) -> None:
    text = part(example_outputs["joint-councils-framework-mandate-fr"], "word/document.xml")
    assert "14 septembre 2016" in text
    assert "1er juin 2016" in text
    english = part(example_outputs["joint-councils-framework-mandate-en"], "word/document.xml")
    assert "September 14, 2016" in english and "June 1, 2016" in english


def test_footer_reads_page_of_in_each_language(example_outputs: dict[str, Path]) -> None:
    for language, words in (("en", ("Page ", " of ")), ("fr", ("Page ", " de "))):
        path = example_outputs[f"joint-councils-framework-mandate-{language}"]
        with zipfile.ZipFile(path) as archive:
            footer = "".join(
                archive.read(n).decode() for n in archive.namelist() if n.startswith("word/footer")
            )
        texts = re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", footer)
        assert texts == [words[0], "1", words[1], "1"]


def test_numbered_lists_restart(example_outputs: dict[str, Path]) -> None:
    path = example_outputs["joint-councils-framework-terms-of-reference-en"]
    document = docx.Document(str(path))
    ids = []
    for p in document.paragraphs:
        if p.style.name == "List Number":
            num = p._p.find(f"{W}pPr/{W}numPr/{W}numId")
            ids.append(num.get(qn("w:val")))
    lists = list(dict.fromkeys(ids))
    assert len(lists) >= 2
    numbering = document.part.numbering_part.element
    for num_id in lists:
        num = next(n for n in numbering.findall(f"{W}num") if n.get(qn("w:numId")) == num_id)
        override = num.find(f"{W}lvlOverride/{W}startOverride")
        assert override is not None and override.get(qn("w:val")) == "1"


def test_security_marking_on_title_page_and_in_header(example_outputs: dict[str, Path]) -> None:
    for language, marking in (("en", "UNCLASSIFIED"), ("fr", "NON CLASSIFIÉ")):
        document = docx.Document(
            str(example_outputs[f"joint-councils-framework-terms-of-reference-{language}"])
        )
        assert marking in [p.text for p in document.paragraphs[:10]]
        assert document.sections[0].header.paragraphs[0].text == marking


def test_draft_banner_while_draft(example_outputs: dict[str, Path]) -> None:
    draft = docx.Document(str(example_outputs["open-data-standards-terms-of-reference-fr"]))
    texts = [p.text for p in draft.sections[0].header.paragraphs]
    assert texts == ["NON CLASSIFIÉ", "ÉBAUCHE – aux fins de discussion seulement"]
    approved = docx.Document(str(example_outputs["joint-councils-framework-mandate-en"]))
    assert [p.text for p in approved.sections[0].header.paragraphs] == ["UNCLASSIFIED"]


def test_no_justified_text_no_empty_body_paragraphs(example_outputs: dict[str, Path]) -> None:
    for path in example_outputs.values():
        assert 'w:val="both"' not in part(path, "word/document.xml")
        assert 'w:jc w:val="both"' not in part(path, "word/styles.xml")
        body = docx.Document(str(path)).element.body
        for p in body.iterchildren(f"{W}p"):
            if p.find(f"{W}pPr/{W}sectPr") is not None:
                continue  # the end of a page section (tête-bêche)
            assert "".join(p.itertext()).strip(), "an empty paragraph in the body"


def test_other_language_note_on_title_page(example_outputs: dict[str, Path]) -> None:
    for language, note in (
        ("en", "This document is also available in French."),
        ("fr", "Ce document est également disponible en anglais."),
    ):
        document = docx.Document(str(example_outputs[f"open-data-standards-mandate-{language}"]))
        assert note in [p.text for p in document.paragraphs[:10]]
