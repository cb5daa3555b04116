"""Writing the planned sections: headings (numbered, bookmarked for the table of contents)
and each part in its own way."""

from __future__ import annotations

from councilkit.model import WorkingGroup
from councilkit.render.docx import history, membership
from councilkit.render.docx._wml import Out
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

    def sections(self, out: Out, plan: tuple[Section, ...], *, new_page: bool = False) -> None:
        """The sections of ``plan``; with ``new_page`` the first starts a new page."""
        for index, section in enumerate(plan):
            self.heading(out, section, page_break=new_page and index == 0)
            self.parts(out, section.parts)

    def heading(self, out: Out, section: Section, *, page_break: bool = False) -> None:
        runs = heading_runs(self.writer, section, self.numbers)
        bookmark = (section.anchor, bookmark_name(section.anchor)) if self.bookmarks else None
        self.writer.paragraph(
            out, self.writer.styles.heading_1, runs, bookmark=bookmark, page_break=page_break
        )

    def parts(self, parent: Out, parts: tuple[Part, ...]) -> None:
        for part in parts:
            self.part(parent, part)

    def part(self, parent: Out, part: Part) -> None:
        writer, group = self.writer, self.group
        if isinstance(part, Blocks):
            writer.blocks(parent, part.blocks, in_cell=self.in_cell)
        elif isinstance(part, Items):
            writer.items(parent, part.items, numbered=part.numbered)
        elif isinstance(part, Subsection):
            runs = subheading_runs(writer, part.heading, part.number if self.numbers else None)
            bookmark = (part.anchor, bookmark_name(part.anchor)) if self.bookmarks else None
            writer.paragraph(parent, writer.styles.heading_2, runs, bookmark=bookmark)
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
