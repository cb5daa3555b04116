"""Tracked changes in a Word document: paragraphs that write themselves with ``w:ins``,
``w:del``, ``w:pPrChange`` and ``w:rPrChange`` marks, for the redline
(:mod:`councilkit.redline`). Tables are in :mod:`.revised_tables`, the table of contents
in :mod:`.revised_contents`.

A paragraph here is a :class:`Line`: how it is set (its :class:`Look`, and the look it had
when that changed), whether its paragraph mark was inserted or deleted, and its content as
*segments*: runs that are kept (``=``), inserted (``+``), deleted (``-``) or kept with other
run properties than before (``~``). Ids come from the document's one id space
(:meth:`~.ids.IdSpace.revision`); author and date are fixed by the caller, never read from
the clock.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from councilkit.document.model import Field, Inline, Tab
from councilkit.localize import LANGUAGE_TAGS, Run
from councilkit.render.docx import _wml
from councilkit.render.docx._wml import Out
from councilkit.render.docx.emit import Emitter, Room
from councilkit.render.docx.ids import bookmark_name

KEPT, INSERTED, DELETED, RESTYLED = "=", "+", "-", "~"


class Segment(NamedTuple):
    """A piece of a paragraph's content: kept, inserted, deleted, or (``~``) kept with
    other run properties than ``was``, the same text as it was set before."""

    kind: str
    content: tuple[Inline, ...]
    was: Run | None = None


Segments = tuple[Segment, ...]
"""A paragraph's content as kept, inserted, deleted and restyled pieces, in order."""


@dataclass(frozen=True, slots=True)
class Stamp:
    """Who made the changes, and when (``w:author``, ``w:date``)."""

    author: str
    date: str

    def attributes(self, emitter: Emitter) -> str:
        number = emitter.canvas.ids.revision()
        return f'w:id="{number}" w:author="{_wml.attribute(self.author)}" w:date="{self.date}"'


@dataclass(frozen=True, slots=True)
class Look:
    """How a paragraph is set: its style ``role`` (a field of
    :class:`~.layout.StyleIds`: ``body``, ``heading_1``, ``list_number``…), a page break
    before it, and for a list item its nesting ``level`` and which list it is in
    (``list_key``: a numbered list counts from 1)."""

    role: str
    page_break: bool = False
    level: int = 0
    list_key: Hashable = None


class Line(NamedTuple):
    """One paragraph of a redline: its look (a deleted paragraph's as it was), its
    segments, the mark of its paragraph mark (``+``/``-`` when the paragraph was inserted or
    deleted whole), its look before when that changed (``w:pPrChange``), the heading
    ``anchor`` it is bookmarked as, and the heading anchor it ``link``s to (an entry of the
    table of contents)."""

    look: Look
    segments: Segments
    mark: str = KEPT
    was: Look | None = None
    anchor: int | None = None
    link: int | None = None


@dataclass(frozen=True, slots=True)
class RevisedLines:
    """Consecutive paragraphs (headings, paragraphs, list items) with their changes; a
    numbered list among them gets one numbering of its own."""

    lines: tuple[Line, ...]
    stamp: Stamp

    def emit(self, emitter: Emitter, out: Out, room: Room) -> None:
        numbers: dict[Hashable, int | None] = {}
        for line in self.lines:
            write_line(emitter, out, line, self.stamp, Setting(room, numbers))


@dataclass(frozen=True, slots=True)
class Setting:
    """Where lines are written: the room, and the numbering given to each list so far."""

    room: Room
    numbers: dict[Hashable, int | None]


def write_line(
    emitter: Emitter,
    out: Out,
    line: Line,
    stamp: Stamp,
    setting: Setting,
    *,
    before: str = "",
    after: str = "",
) -> None:
    """A paragraph of segments, in its bookmark if it has one; ``before`` and ``after``
    are markup written first and last in it (a field's start and end)."""
    properties = _properties(emitter, line.look, setting)
    extra = ""
    if line.mark != KEPT:
        extra += f"<w:rPr>{change_mark(emitter, line.mark, stamp)}</w:rPr>"
    if line.was is not None:
        old = _properties(emitter, line.was, setting) or "<w:pPr/>"
        extra += f"<w:pPrChange {stamp.attributes(emitter)}>{old}</w:pPrChange>"
    if extra:
        properties = with_last(properties, "w:pPr", extra)
    out.append(f"<w:p>{properties}{before}")
    bookmark = None
    if line.anchor is not None:
        bookmark = emitter.canvas.ids.bookmark(setting.room.scope, line.anchor)
        out.append(f'<w:bookmarkStart w:id="{bookmark}" w:name="{bookmark_name(bookmark)}"/>')
    if line.link is not None:
        name = bookmark_name(emitter.canvas.ids.bookmark(setting.room.scope, line.link))
        out.append(f'<w:hyperlink w:anchor="{name}" w:history="1">')
        write_segments(emitter, out, line.segments, stamp, links=False)
        out.append("</w:hyperlink>")
    else:
        write_segments(emitter, out, line.segments, stamp)
    if bookmark is not None:
        out.append(f'<w:bookmarkEnd w:id="{bookmark}"/>')
    out.append(f"{after}</w:p>")


