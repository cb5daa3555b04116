"""The "Summary of changes" that opens a redline: the sections changed, with counts of
insertions and deletions, and the two versions compared."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from councilkit.document.model import Block, Heading, Paragraph
from councilkit.localize import Run
from councilkit.model import Language
from councilkit.redline import words
from councilkit.render.docx.revisions import (
    RevisedList,
    RevisedParagraph,
    RevisedTable,
    Segments,
)

WORDS = {
    Language.EN: {
        "title": "Summary of changes",
        "compared": "Compared: {old} with {new}.",
        "section": "{section}: {ins} insertions, {dels} deletions.",
        "front": "Title page",
    },
    Language.FR: {
        "title": "Sommaire des modifications",
        "compared": "Versions comparées : {old} et {new}.",
        "section": "{section} : {ins} insertions, {dels} suppressions.",
        "front": "Page titre",
    },
}
"""The summary's words in each language (fixed here, not in the catalogs, for now)."""


@dataclass(frozen=True, slots=True)
class Counts:
    insertions: int = 0
    deletions: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.insertions + other.insertions, self.deletions + other.deletions)


def counted(block: Any) -> Counts:
    """The insertions and deletions of one revised block (none in a kept block)."""
    if isinstance(block, RevisedParagraph):
        return _of(block.segments)
    if isinstance(block, RevisedList):
        total = Counts()
        for entry in block.entries:
            total += _of(entry.segments)
        return total
    if isinstance(block, RevisedTable):
        total = Counts()
        for row in block.rows:
            for cell in row.cells:
                for inner in cell:
                    total += counted(inner)
        return total
    return Counts()


def _of(segments: Segments) -> Counts:
    inserted, deleted = words.changes(segments)
    return Counts(inserted, deleted)


def by_section(
    front: Iterable[Any], body: Iterable[Any], language: Language
) -> list[tuple[str, Counts]]:
    """The parts of the document that changed (the title page, each section by its
    heading's words), with their counts."""
    found: dict[str, Counts] = {}
    title = WORDS[language]["front"]
    for block in front:
        found[title] = found.get(title, Counts()) + counted(block)
    current = title
    for block in body:
        heading = block.block if isinstance(block, RevisedParagraph) else block
        if isinstance(heading, Heading) and heading.level == 1:
            current = words.text_of(heading.content).strip()
        found[current] = found.get(current, Counts()) + counted(block)
    return [(name, c) for name, c in found.items() if c != Counts()]


def summary_blocks(
    changes: list[tuple[str, Counts]], old: str, new: str, language: Language
) -> tuple[Block, ...]:
    """The summary's paragraphs: its title, what was compared, a line per section."""
    said = WORDS[language]

    def paragraph(text: str, *, bold: bool = False) -> Paragraph:
        return Paragraph("body", (Run(text, bold=bold, language=language),))

    lines = [
        paragraph(said["title"], bold=True),
        paragraph(said["compared"].format(old=old, new=new)),
    ]
    for section, count in changes:
        line = said["section"].format(section=section, ins=count.insertions, dels=count.deletions)
        lines.append(paragraph(line))
    return tuple(lines)


def changed(blocks: Iterable[Any]) -> bool:
    """Whether any block holds a change."""
    return any(counted(b) != Counts() for b in blocks)
