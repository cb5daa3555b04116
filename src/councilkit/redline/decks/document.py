"""One deck redline: a Word document in one language listing the slides added, removed,
changed and moved between two versions of a deck, old and new words side by side.

It opens with a summary (the versions compared, how many slides of each kind of change),
then gives each slide that changed a heading (its number, and its old number when it
moved) and a table of two columns, "Before" and "After", a row per line of the slide
(:mod:`.compare`). It is written through the Word renderer with the layout's reference
document, dated with the new version (or ``SOURCE_DATE_EPOCH``): two runs give the same
bytes."""

from __future__ import annotations

import dataclasses
import datetime
from collections.abc import Sequence
from typing import Any, cast

from councilkit.build.layouts import find_layout
from councilkit.diagnostics import Diagnostic
from councilkit.document.model import (
    Block,
    Cell,
    Edition,
    Heading,
    ListBlock,
    ListEntry,
    PageSection,
    Paragraph,
    Properties,
    Row,
    Tab,
    Table,
)
from councilkit.document.planner import page_footer
from councilkit.errors import ContentError
from councilkit.localize import Localizer, Run
from councilkit.model import Deck, Language, WorkingGroup
from councilkit.package import write_package
from councilkit.redline import summary
from councilkit.redline.decks import compare, texts
from councilkit.redline.decks.marked import MarkedParagraph
from councilkit.redline.decks.matching import match
from councilkit.redline.source import Version
from councilkit.render.docx.canvas import Canvas
from councilkit.render.docx.layout import load_layout
from councilkit.render.docx.parts import document_parts
from councilkit.render.docx.properties import core_properties
from councilkit.render.docx.revisions import DELETED, INSERTED

WIDTHS = (1, 1)
"""The "Before" and "After" columns, of one width."""
COLUMN_WORDS = ("Before", "After")


COUNT_WORDS = {
    "added": "Slides added: {count}",
    "removed": "Slides removed: {count}",
    "changed": "Slides changed: {count}",
    "moved": "Slides moved: {count}",
}
"""The summary's line for each kind of change (message ids of the catalogs)."""


@dataclasses.dataclass(frozen=True, slots=True)
class DeckSide:
    """One deck at one version."""

    version: Version
    group: WorkingGroup
    deck: Deck


@dataclasses.dataclass(frozen=True, slots=True)
class Change:
    """A slide that changed: its heading and its rows (none when it only moved)."""

    heading: str
    rows: tuple[compare.Row, ...]
    kind: str  # "added", "removed", "changed" or "moved"


def deck_redline(
    old: DeckSide, new: DeckSide, language: Language, *, epoch: int | None
) -> bytes | None:
    """The bytes of the redline of ``new`` against ``old`` in ``language``, or None when
    no slide changed in that language (a new version number or date alone is no change)."""
    loc = Localizer(new.version.project, language)
    old_loc = Localizer(old.version.project, language)
    changes = slide_changes(old, new, loc, old_loc)
    deck_rows = compare.compare(
        texts.deck_lines(old.deck, old_loc), texts.deck_lines(new.deck, loc)
    )
    if not changes and not compare.changed(deck_rows):
        return None
    project = new.version.project
    layout, problems = load_layout(find_layout(project.layout_of(new.deck), new.version.root))
    if layout is None or layout.styles is None:
        errors = problems + (layout.style_problems if layout else ())
        raise ContentError(cast(list[Diagnostic], list(errors)))
    blocks: list[Any] = [
        Paragraph("title", (_run(loc.document_title(new.group, new.deck), loc),)),
        Paragraph("subtitle", (_run(loc.tr("Changes to the slides"), loc),)),
        *_summary(old, new, changes, loc),
    ]
    if compare.changed(deck_rows):
        title = loc.tr("Title and subtitle of the deck")
        blocks += [Heading(2, (_run(title, loc),)), _table(deck_rows, title, loc)]
    if changes:
        blocks.append(Heading(1, (_run(loc.tr("Changes slide by slide"), loc),)))
    for change in changes:
        blocks.append(Heading(2, (_run(change.heading, loc),)))
        if change.rows:
            blocks.append(_table(change.rows, change.heading, loc))
        elif change.kind == "moved":
            blocks.append(Paragraph("body", (_run(loc.tr("Moved, its words unchanged."), loc),)))
    timestamp = (
        datetime.datetime.fromtimestamp(epoch, datetime.UTC)
        if epoch is not None
        else datetime.datetime.combine(new.deck.date, datetime.time(), datetime.UTC)
    )
    edition = _edition(new, cast(tuple[Block, ...], tuple(blocks)), loc)
    canvas = Canvas(layout.reference, layout.styles, edition.tag, new.version.root)
    core = core_properties(edition, timestamp)
    return write_package(document_parts(canvas, edition, core), timestamp)


