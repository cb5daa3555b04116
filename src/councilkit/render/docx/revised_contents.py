"""The table of contents of a redline, its entries tracked like paragraphs (see
:mod:`.revisions`): accepting every change gives the new version's entries, rejecting them
the old version's. Its field is not marked for updating, so that the word processor shows
these entries until someone updates it."""

from __future__ import annotations

from dataclasses import dataclass

from councilkit.render.docx import _wml
from councilkit.render.docx._wml import Out
from councilkit.render.docx.emit import Emitter, Room
from councilkit.render.docx.revisions import KEPT, Line, Look, Segment, Setting, Stamp, write_line


@dataclass(frozen=True, slots=True)
class RevisedContents:
    """The heading (``heading``, a line kept as it is), then a TOC field looking
    ``levels`` deep whose shown result is the ``entries``."""

    heading: Line
    entries: tuple[Line, ...]
    levels: int
    stamp: Stamp

    def emit(self, emitter: Emitter, out: Out, room: Room) -> None:
        setting = Setting(room, {})
        write_line(emitter, out, self.heading, self.stamp, setting)
        begin = _wml.field_begin(f'TOC \\o "1-{self.levels}" \\h \\z \\u')
        entries = list(self.entries)
        if not entries or entries[-1].mark != KEPT:
            # the field ends in a paragraph of its own, which no change removes
            entries.append(Line(Look("toc_1"), (Segment(KEPT, ()),)))
        last = len(entries) - 1
        for index, line in enumerate(entries):
            write_line(
                emitter,
                out,
                line,
                self.stamp,
                setting,
                before=begin if index == 0 else "",
                after=_wml.FIELD_END if index == last else "",
            )
