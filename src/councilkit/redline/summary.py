"""The "Summary of changes" that opens a redline: the two versions compared, and the
sections changed with their counts of insertions, deletions and formatting changes. Its
words come from the catalogs (``catalogs/fr/redline.po``); its title is asked for in the
message context ``redline``, as the version history's column "Summary of changes" has
another French word."""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from councilkit.document.model import Block, Heading, ListBlock, ListEntry, Paragraph
from councilkit.localize import Localizer, Run
from councilkit.model import Document, WorkingGroup
from councilkit.redline import words
from councilkit.redline.source import WORKING_TREE, Version, label_in
from councilkit.render.docx.revised_contents import RevisedContents
from councilkit.render.docx.revised_pictures import RevisedPicture
from councilkit.render.docx.revised_tables import RevisedTable
from councilkit.render.docx.revisions import DELETED, INSERTED, KEPT, Line, RevisedLines, Segments

TITLE = "Summary of changes"
CONTEXT = "redline"
"""The message context of :data:`TITLE`, the title of the summary of every redline."""
COMPARED = "Compared: {old} with {new}."
DOCUMENT = "Document: {document}."
"""What the redline is of, first under its title: a redline printed or forwarded alone
still names its document and working group."""
SECTION = (
    "{section}: insertions {insertions}, deletions {deletions}, formatting changes {formatting}."
)
"""A section's counts, each named before its number (no plural to choose: 1 or 2 alike)."""
VERSION = "{label}, version {version} of {date}"
TITLE_PAGE = "Title page"
MESSAGES = (COMPARED, DOCUMENT, SECTION, VERSION, TITLE_PAGE, WORKING_TREE)
"""The summary's message ids without a context (their French is in the catalogs)."""
CONTEXT_MESSAGES = (TITLE,)
"""The summary's message ids in the context :data:`CONTEXT`."""


@dataclass(frozen=True, slots=True)
class Counts:
    insertions: int = 0
    deletions: int = 0
    formatting: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            self.insertions + other.insertions,
            self.deletions + other.deletions,
            self.formatting + other.formatting,
        )


def counted(block: Any) -> Counts:
    """The changes of one revised block (none in a kept block)."""
    if isinstance(block, RevisedLines):
        total = Counts()
        for line in block.lines:
            total += _of(line)
        return total
    if isinstance(block, RevisedPicture):
        return Counts(1, 0) if block.mark == INSERTED else Counts(0, 1)
    if isinstance(block, RevisedContents):
        return counted(RevisedLines(block.entries, block.stamp))
    if isinstance(block, RevisedTable):
        total = Counts()
        for row in block.rows:
            for cell in row.cells:
                for inner in cell:
                    total += counted(inner)
        return total
    return Counts()


def _of(line: Line, *, numbered: bool = False) -> Counts:
    """The changes of one paragraph; with ``numbered`` headings, a heading's number
    changed (the sections before it added or removed) is not counted."""
    segments = line.segments
    if numbered and line.look.role.startswith("heading") and line.mark == KEPT:
        segments = _after_number(segments)
    inserted, deleted, restyled = words.changes(segments)
    return Counts(inserted, deleted, restyled + (line.was is not None))


_NUMBER = re.compile(r"[0-9.]*")


def _after_number(segments: Segments) -> Segments:
    """A numbered heading's segments without those of its number ("3" deleted and "4"
    inserted before a kept ". Scope"): the leading segments of digits and dots."""
    for index, segment in enumerate(segments):
        if not _NUMBER.fullmatch(words.text_of(segment.content)):
            return segments[index:]
    return segments


def by_section(
    front: Iterable[Any], body: Iterable[Any], loc: Localizer, *, numbered: bool = False
) -> list[tuple[str, Counts]]:
    """The parts of the document that changed (the title page, each section by its
    heading's words), with their counts; with ``numbered`` headings, a section only
    renumbered is not changed."""
    found: dict[str, Counts] = {}
    title = loc.tr(TITLE_PAGE)
    for block in front:
        found[title] = found.get(title, Counts()) + counted(block)
    current = title
    for block in body:
        if not isinstance(block, RevisedLines):
            found[current] = found.get(current, Counts()) + counted(block)
            continue
        for line in block.lines:
            if line.look.role == "heading_1":
                current = _name(line)
            found[current] = found.get(current, Counts()) + _of(line, numbered=numbered)
    return [(name, c) for name, c in found.items() if c != Counts()]


def _name(heading: Line) -> str:
    """A heading's words as they are now (as they were, when it was deleted)."""
    now = [s.content for s in heading.segments if s.kind != DELETED]
    shown = words.text_of([i for c in now for i in c]).strip()
    if shown:
        return shown
    return words.text_of([i for s in heading.segments for i in s.content]).strip()


def named(version: Version, number: str, date: datetime.date, loc: Localizer) -> str:
    """A version as a summary names it: its revision (or folder), and the document's
    version number and date ("v1.0 (3541bcc0d80d), version 1.0 of June 15, 2016")."""
    label = label_in(version, loc)
    return loc.tr(VERSION).format(label=label, version=number, date=loc.date(date))


def heading(loc: Localizer) -> Heading:
    """The summary's title, a heading of the first level (not numbered, not in the
    table of contents the document had)."""
    return Heading(1, (Run(loc.tr(TITLE, CONTEXT), language=loc.language),))


def document_line(document: Document, group: WorkingGroup, loc: Localizer) -> Paragraph:
    """The paragraph naming the document and its working group: the title the document's
    properties give it ("Terms of reference – Open Data Standards Working Group"), its
    own title followed by the group when it has one."""
    name = loc.document_title(group, document)
    if document.title is not None:
        name = f"{name} – {loc.plain(group.name)}"
    text = loc.tr(DOCUMENT).format(document=name)
    return Paragraph("body", (Run(text, language=loc.language),))


def summary_blocks(
    changes: list[tuple[str, Counts]], old: str, new: str, loc: Localizer, named: Paragraph
) -> tuple[Block, ...]:
    """The summary: its title, the document it is of (``named``: :func:`document_line`),
    what was compared, and a bulleted list of the sections changed (a list, as a
    section's name starts with its number: a paragraph starting with "1." would read as
    a list item typed by hand)."""
    compared = loc.tr(COMPARED).format(old=old, new=new)
    entries = tuple(
        ListEntry(
            (
                Run(
                    loc.tr(SECTION).format(
                        section=section,
                        insertions=count.insertions,
                        deletions=count.deletions,
                        formatting=count.formatting,
                    ),
                    language=loc.language,
                ),
            )
        )
        for section, count in changes
    )
    return (
        heading(loc),
        named,
        Paragraph("body", (Run(compared, language=loc.language),)),
        ListBlock(entries),
    )


def changed(blocks: Iterable[Any]) -> bool:
    """Whether any block holds a change."""
    return any(counted(b) != Counts() for b in blocks)