def slide_changes(old: DeckSide, new: DeckSide, loc: Localizer, old_loc: Localizer) -> list[Change]:
    """Every slide added, removed, changed or moved, in reading order."""
    olds, news = old.deck.slides, new.deck.slides
    found: list[Change] = []
    for pair in match(olds, news):
        if pair.new is None:
            assert pair.old is not None
            slide = olds[pair.old]
            heading = loc.tr("Slide {old} of the old version, removed: {title}").format(
                old=pair.old + 1, title=texts.slide_title(slide, old.deck, old_loc)
            )
            lines = texts.slide_lines(slide, old_loc, old.group, old.version.root)
            found.append(Change(heading, tuple(compare.whole(lines, DELETED)), "removed"))
            continue
        slide = news[pair.new]
        title = texts.slide_title(slide, new.deck, loc)
        lines = texts.slide_lines(slide, loc, new.group, new.version.root)
        if pair.old is None:
            heading = loc.tr("Slide {number}, added: {title}").format(
                number=pair.new + 1, title=title
            )
            found.append(Change(heading, tuple(compare.whole(lines, INSERTED)), "added"))
            continue
        old_lines = texts.slide_lines(olds[pair.old], old_loc, old.group, old.version.root)
        rows = compare.compare(old_lines, lines)
        changed = compare.changed(rows)
        if not (changed or pair.moved):
            continue
        if pair.old != pair.new:
            heading = loc.tr("Slide {number} (was {old}): {title}").format(
                number=pair.new + 1, old=pair.old + 1, title=title
            )
        else:
            heading = loc.tr("Slide {number}: {title}").format(number=pair.new + 1, title=title)
        kind = "changed" if changed else "moved"
        found.append(Change(heading, tuple(rows) if changed else (), kind))
    return found


def _summary(
    old: DeckSide, new: DeckSide, changes: Sequence[Change], loc: Localizer
) -> list[Block]:
    """The "Summary of changes": the versions compared, and the count of each kind of
    change (a slide both moved and changed counts as changed)."""

    def version(side: DeckSide) -> str:
        return summary.named(side.version, side.deck.version, side.deck.date, loc)

    counts = {kind: sum(1 for c in changes if c.kind == kind) for kind in COUNT_WORDS}
    entries = tuple(
        ListEntry((_run(loc.tr(COUNT_WORDS[kind]).format(count=count), loc),))
        for kind, count in counts.items()
    )
    compared = loc.tr(summary.COMPARED).format(old=version(old), new=version(new))
    how = loc.tr("Words struck through were removed, words underlined were added.")
    return [
        summary.heading(loc),
        summary.document_line(new.deck, new.group, loc),
        Paragraph("body", (_run(compared, loc),)),
        ListBlock(entries),
        Paragraph("body", (_run(how, loc),)),
    ]


def _table(rows: Sequence[compare.Row], title: str, loc: Localizer) -> Table:
    """The "Before" and "After" columns, a row per line, the header row repeated."""
    header = Row(
        tuple(
            Cell((Paragraph("table_text", (_run(loc.tr(w), loc, bold=True),)),))
            for w in COLUMN_WORDS
        ),
        header=True,
    )
    body = [
        Row(
            (
                Cell(_cell(row.old, row.before, loc)),
                Cell(_cell(row.new, row.after, loc)),
            )
        )
        for row in rows
    ]
    caption = loc.tr("Before and after: {title}").format(title=title)
    return Table((header, *body), WIDTHS, title=caption)


def _cell(line: texts.Line | None, segments: Any, loc: Localizer) -> tuple[Block, ...]:
    """One side of a row: the line's label in bold, then its marked words (nothing when
    the line is not on that side)."""
    if line is None:
        return ()
    label: tuple[Run, ...] = ()
    if line.label:
        separator = loc.lead_separator(line.label) if line.content else ""
        label = (_run(line.label, loc, bold=True), _run(separator, loc))
    return cast(tuple[Block, ...], (MarkedParagraph(label, segments, line.level),))


def _run(text: str, loc: Localizer, *, bold: bool = False) -> Run:
    return Run(text, bold=bold, language=loc.language)


def _edition(side: DeckSide, blocks: tuple[Block, ...], loc: Localizer) -> Edition:
    """The one page section of the redline, with the deck's marking above and the page
    numbers below, and the file's properties."""
    deck, group = side.deck, side.group
    header = [Paragraph("header", (_run(loc.marking(deck), loc),))]
    draft = loc.draft_label(deck)
    if draft:
        header.append(Paragraph("draft", (_run(draft, loc),)))
    footer = (Paragraph("footer", (Tab(), Tab(), *page_footer(loc))),)
    section = PageSection(blocks, tuple(header), footer, loc.tag)
    kind = loc.tr("Briefing deck")
    properties = Properties(
        title=f"{loc.tr('Changes to the slides')} – {loc.document_title(group, deck)}",
        subject=loc.plain(group.name),
        author=loc.plain(loc.project.settings.organization),
        keywords=(loc.plain(group.name), kind),
        category=kind,
        status=loc.status(deck),
        version=deck.version,
        identifier=f"{group.id}/{deck.id}",
    )
    return Edition((section,), loc.tag, properties, (loc.tag,))