def _properties(emitter: Emitter, look: Look, setting: Setting) -> str:
    """The ``w:pPr`` of ``look``: its style, page break and list numbering."""
    style = emitter.style(look.role, setting.room)
    numbering = None
    if look.role == "list_number":
        if look.list_key not in setting.numbers:
            setting.numbers[look.list_key] = emitter.canvas.new_list(style)
        num_id = setting.numbers[look.list_key]
        numbering = None if num_id is None else (num_id, look.level)
    elif look.role == "list_bullet" and look.level:
        num_id = emitter.canvas.list_style_num(style)
        numbering = None if num_id is None else (num_id, look.level)
    return _wml.paragraph_properties(style, page_break=look.page_break, numbering=numbering)


def write_segments(
    emitter: Emitter, out: Out, segments: Segments, stamp: Stamp, *, links: bool = True
) -> None:
    """The runs of ``segments``: consecutive pieces of one link share a ``w:hyperlink``
    (a tracked change sits inside it: a link cannot be inside one), unless ``links`` is
    False (the paragraph is a link already)."""
    pieces = [(s, item) for s in segments for item in s.content]
    start = 0
    while start < len(pieces):
        href = _href(pieces[start][1]) if links else None
        end = start + 1
        while end < len(pieces) and (_href(pieces[end][1]) if links else None) == href:
            end += 1
        if href is not None:
            rid = _wml.attribute(emitter.canvas.link(href))
            out.append(f'<w:hyperlink r:id="{rid}" w:history="1">')
        _write_pieces(emitter, out, pieces[start:end], stamp)
        if href is not None:
            out.append("</w:hyperlink>")
        start = end


def _href(item: Inline) -> str | None:
    return item.href if isinstance(item, Run) else None


def _write_pieces(
    emitter: Emitter, out: Out, pieces: Sequence[tuple[Segment, Inline]], stamp: Stamp
) -> None:
    """Pieces of one link (or of none), each change in its mark."""
    index = 0
    while index < len(pieces):
        segment = pieces[index][0]
        items = []
        while index < len(pieces) and pieces[index][0] is segment:
            items.append(pieces[index][1])
            index += 1
        if segment.kind == KEPT:
            out.extend(_runs(emitter, items))
        elif segment.kind == RESTYLED:
            out.extend(_runs(emitter, items, was=segment.was, stamp=stamp))
        else:
            tag = "w:ins" if segment.kind == INSERTED else "w:del"
            out.append(f"<{tag} {stamp.attributes(emitter)}>")
            out.extend(_runs(emitter, items, deleted=segment.kind == DELETED))
            out.append(f"</{tag}>")


def _runs(
    emitter: Emitter,
    content: Sequence[Inline],
    *,
    deleted: bool = False,
    was: Run | None = None,
    stamp: Stamp | None = None,
) -> list[str]:
    """Runs of ``content``; a field in a change shows its value; ``was`` gives the
    properties before (``w:rPrChange``)."""
    written: list[str] = []
    for item in content:
        if isinstance(item, Tab):
            written.append(_wml.TAB)
            continue
        if isinstance(item, Field):
            if not deleted:
                written.append(_wml.simple_field(item.instruction, item.cached))
                continue
            item = Run(item.cached)
        properties = _run_properties(emitter, item)
        if was is not None and stamp is not None:
            old = _run_properties(emitter, was) or "<w:rPr/>"
            change = f"<w:rPrChange {stamp.attributes(emitter)}>{old}</w:rPrChange>"
            properties = with_last(properties, "w:rPr", change)
        run = _wml.run(item.text, properties)
        if deleted:
            run = run.replace("<w:t", "<w:delText").replace("</w:t>", "</w:delText>")
        written.append(run)
    return written


def _run_properties(emitter: Emitter, run: Run) -> str:
    tag = LANGUAGE_TAGS[run.language]
    return _wml.run_properties(
        style_id=emitter.styles.hyperlink if run.href else None,
        bold=run.bold,
        italic=run.italic,
        lang=tag if tag != emitter.canvas.language_tag else None,
    )


def change_mark(emitter: Emitter, mark: str, stamp: Stamp) -> str:
    """The empty ``w:ins`` or ``w:del`` that marks a paragraph mark or a row."""
    tag = "w:ins" if mark == INSERTED else "w:del"
    return f"<{tag} {stamp.attributes(emitter)}/>"


def with_last(properties: str, element: str, change: str) -> str:
    """``properties`` (a ``w:pPr``, ``w:rPr`` or ``w:trPr``, or nothing) with ``change``
    last in it: where the schema puts a revision mark."""
    if not properties:
        return f"<{element}>{change}</{element}>"
    return properties.replace(f"</{element}>", change + f"</{element}>")
