"""Tracked changes in a Word document: blocks that write themselves with ``w:ins`` and
``w:del`` marks (words within a paragraph, whole paragraphs and list items with their
paragraph marks, table rows), for the redline (:mod:`councilkit.redline`).

Each block here carries its changes as *segments*: runs of inline content that are kept
(``=``), inserted (``+``) or deleted (``-``). Ids come from the document's one id space
(:meth:`~.ids.IdSpace.revision`); author and date are fixed by the caller, never read from
the clock.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from councilkit.document.model import Block, Field, Heading, Inline, ListEntry, Paragraph, Row, Tab
from councilkit.localize import LANGUAGE_TAGS, Run
from councilkit.render.docx import _wml
from councilkit.render.docx._wml import Out
from councilkit.render.docx.emit import CELL_MARGINS, Emitter, Room
from councilkit.render.docx.ids import bookmark_name

KEPT, INSERTED, DELETED = "=", "+", "-"

Segments = tuple[tuple[str, tuple[Inline, ...]], ...]
"""A paragraph's content as kept, inserted and deleted runs, in order."""


@dataclass(frozen=True, slots=True)
class Stamp:
    """Who made the changes, and when (``w:author``, ``w:date``)."""

    author: str
    date: str

    def attributes(self, emitter: Emitter) -> str:
        number = emitter.canvas.ids.revision()
        return f'w:id="{number}" w:author="{_wml.attribute(self.author)}" w:date="{self.date}"'


@dataclass(frozen=True, slots=True)
class RevisedParagraph:
    """A paragraph or heading (``block`` gives its style) whose words changed (``mark``
    ``=``), or that was inserted or deleted whole (``+``, ``-``: its paragraph mark too,
    unless ``mark_end`` is False: the last paragraph of a cell or of the body)."""

    block: Paragraph | Heading
    segments: Segments
    mark: str
    stamp: Stamp
    mark_end: bool = True

    def emit(self, emitter: Emitter, out: Out, room: Room) -> None:
        block = self.block
        bookmark = None
        if isinstance(block, Heading):
            style = emitter.styles.heading_1 if block.level == 1 else emitter.styles.heading_2
            if block.anchor is not None and self.mark != DELETED:  # the contents link here
                bookmark = emitter.canvas.ids.bookmark(room.scope, block.anchor)
        else:
            style = emitter.style(block.role, room)
        write_paragraph(emitter, out, style, self, page_break=block.page_break, bookmark=bookmark)


@dataclass(frozen=True, slots=True)
class RevisedEntry:
    """A list item: its ``entry`` (level), segments and mark, as a paragraph's."""

    entry: ListEntry
    segments: Segments
    mark: str
    mark_end: bool = True


@dataclass(frozen=True, slots=True)
class RevisedList:
    """A list whose items changed, were added or removed."""

    numbered: bool
    entries: tuple[RevisedEntry, ...]
    stamp: Stamp

    def emit(self, emitter: Emitter, out: Out, room: Room) -> None:
        styles = emitter.styles
        if self.numbered:
            style = styles.list_number
            num_id = emitter.canvas.new_list(style)
        else:
            style = styles.list_bullet
            num_id = emitter.canvas.list_style_num(style)
        for item in self.entries:
            level = item.entry.level
            explicit = num_id is not None and (self.numbered or level)
            numbering = (num_id, level) if explicit and num_id is not None else None
            mark = RevisedParagraph(
                Paragraph("body", ()), item.segments, item.mark, self.stamp, item.mark_end
            )
            write_paragraph(emitter, out, style, mark, numbering=numbering)


@dataclass(frozen=True, slots=True)
class RevisedRow:
    """A table row: kept with its cells' blocks revised (``=``), or inserted or deleted
    whole (its ``w:trPr`` says so; its cells' blocks are marked too)."""

    row: Row
    cells: tuple[tuple[Block, ...], ...]
    mark: str


