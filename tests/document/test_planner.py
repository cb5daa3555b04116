"""The planner: a document of the bilingual model in one language, without any file."""

from __future__ import annotations

from small_documents import small_project

from councilkit.document import plan
from councilkit.document.model import Document, Heading, ListBlock, Paragraph, Table
from councilkit.localize import Localizer, Run
from councilkit.model import Language


def planned(language: Language, **options: object) -> Document:
    project, group, document = small_project()
    return plan(document, group, Localizer(project, language), **options)  # type: ignore[arg-type]


def text(content: tuple[object, ...]) -> str:
    return "".join(item.text for item in content if isinstance(item, Run))


def test_title_page_roles_and_words() -> None:
    document = planned(Language.FR)
    roles = [b.role for b in document.title_page if isinstance(b, Paragraph)]
    assert roles == [
        "organization", "title", "subtitle", "title_details", "title_details",
        "title_details", "marking", "title_note",
    ]  # fmt: skip
    assert text(document.title_page[1].content) == "Petit groupe de travail"  # type: ignore[union-attr]
    assert text(document.title_page[3].content) == "Version\u00a0: 0.2"  # type: ignore[union-attr]


def test_sections_headings_numbers_and_first_page_break() -> None:
    document = planned(Language.EN)
    headings = [s.heading for s in document.sections]
    assert [text(h.content) for h in headings] == [
        "1. Purpose", "2. Glossary", "3. Scope", "4. Membership", "5. Decision-making",
        "6. Approval", "Version history",
    ]  # fmt: skip
    assert [h.page_break for h in headings] == [True] + [False] * 6
    assert [h.numbered for h in headings] == [True] * 6 + [False]
    scope = document.sections[2]
    assert isinstance(scope.parts[0].blocks[0], Heading)
    assert text(scope.parts[0].blocks[0].content) == "3.1 In scope"


def test_contents_lists_the_headings_with_their_anchors() -> None:
    document = planned(Language.EN)
    anchors = [e.anchor for e in document.contents.entries]
    headings = [s.heading.anchor for s in document.sections]
    assert set(headings) <= set(anchors)
    assert [e.level for e in document.contents.entries].count(2) == 1
    assert {e.level for e in planned(Language.EN, toc_levels=1).contents.entries} == {1}


def test_unnumbered_headings() -> None:
    document = planned(Language.EN, numbered=False)
    assert text(document.sections[0].heading.content) == "Purpose"
    assert not any(s.heading.numbered for s in document.sections)


def test_lists_tables_and_links() -> None:
    document = planned(Language.EN)
    purpose = [b for part in document.sections[0].parts for b in part.blocks]
    paragraph, numbered = purpose
    assert isinstance(paragraph, Paragraph) and paragraph.role == "body"
    link = [r for r in paragraph.content if isinstance(r, Run) and r.href]
    assert [r.href for r in link] == ["https://example.gc.ca/data"]
    assert isinstance(numbered, ListBlock) and numbered.numbered
    decision = [b for part in document.sections[4].parts for b in part.blocks]
    bullets = decision[-1]
    assert isinstance(bullets, ListBlock) and [e.level for e in bullets.entries] == [0, 1]
    [membership] = document.sections[3].parts[0].blocks
    assert isinstance(membership, Table) and membership.has_header
    assert membership.title == "Members of the group"
    assert [len(r.cells) for r in membership.rows] == [3, 3, 3]


def test_a_text_not_yet_translated_is_in_the_other_language_after_a_note() -> None:
    document = planned(Language.FR)
    decision = document.sections[4].parts[0].blocks[0]
    assert isinstance(decision, Paragraph)
    note, english = decision.content
    assert isinstance(note, Run) and note.italic and note.language is Language.FR
    assert isinstance(english, Run) and english.language is Language.EN


def test_markings_footer_and_properties() -> None:
    document = planned(Language.FR)
    assert document.markings.security == "NON CLASSIFIÉ"
    assert document.markings.draft is not None  # a draft
    assert [getattr(i, "instruction", None) for i in document.footer] == [
        None, "PAGE", None, "NUMPAGES",
    ]  # fmt: skip
    assert document.properties.title == "Cadre de référence – Petit groupe de travail"
    assert document.tag == "fr-CA"
