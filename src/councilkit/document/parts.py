"""Planning the parts of a section in one language: content blocks, lists, and the tables
and details built from the group's data (membership, co-chairs, secretariat) and from the
document's dates (deliverables, duration, approval, version history)."""

from __future__ import annotations

from collections.abc import Sequence

from councilkit.document import outline
from councilkit.document.model import (
    Block,
    Cell,
    Inline,
    ListBlock,
    ListEntry,
    Paragraph,
    Picture,
    Row,
    Table,
)
from councilkit.localize import Localizer, Run
from councilkit.model import (
    Approval,
    BulletList,
    Deliverable,
    Duration,
    Figure,
    HistoryEntry,
    ListItem,
    Member,
    NumberedList,
    TableData,
    WorkingGroup,
)
from councilkit.model import Block as ContentBlock
from councilkit.model import Paragraph as ContentParagraph
from councilkit.model import Table as ContentTable

# Relative widths of the tables built from data.
MEMBERSHIP_WIDTHS = (23, 57, 20)
HISTORY_WIDTHS = (14, 26, 60)
DELIVERABLE_WIDTHS = (72, 28)
APPROVAL_WIDTHS = (50, 30, 20)
SIGNATURE_HEIGHT = 900  # twips: room to sign


class PartPlanner:
    """Turns the parts of a section plan into blocks in the language of ``loc``."""

    def __init__(self, loc: Localizer, group: WorkingGroup) -> None:
        self.loc = loc
        self.group = group

    # -- text ---------------------------------------------------------------------------

    def words(self, msgid: str) -> tuple[Run, ...]:
        """A fixed word of the catalog, as runs in this language."""
        return (Run(self.loc.tr(msgid), language=self.loc.language),)

    def text(self, text: str, *, bold: bool = False) -> Run:
        return Run(text, bold, False, None, self.loc.language)

    def lead(self, lead: tuple[Run, ...], text: tuple[Run, ...]) -> tuple[Run, ...]:
        """A bold lead term, the locale's separator, then the text."""
        if not lead:
            return text
        bold = tuple(Run(r.text, True, r.italic, r.href, r.language) for r in lead)
        if not text:
            return bold
        separator = self.loc.lead_separator("".join(r.text for r in lead))
        return (*bold, self.text(separator), *text)

    # -- parts --------------------------------------------------------------------------

    def part(self, part: outline.Part) -> tuple[Block, ...]:
        """The blocks of one part (a subsection's heading is planned by the caller)."""
        if isinstance(part, outline.Blocks):
            return tuple(b for block in part.blocks for b in self.block(block))
        if isinstance(part, outline.Items):
            return (self.items(part.items, numbered=part.numbered),)
        if isinstance(part, outline.Deliverables):
            return (self.deliverables(part.deliverables),)
        if isinstance(part, outline.MembershipTable):
            return self.membership()
        if isinstance(part, outline.CoChairList):
            return self.co_chairs()
        if isinstance(part, outline.SecretariatDetails):
            return self.secretariat()
        if isinstance(part, outline.DurationDetails):
            return self.duration(part.duration)
        if isinstance(part, outline.ApprovalBlock):
            return self.approval(part.approval)
        if isinstance(part, outline.HistoryTable):
            return (self.history(part.entries),)
        raise TypeError(f"no plan for {type(part).__name__}")  # a subsection

    def block(self, block: ContentBlock) -> tuple[Block, ...]:
        loc = self.loc
        if isinstance(block, ContentParagraph):
            return (Paragraph("body", loc.runs(block.text)),)
        if isinstance(block, BulletList):
            return (self.items(block.items, numbered=False),)
        if isinstance(block, NumberedList):
            return (self.items(block.items, numbered=True),)
        if isinstance(block, ContentTable):
            return self.data_table(block.table)
        if isinstance(block, Figure):
            caption = loc.runs(block.caption) if block.caption is not None else ()
            return (Picture(block.image.path, loc.plain(block.alt), caption),)
        raise TypeError(f"no plan for {type(block).__name__}")

    def items(self, items: Sequence[ListItem], *, numbered: bool) -> ListBlock:
        """A list, nested items one level down."""
        entries: list[ListEntry] = []

        def add(level_items: Sequence[ListItem], level: int) -> None:
            for item in level_items:
                runs = self.lead(self.loc.runs(item.lead), self.loc.runs(item.text))
                entries.append(ListEntry(runs, level))
                add(item.items, level + 1)

        add(items, 0)
        return ListBlock(tuple(entries), numbered=numbered)

    def data_table(self, data: TableData) -> tuple[Block, ...]:
        """A table of the content: its caption, then a header row and even columns."""
        loc = self.loc
        caption = loc.runs(data.caption) if data.caption else ()
        rows = [header_row([loc.runs(text) for text in data.header])]
        rows.extend(
            Row(tuple(Cell((cell_text(loc.runs(text)),)) for text in row)) for row in data.rows
        )
        title = "".join(r.text for r in caption) if caption else None
        return (Table(tuple(rows), (1,) * len(data.header), caption, title),)

    def membership(self) -> tuple[Block, ...]:
        """One row per member, in the group's order: jurisdiction, organisation (and
        position, and the person when published), role (co-chairs named)."""
        header = header_row(
            [
                self.words("Jurisdiction"),
                self.words("Organization and position"),
                self.words("Role"),
            ]
        )
        rows = (header, *(self._member_row(m) for m in self.group.members))
        caption = self.words("Members of the group")
        return (Table(rows, MEMBERSHIP_WIDTHS, caption, caption[0].text),)

    def _member_row(self, member: Member) -> Row:
        loc = self.loc
        jurisdiction = (self.text(loc.plain(member.jurisdiction.display_name)),)
        organization: list[tuple[Inline, ...]] = [loc.runs(member.organization)]
        if member.position is not None:
            organization.append(loc.runs(member.position))
        if member.person:
            organization.append((self.text(member.person),))
        role = loc.role(member.role, co_chair=self.group.is_co_chair(member.id))
        return Row(
            (
                Cell((cell_text(jurisdiction),)),
                Cell(tuple(cell_text(runs) for runs in organization)),
                Cell((cell_text((self.text(role),)),)),
            )
        )

    def co_chairs(self) -> tuple[Block, ...]:
        """The co-chairs: jurisdiction in bold, then the seat and the term."""
        loc = self.loc
        entries: list[ListEntry] = []
        for co_chair in self.group.co_chairs:
            member = self.group.member(co_chair.member.id)
            if member is None:  # validation reports unknown members
                continue
            lead = (self.text(loc.plain(member.jurisdiction.display_name)),)
            seat: list[Run] = []
            if member.position is not None:
                seat.extend(loc.runs(member.position))
                seat.append(self.text(", "))
            seat.extend(loc.runs(member.organization))
            if co_chair.term is not None:
                seat.append(self.text(" ("))
                seat.extend(loc.runs(co_chair.term))
                seat.append(self.text(")"))
            entries.append(ListEntry(self.lead(lead, tuple(seat))))
        return (ListBlock(tuple(entries)),) if entries else ()

    def secretariat(self) -> tuple[Block, ...]:
        """The secretariat's name and its e-mail address as a mailto link."""
        office = self.group.secretariat
        if office is None:
            return ()
        loc = self.loc
        blocks = [
            Paragraph("body", self.lead(self.words("Secretariat"), loc.runs(office.organization)))
        ]
        if office.email:
            link = (Run(office.email, href=f"mailto:{office.email}", language=loc.language),)
            blocks.append(Paragraph("body", self.lead(self.words("Email"), link)))
        return tuple(blocks)

    def deliverables(self, items: tuple[Deliverable, ...]) -> Table:
        loc = self.loc
        rows = [header_row([self.words("Deliverable"), self.words("Due")])]
        for item in items:
            due = loc.date(item.due) if item.due else "–"
            rows.append(
                Row(
                    (Cell((cell_text(loc.runs(item.text)),)), Cell((cell_text((self.text(due),)),)))
                )
            )
        return Table(tuple(rows), DELIVERABLE_WIDTHS)

    def duration(self, span: Duration) -> tuple[Block, ...]:
        """Start and end dates, then the note."""
        loc = self.loc
        blocks = [
            Paragraph("body", self.lead(self.words("Start"), (self.text(loc.date(span.start)),)))
        ]
        if span.end is not None:
            blocks.append(
                Paragraph("body", self.lead(self.words("End"), (self.text(loc.date(span.end)),)))
            )
        if span.note is not None:
            blocks.append(Paragraph("body", loc.runs(span.note)))
        return tuple(blocks)

    def history(self, entries: tuple[HistoryEntry, ...]) -> Table:
        """Version, date and summary of each version, oldest first."""
        loc = self.loc
        rows = [
            header_row(
                [self.words("Version"), self.words("Date"), self.words("Summary of changes")]
            )
        ]
        for e in sorted(entries, key=lambda e: (e.date, _version_key(e.version))):
            cells = ((self.text(e.version),), (self.text(loc.date(e.date)),), loc.runs(e.summary))
            rows.append(Row(tuple(Cell((cell_text(c),)) for c in cells)))
        return Table(tuple(rows), HISTORY_WIDTHS)

    def approval(self, block: Approval) -> tuple[Block, ...]:
        """The effective date, then who approves, with room to sign and date."""
        loc = self.loc
        blocks: list[Block] = []
        if block.effective is not None:
            effective = (self.text(loc.date(block.effective)),)
            blocks.append(Paragraph("body", self.lead(self.words("Effective date"), effective)))
        rows = [
            header_row([self.words("Approved by"), self.words("Signature"), self.words("Date")])
        ]
        for approver in block.approvers:
            first: list[Block] = []
            if approver.name:
                first.append(cell_text((self.text(approver.name, bold=True),)))
            first.append(cell_text(loc.runs(approver.position)))
            if approver.organization is not None:
                first.append(cell_text(loc.runs(approver.organization)))
            cells = (Cell(tuple(first)), Cell(()), Cell(()))  # blank: sign and date by hand
            rows.append(Row(cells, min_height=SIGNATURE_HEIGHT))
        blocks.append(Table(tuple(rows), APPROVAL_WIDTHS, title=loc.tr("Approval")))
        return tuple(blocks)


def cell_text(content: tuple[Inline, ...]) -> Paragraph:
    """A paragraph of a table cell."""
    return Paragraph("table_text", content)


def header_row(cells: Sequence[tuple[Inline, ...]]) -> Row:
    """A header row: one paragraph a column, repeated on every page."""
    return Row(tuple(Cell((cell_text(c),)) for c in cells), header=True)


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))
