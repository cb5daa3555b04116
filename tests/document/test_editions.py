"""Editions composed from two planned documents, without any file."""

from __future__ import annotations

from small_documents import small_project

from councilkit.document import plan, separate, side_by_side, table_fits, tete_beche
from councilkit.document.model import Columns, Document, Field, Heading, Paragraph, Table
from councilkit.localize import Localizer, Run
from councilkit.model import Language


def pair() -> tuple[Localizer, Localizer, tuple[Document, Document]]:
    project, group, document = small_project()
    en, fr = Localizer(project, Language.EN), Localizer(project, Language.FR)
    return en, fr, (plan(document, group, en), plan(document, group, fr))


def text(content: tuple[object, ...]) -> str:
    return "".join(item.text for item in content if isinstance(item, Run))


def test_separate_is_one_section_in_its_language() -> None:
    _, _, (english, _) = pair()
    edition = separate(english)
    [section] = edition.sections
    assert section.tag == "en-CA" and section.first_number is None and not section.odd_page
    assert [p.role for p in section.header] == ["header", "draft"]
    assert section.blocks[: len(english.title_page)] == english.title_page


def test_side_by_side_aligns_blocks_and_sets_wide_tables_full_width() -> None:
    en, fr, (english, french) = pair()
    edition = side_by_side(english, french, (en, fr), fits=lambda table: False)
    [section] = edition.sections
    blocks = section.blocks
    title = blocks[0]
    assert isinstance(title, Columns)
    left, right = title.rows[0]
    assert all(getattr(b, "role", "") != "title_note" for b in (*left, *right))
    columns = [b for b in blocks if isinstance(b, Columns)]
    for layout in columns:  # each layout table names its languages in its header row
        assert layout.header is not None
        names = [(text(c[0].content), c[0].content[0].language) for c in layout.header]
        assert names == [("English", Language.EN), ("Français", Language.FR)]
    headings = [b for b in blocks if isinstance(b, Heading)]
    assert text(headings[0].content) == "1. Purpose / Objet"
    tables = [b for b in blocks if isinstance(b, Table)]
    assert len(tables) == 2 * 3  # membership, approval, history: each language in turn
    index = blocks.index(tables[0])
    note = blocks[index - 1]
    assert isinstance(note, Paragraph) and note.role == "caption"
    assert "full width" in text(note.content)
    assert edition.languages == ("en-CA", "fr-CA")
    assert edition.properties.title.count(" / ") == 1


def test_side_by_side_keeps_tables_that_fit_in_their_column() -> None:
    en, fr, (english, french) = pair()
    edition = side_by_side(english, french, (en, fr), fits=lambda table: True)
    blocks = edition.sections[0].blocks
    assert not any(isinstance(b, Table) for b in blocks)
    rows = [row for b in blocks if isinstance(b, Columns) for row in b.rows]
    assert any(isinstance(left[0], Table) for left, _ in rows)


def test_tete_beche_halves_restart_and_the_second_starts_on_an_odd_page() -> None:
    _, _, (english, french) = pair()
    edition = tete_beche(english, french)
    title, first, french_title, second = edition.sections
    assert [s.tag for s in edition.sections] == ["en-CA", "en-CA", "fr-CA", "fr-CA"]
    assert [s.first_number for s in edition.sections] == [1, 2, None, 2]
    assert [s.odd_page for s in edition.sections] == [False, False, True, False]
    assert [s.scope for s in edition.sections] == [0, 0, 1, 1]
    assert title.blocks == english.title_page[:-1]  # without the other-language note
    assert french_title.blocks == french.title_page[:-1]
    for section in (title, french_title):
        assert [p.content for p in section.footer] == [()]
    for section in (first, second):
        [footer] = section.footer
        fields = [i.instruction for i in footer.content if isinstance(i, Field)]
        assert fields == ["PAGE", "SECTIONPAGES"]
        assert section.blocks[0] == (english if section is first else french).contents
    assert text(second.header[0].content) == "NON CLASSIFIÉ"


def test_a_table_fits_when_its_longest_word_does() -> None:
    _, _, (english, _) = pair()
    membership = english.sections[3].parts[0].blocks[0]
    assert isinstance(membership, Table)
    assert table_fits(membership, 9360)
    assert not table_fits(membership, 4464)
