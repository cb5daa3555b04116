"""The editions of a document: what one Word file holds, composed from one or two
one-language documents.

- ``separate``: one language per file.
- ``side-by-side``: both languages in one file, in two columns aligned block by block, the
  first language on the left. A table too wide for half a page in either language is set
  full width, one language after the other, with a caption saying so.
- ``tete-beche``: both languages in one file, one after the other, each with its own title
  page, table of contents, header and footer, and page numbers starting at 1; the second
  starts on an odd page.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence

from councilkit.document.model import (
    Block,
    Columns,
    Document,
    Edition,
    Field,
    Heading,
    Inline,
    PageSection,
    Paragraph,
    Tab,
    Table,
    TableOfContents,
    TocEntry,
)
from councilkit.localize import Localizer, Run
from councilkit.model import Language

SEPARATOR = " / "
FULL_WIDTH_NOTE = {
    "en": "This table is set full width to stay readable: in English, then in French.",
    "fr": "This table is set full width to stay readable: in French, then in English.",
}
"""The caption of a table set full width in a side-by-side edition (message ids), by the
first language."""

LANGUAGE_NAMES = {Language.EN: "English", Language.FR: "Français"}
"""Each language's name in itself: the header of its column in a side-by-side edition."""


def separate(document: Document) -> Edition:
    """One language in one file."""
    blocks = (*document.title_page, document.contents, *document.body())
    section = PageSection(blocks, header((document,)), footer((document,)), document.tag)
    return Edition((section,), document.tag, document.properties, (document.tag,))


def side_by_side(
    first: Document,
    second: Document,
    localizers: tuple[Localizer, Localizer],
    *,
    fits: Callable[[Table], bool],
) -> Edition:
    """Both languages in aligned columns; ``fits`` says whether a table is readable in one
    column."""
    pair = (first, second)
    blocks: list[Block] = [
        _columns(((_without_note(first.title_page), _without_note(second.title_page)),), pair),
        _bilingual_contents(first, second),
    ]
    note = localizers[0].language.value
    for left, right in zip(first.sections, second.sections, strict=True):
        blocks.append(
            Heading(
                1,
                _joined_heading(left.heading, right.heading),
                left.heading.anchor,
                page_break=left.heading.page_break,
                numbered=left.heading.numbered,
            )
        )
        rows: list[tuple[tuple[Block, ...], tuple[Block, ...]]] = []
        for left_part, right_part in zip(left.parts, right.parts, strict=True):
            if len(left_part.blocks) != len(right_part.blocks):
                rows.append((left_part.blocks, right_part.blocks))
                continue
            for a, b in zip(left_part.blocks, right_part.blocks, strict=True):
                if isinstance(a, Table) and isinstance(b, Table) and not (fits(a) and fits(b)):
                    if rows:
                        blocks.append(_columns(rows, pair))
                        rows = []
                    for table, loc in ((a, localizers[0]), (b, localizers[1])):
                        words = (Run(loc.tr(FULL_WIDTH_NOTE[note]), language=loc.language),)
                        blocks.append(Paragraph("caption", words))
                        blocks.append(table)
                else:
                    rows.append(((a,), (b,)))
        if rows:
            blocks.append(_columns(rows, pair))
    properties = dataclasses.replace(
        first.properties,
        title=f"{first.properties.title}{SEPARATOR}{second.properties.title}",
    )
    section = PageSection(tuple(blocks), header(pair), footer(pair), first.tag)
    return Edition((section,), first.tag, properties, (first.tag, second.tag))


def _columns(
    rows: Sequence[tuple[tuple[Block, ...], tuple[Block, ...]]], pair: tuple[Document, Document]
) -> Columns:
    """A two-column layout table whose header row names each column's language, in that
    language, so that a screen reader announces the language of each cell."""
    left, right = (
        (
            Paragraph(
                "table_text", (Run(LANGUAGE_NAMES[d.language], bold=True, language=d.language),)
            ),
        )
        for d in pair
    )
    return Columns(tuple(rows), header=(left, right))


