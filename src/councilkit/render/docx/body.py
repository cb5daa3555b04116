"""Writing the planned sections: headings (numbered, bookmarked for the table of contents)
and each part in its own way."""

from __future__ import annotations

from councilkit.model import WorkingGroup
from councilkit.render.docx import _oxml, history, membership
from councilkit.render.docx._oxml import Element
from councilkit.render.docx.blocks import Writer
from councilkit.render.docx.pages import heading_runs, subheading_runs
from councilkit.render.docx.sections import (
    ApprovalBlock,
    Blocks,
    CoChairList,
    Deliverables,
    DurationDetails,
    HistoryTable,
    Items,
    MembershipTable,
    Part,
    SecretariatDetails,
    Section,
    Subsection,
    bookmark_name,
)


class BodyWriter:
    """Writes a document's sections in one language into a body or a table cell."""

    def __init__(
        self,
        writer: Writer,
        group: WorkingGroup,
        *,
        numbers: bool = True,
        in_cell: bool = False,
        width: int | None = None,
        bookmarks: bool = True,
    ) -> None:
        self.writer = writer
        self.group = group
        self.numbers = numbers
        self.in_cell = in_cell
        self.width = width
        self.bookmarks = bookmarks

    def sections(self, parent: Element, plan: tuple[Section, ...]) -> None:
        for section in plan:
            self.heading(parent, section)
            self.parts(parent, section.parts)

    def heading(self, parent: Element, section: Section) -> None:
        runs = heading_runs(self.writer, section, self.numbers)
        p = self.writer.paragraph(parent, self.writer.styles.heading_1, runs)
        if self.bookmarks:
            _oxml.bookmark(p, section.anchor, bookmark_name(section.anchor))

    def parts(self, parent: Element, parts: tuple[Part, ...]) -> None:
        for part in parts:
            self.part(parent, part)

    def part(self, parent: Element, part: Part) -> None:
        writer, group = self.writer, self.group
        if isinstance(part, Blocks):
            writer.blocks(parent, part.blocks, in_cell=self.in_cell)
        elif isinstance(part, Items):
            writer.items(parent, part.items, numbered=part.numbered)
        elif isinstance(part, Subsection):
            runs = subheading_runs(writer, part.heading, part.number if self.numbers else None)
            p = writer.paragraph(parent, writer.styles.heading_2, runs)
            if self.bookmarks:
                _oxml.bookmark(p, part.anchor, bookmark_name(part.anchor))
            self.parts(parent, part.parts)
        elif isinstance(part, Deliverables):
            history.deliverables(writer, parent, part.deliverables, width=self.width)
        elif isinstance(part, MembershipTable):
            membership.membership_table(writer, parent, group, width=self.width)
        elif isinstance(part, CoChairList):
            membership.co_chairs(writer, parent, group)
        elif isinstance(part, SecretariatDetails):
            membership.secretariat(writer, parent, group, in_cell=self.in_cell)
        elif isinstance(part, DurationDetails):
            history.duration(writer, parent, part.duration, in_cell=self.in_cell)
        elif isinstance(part, ApprovalBlock):
            history.approval(writer, parent, part.approval, in_cell=self.in_cell, width=self.width)
        elif isinstance(part, HistoryTable):
            history.version_history(writer, parent, part.entries, width=self.width)
