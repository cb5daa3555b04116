"""The one-language document: what a mandate or terms of reference says in one language,
as plain typed values, before any Office markup exists.

It is the localize step's output and every Word writer's input: headings with levels,
paragraphs of runs (each run knowing its language), lists and whether they are numbered,
tables with a header row, pictures with alt text, fields (page number, page count, table of
contents), the security marking and draft banner of the header, and the page sections that
frame them. The planner (:mod:`.planner`) makes one from the bilingual model; the editions
(:mod:`.editions`) compose two of them into one file; the Word emitter only writes them.

Paragraphs, list entries, rows and cells, of which a document has thousands, are named
tuples, made in half the time of a frozen dataclass (as :class:`~councilkit.localize.Run`);
the other values are frozen dataclasses.

Paragraph styles are named by *role* (``body``, ``title``, ``caption``…: the fields of
:class:`~councilkit.render.docx.layout.StyleNames`), never by a style of a file. Widths of
tables are relative; the emitter scales them to the room it has.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from councilkit.localize import Run
from councilkit.model import Language


@dataclass(frozen=True, slots=True)
class Field:
    """A field computed by the word processor: ``PAGE``, ``NUMPAGES``, ``SECTIONPAGES``;
    ``cached`` is what shows before it is updated."""

    instruction: str
    cached: str = "1"


@dataclass(frozen=True, slots=True)
class Tab:
    """A tab character (the footer's page number sits at the right tab stop)."""


Inline = Run | Field | Tab
"""What a paragraph holds."""


class Paragraph(NamedTuple):
    """A paragraph in a style ``role``; ``anchor`` makes it a target of the table of
    contents; ``page_break`` starts it on a new page."""

    role: str
    content: tuple[Inline, ...]
    anchor: int | None = None
    page_break: bool = False


@dataclass(frozen=True, slots=True)
class Heading:
    """A heading of ``level`` 1 or 2, bookmarked as ``anchor`` for the table of contents.
    ``numbered`` says that its first run is its number (``1. ``, ``3.1 ``)."""

    level: int
    content: tuple[Inline, ...]
    anchor: int | None = None
    page_break: bool = False
    numbered: bool = False


class ListEntry(NamedTuple):
    """One item of a list at its nesting ``level`` (0 at the top)."""

    content: tuple[Inline, ...]
    level: int = 0


@dataclass(frozen=True, slots=True)
class ListBlock:
    """A bulleted or numbered list; a numbered list starts again at 1."""

    entries: tuple[ListEntry, ...]
    numbered: bool = False


class Cell(NamedTuple):
    """A table cell: the blocks it holds (a cell is never empty in the output)."""

    blocks: tuple[Block, ...]


class Row(NamedTuple):
    """A table row: a ``header`` row repeats on every page; a row ``keep_together``
    never splits across pages; ``min_height`` (twips) leaves room, e.g. to sign."""

    cells: tuple[Cell, ...]
    header: bool = False
    keep_together: bool = True
    min_height: int | None = None


@dataclass(frozen=True, slots=True)
class Table:
    """A data table: ``widths`` are the columns' relative widths; ``caption`` is a
    paragraph shown above it, ``title`` what a screen reader announces."""

    rows: tuple[Row, ...]
    widths: tuple[int, ...]
    caption: tuple[Inline, ...] = ()
    title: str | None = None

    @property
    def has_header(self) -> bool:
        return bool(self.rows) and self.rows[0].header


@dataclass(frozen=True, slots=True)
class Picture:
    """A picture from the content folder (``path`` relative to it), its alt text and its
    caption."""

    path: str
    alt: str
    caption: tuple[Inline, ...] = ()


@dataclass(frozen=True, slots=True)
class TocEntry:
    level: int
    anchor: int
    content: tuple[Inline, ...]


@dataclass(frozen=True, slots=True)
class TableOfContents:
    """A heading and a TOC field whose shown result lists ``entries``, each linking to its
    heading; ``levels`` is how deep the field looks when the word processor refreshes it."""

    heading: tuple[Inline, ...]
    entries: tuple[TocEntry, ...]
    levels: int = 2


@dataclass(frozen=True, slots=True)
class Columns:
    """Two aligned columns, row by row: the side-by-side edition's layout table. Each row
    holds the blocks of the left and of the right column; ``header``, when given, is a
    header row above them, repeated on every page (the languages' names)."""

    rows: tuple[tuple[tuple[Block, ...], tuple[Block, ...]], ...]
    header: tuple[tuple[Block, ...], tuple[Block, ...]] | None = None


Block = Paragraph | Heading | ListBlock | Table | Picture | TableOfContents | Columns


@dataclass(frozen=True, slots=True)
class Markings:
    """The security marking, and the draft banner while the document is a draft."""

    security: str
    draft: str | None = None


@dataclass(frozen=True, slots=True)
class Part:
    """A section's content that stays together when two languages are aligned: a run of
    blocks planned from one record of the content (a paragraph's blocks, a list, a table)."""

    blocks: tuple[Block, ...]


@dataclass(frozen=True, slots=True)
class Section:
    """A numbered section of the body: its heading, then its parts."""

    heading: Heading
    parts: tuple[Part, ...]


@dataclass(frozen=True, slots=True)
class Properties:
    """What the file's properties say."""

    title: str
    subject: str
    author: str
    keywords: tuple[str, ...]
    category: str
    status: str
    version: str
    identifier: str


@dataclass(frozen=True, slots=True)
class Document:
    """A mandate or terms of reference in one ``language``: title page, table of contents,
    sections, what its header and footer say, and its properties."""

    language: Language
    tag: str
    title_page: tuple[Block, ...]
    contents: TableOfContents
    sections: tuple[Section, ...]
    markings: Markings
    footer: tuple[Inline, ...]
    properties: Properties

    def body(self) -> tuple[Block, ...]:
        """The sections' blocks in print order, the first heading on a new page."""
        return tuple(
            block
            for section in self.sections
            for block in (section.heading, *(b for part in section.parts for b in part.blocks))
        )


@dataclass(frozen=True, slots=True)
class PageSection:
    """A run of pages with its own header and footer (in ``tag``'s language).
    ``first_number`` numbers its pages again from that number (None: they go on from the
    previous section's); ``odd_page`` starts it on an odd page; ``scope`` keeps the
    bookmarks of each language's half of a file apart."""

    blocks: tuple[Block, ...]
    header: tuple[Paragraph, ...]
    footer: tuple[Paragraph, ...]
    tag: str
    first_number: int | None = None
    odd_page: bool = False
    scope: int = 0


@dataclass(frozen=True, slots=True)
class Edition:
    """What one Word file holds: its page sections, in the language ``tag`` of its first
    half, and its properties."""

    sections: tuple[PageSection, ...]
    tag: str
    properties: Properties
    languages: tuple[str, ...]
