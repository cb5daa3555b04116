"""A small terms of reference built in Python: inline formatting, links, languages, lists,
free sections, side by side, reproducibility."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable

import docx
from docx.oxml.ns import qn

from councilkit.model import Document, Language, Project, Status, WorkingGroup

Bytes = Callable[..., bytes]
Small = Callable[..., tuple[Project, WorkingGroup, Document]]

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def body_xml(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.read("word/document.xml").decode()


def test_runs_in_the_other_language_keep_their_own_tag(small: Small, docx_bytes: Bytes) -> None:
    project, group, document = small()
    data = docx_bytes(project, group, document, Language.FR)
    word = docx.Document(io.BytesIO(data))
    untranslated = next(p for p in word.paragraphs if "consensus" in p.text)
    assert untranslated.text == "[À traduire] Decisions are made by consensus."
    langs = [r.find(f"{W}rPr/{W}lang") for r in untranslated._p.iter(f"{W}r")]
    assert langs[0] is None  # the note is in French, the document's language
    assert langs[1] is not None and langs[1].get(qn("w:val")) == "en-CA"


def test_hyperlinks_are_real_and_descriptive(small: Small, docx_bytes: Bytes) -> None:
    project, group, document = small()
    data = docx_bytes(project, group, document, Language.EN)
    word = docx.Document(io.BytesIO(data))
    links = list(word.element.body.iter(f"{W}hyperlink"))
    external = [h for h in links if h.get(qn("r:id"))]
    assert len(external) == 1
    rel = word.part.rels[external[0].get(qn("r:id"))]
    assert rel.is_external and rel.target_ref == "https://example.gc.ca/data"
    assert "".join(t.text for t in external[0].iter(f"{W}t")) == "the data standards page"
    paragraph = next(p for p in word.paragraphs if "standards page" in p.text)
    bold = [r.text for r in paragraph.runs if r.bold]
    assert bold == ["more"]


def test_two_numbered_lists_get_distinct_numbering_that_starts_at_one(
    small: Small, docx_bytes: Bytes
) -> None:
    project, group, document = small()
    word = docx.Document(io.BytesIO(docx_bytes(project, group, document, Language.EN)))
    ids = [
        p._p.find(f"{W}pPr/{W}numPr/{W}numId").get(qn("w:val"))
        for p in word.paragraphs
        if p.style.name == "List Number"
    ]
    assert len(ids) == 4 and ids[0] == ids[1] and ids[2] == ids[3] and ids[0] != ids[2]
    numbering = word.part.numbering_part.element
    for num_id in (ids[0], ids[2]):
        num = next(n for n in numbering.findall(f"{W}num") if n.get(qn("w:numId")) == num_id)
        assert num.find(f"{W}lvlOverride/{W}startOverride").get(qn("w:val")) == "1"


def test_nested_bullets_go_one_level_down(small: Small, docx_bytes: Bytes) -> None:
    project, group, document = small()
    word = docx.Document(io.BytesIO(docx_bytes(project, group, document, Language.EN)))
    nested = next(p for p in word.paragraphs if p.text == "B")
    assert nested._p.find(f"{W}pPr/{W}numPr/{W}ilvl").get(qn("w:val")) == "1"


def test_lead_terms_are_bold_with_the_locale_separator(small: Small, docx_bytes: Bytes) -> None:
    project, group, document = small()
    for language, expected in (
        (Language.EN, "Data: open data"),
        (Language.FR, "Données\u00a0: données ouvertes"),
    ):
        word = docx.Document(io.BytesIO(docx_bytes(project, group, document, language)))
        item = next(p for p in word.paragraphs if p.text == expected)
        assert item.runs[0].bold and not item.runs[-1].bold


def test_free_section_follows_its_after_section(small: Small, docx_bytes: Bytes) -> None:
    project, group, document = small()
    word = docx.Document(io.BytesIO(docx_bytes(project, group, document, Language.EN)))
    found = [p.text for p in word.paragraphs if p.style.name == "Heading 1"]
    assert found[:4] == ["1. Purpose", "2. Glossary", "3. Scope", "4. Membership"]
    assert found[-2:] == ["6. Approval", "Version history"]


def test_approved_document_has_no_draft_banner(small: Small, docx_bytes: Bytes) -> None:
    project, group, document = small(status=Status.APPROVED)
    word = docx.Document(io.BytesIO(docx_bytes(project, group, document, Language.EN)))
    assert [p.text for p in word.sections[0].header.paragraphs] == ["UNCLASSIFIED"]


def test_side_by_side_puts_each_language_in_its_column(small: Small, docx_bytes: Bytes) -> None:
    project, group, document = small(french_missing=False)
    data = docx_bytes(project, group, document, None)
    word = docx.Document(io.BytesIO(data))
    headings = [p.text for p in word.paragraphs if p.style.name == "Heading 1"]
    assert headings[0] == "1. Purpose / Objet"
    purpose = word.tables[1]  # after the title page's columns
    assert [c.text for c in purpose.rows[0].cells] == ["English", "Français"]  # header row
    left, right = (c.text for c in purpose.rows[1].cells)
    assert left.startswith("See the data standards page") and right.startswith("Voir la page")
    right_runs = list(purpose.rows[1].cells[1]._tc.iter(f"{W}r"))
    tags = {r.find(f"{W}rPr/{W}lang").get(qn("w:val")) for r in right_runs}
    assert tags == {"fr-CA"}
    props = word.core_properties
    assert props.language == "en-CA, fr-CA"
    footer = "".join(p.text for p in word.sections[0].footer.paragraphs)
    assert "of" in footer and "de" in footer


def test_same_content_gives_the_same_bytes(small: Small, docx_bytes: Bytes) -> None:
    project, group, document = small()
    for language in (Language.EN, Language.FR, None):
        first = docx_bytes(project, group, document, language)
        second = docx_bytes(project, group, document, language)
        assert first == second


def test_no_time_or_random_ids_in_the_parts(small: Small, docx_bytes: Bytes) -> None:
    project, group, document = small()
    data = docx_bytes(project, group, document, Language.EN)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in archive.namelist():
            content = archive.read(name).decode("utf-8", "replace")
            assert not re.search(r"w:rsid|w14:paraId", content), name