def tete_beche(first: Document, second: Document) -> Edition:
    """One language after the other. Each half is two page sections: its title page,
    page 1, whose footer shows no number; then its contents and body, numbered from 2,
    whose footer counts the half's pages. The second half's title page starts on an odd
    page. (A word processor tells odd from even by the page's *number*: were the second
    half numbered from 1 at once, it would never add the blank page that puts it on a
    right-hand page. Its title page goes on with the first half's numbers, so that it
    does, and shows none.)"""
    sections: list[PageSection] = []
    for scope, document in enumerate((first, second)):
        marking = header((document,))
        sections.append(
            PageSection(
                _without_note(document.title_page),
                marking,
                (Paragraph("footer", ()),),
                document.tag,
                first_number=1 if scope == 0 else None,
                odd_page=scope == 1,
                scope=scope,
            )
        )
        body = (document.contents, *document.body())
        pages = _section_pages(document)
        sections.append(PageSection(body, marking, footer((pages,)), document.tag, 2, scope=scope))
    properties = dataclasses.replace(
        first.properties,
        title=f"{first.properties.title}{SEPARATOR}{second.properties.title}",
    )
    return Edition(tuple(sections), first.tag, properties, (first.tag, second.tag))


def header(documents: Sequence[Document]) -> tuple[Paragraph, ...]:
    """The security marking, then the draft banner while a draft, in each language."""
    first = documents[0]
    markings = " / ".join(dict.fromkeys(d.markings.security for d in documents))
    paragraphs = [Paragraph("header", (Run(markings, language=first.language),))]
    if first.markings.draft:
        runs: list[Inline] = []
        for index, document in enumerate(d for d in documents if d.markings.draft):
            if index:
                runs.append(Run(SEPARATOR, language=document.language))
            runs.append(Run(document.markings.draft or "", language=document.language))
        paragraphs.append(Paragraph("draft", tuple(runs)))
    return tuple(paragraphs)


def footer(documents: Sequence[Document]) -> tuple[Paragraph, ...]:
    """``Page X of Y`` at the right tab stop, in each language."""
    content: list[Inline] = [Tab(), Tab()]
    for index, document in enumerate(documents):
        if index:
            content.append(Run(SEPARATOR, language=document.language))
        content.extend(document.footer)
    return (Paragraph("footer", tuple(content)),)


def _section_pages(document: Document) -> Document:
    """The document with ``Page X of Y`` counting the pages of its own half."""
    content = tuple(
        Field("SECTIONPAGES", item.cached)
        if isinstance(item, Field) and item.instruction == "NUMPAGES"
        else item
        for item in document.footer
    )
    return dataclasses.replace(document, footer=content)


def _without_note(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A title page without the note that the other language exists elsewhere."""
    return tuple(b for b in blocks if not (isinstance(b, Paragraph) and b.role == "title_note"))


def _joined_heading(left: Heading, right: Heading) -> tuple[Inline, ...]:
    """``1. Purpose / Objet``: the number once, then each language's heading."""
    second = right.content[1:] if right.numbered else right.content
    language = _language(left.content)
    return (*left.content, Run(SEPARATOR, language=language), *second)


def _bilingual_contents(first: Document, second: Document) -> TableOfContents:
    language = first.language
    heading = (*first.contents.heading, Run(SEPARATOR, language=language), *second.contents.heading)
    entries = tuple(
        TocEntry(1, left.heading.anchor or 0, _joined_heading(left.heading, right.heading))
        for left, right in zip(first.sections, second.sections, strict=True)
    )
    return TableOfContents(heading, entries, levels=1)


def _language(content: tuple[Inline, ...]) -> Language:
    for item in content:
        if isinstance(item, Run):
            return item.language
    raise ValueError("a heading without text")