@dataclass(frozen=True, slots=True)
class RevisedTable:
    """A data table whose rows changed: ``widths`` and ``title`` as the new table's."""

    widths: tuple[int, ...]
    title: str | None
    header: bool
    rows: tuple[RevisedRow, ...]
    stamp: Stamp

    def emit(self, emitter: Emitter, out: Out, room: Room) -> None:
        sizes = emitter.table_start(out, self.widths, room, header=self.header, title=self.title)
        text_style = emitter.styles.table_text
        for revised in self.rows:
            row = revised.row
            out.append("<w:tr>")
            properties = _wml.row_properties(
                header=row.header, keep_together=row.keep_together, min_height=row.min_height
            )
            if revised.mark != KEPT:
                change = _change(emitter, revised.mark, self.stamp)
                properties = _with(properties, "w:trPr", change)
            out.append(properties)
            for size, blocks in zip(sizes, revised.cells, strict=False):
                out.append("<w:tc>")
                out.append(_wml.cell_properties(size))
                emitter.blocks(out, blocks, Room(size - CELL_MARGINS, scope=room.scope))
                if not blocks:
                    emitter.empty_paragraph(out, text_style)
                out.append("</w:tc>")
            out.append("</w:tr>")
        out.append("</w:tbl>")


def write_paragraph(
    emitter: Emitter,
    out: Out,
    style: str | None,
    revised: RevisedParagraph,
    *,
    page_break: bool = False,
    numbering: tuple[int, int] | None = None,
    bookmark: int | None = None,
) -> None:
    """A paragraph of segments, in ``bookmark`` if given; a whole-paragraph change marks
    its paragraph mark."""
    properties = _wml.paragraph_properties(style, page_break=page_break, numbering=numbering)
    if revised.mark != KEPT and revised.mark_end:
        change = f"<w:rPr>{_change(emitter, revised.mark, revised.stamp)}</w:rPr>"
        properties = _with(properties, "w:pPr", change)
    out.append(f"<w:p>{properties}")
    if bookmark is not None:
        out.append(f'<w:bookmarkStart w:id="{bookmark}" w:name="{bookmark_name(bookmark)}"/>')
    for kind, content in revised.segments:
        if kind == KEPT:
            emitter.inline(out, content)
            continue
        tag = "w:ins" if kind == INSERTED else "w:del"
        out.append(f"<{tag} {revised.stamp.attributes(emitter)}>")
        out.extend(_plain_runs(emitter, content, deleted=kind == DELETED))
        out.append(f"</{tag}>")
    if bookmark is not None:
        out.append(f'<w:bookmarkEnd w:id="{bookmark}"/>')
    out.append("</w:p>")


def _change(emitter: Emitter, mark: str, stamp: Stamp) -> str:
    """The empty ``w:ins`` or ``w:del`` that marks a paragraph mark or a row."""
    tag = "w:ins" if mark == INSERTED else "w:del"
    return f"<{tag} {stamp.attributes(emitter)}/>"


def _with(properties: str, element: str, change: str) -> str:
    """``properties`` (a ``w:pPr`` or ``w:trPr``, or nothing) with ``change`` last in it:
    where the schema puts a revision mark."""
    if not properties:
        return f"<{element}>{change}</{element}>"
    return properties.replace(f"</{element}>", change + f"</{element}>")


def _plain_runs(emitter: Emitter, content: Sequence[Inline], *, deleted: bool) -> list[str]:
    """Runs that may stand inside ``w:ins``/``w:del``: a link keeps its style but not its
    target (a hyperlink cannot be inside a tracked change), a field its shown value."""
    default = emitter.canvas.language_tag
    written: list[str] = []
    for item in content:
        if isinstance(item, Tab):
            written.append(_wml.TAB)
            continue
        if isinstance(item, Field):
            item = Run(item.cached)
        tag = LANGUAGE_TAGS[item.language]
        properties = _wml.run_properties(
            style_id=emitter.styles.hyperlink if item.href else None,
            bold=item.bold,
            italic=item.italic,
            lang=tag if tag != default else None,
        )
        run = _wml.run(item.text, properties)
        if deleted:
            run = run.replace("<w:t", "<w:delText").replace("</w:t>", "</w:delText>")
        written.append(run)
    return written
