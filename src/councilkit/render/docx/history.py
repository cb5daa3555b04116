"""The dated parts of a document: deliverables with their due dates, the mandate's
duration, the approval block and the version history."""

from __future__ import annotations

from councilkit.localize import Run
from councilkit.model import Approval, Deliverable, Duration, HistoryEntry
from councilkit.render.docx import _wml
from councilkit.render.docx._wml import Out
from councilkit.render.docx.blocks import Cell, Writer

HISTORY_WIDTHS = (14, 26, 60)
DELIVERABLE_WIDTHS = (72, 28)
APPROVAL_WIDTHS = (50, 30, 20)
SIGNATURE_HEIGHT = 900  # twips: room to sign


def deliverables(
    writer: Writer, parent: Out, items: tuple[Deliverable, ...], *, width: int | None = None
) -> None:
    """A table of deliverables and their due dates."""
    loc = writer.loc
    header = [writer.words("Deliverable"), writer.words("Due")]
    rows: list[list[Cell]] = [
        [(loc.runs(item.text),), ((writer.text(loc.date(item.due) if item.due else "–"),),)]
        for item in items
    ]
    writer.table(parent, header, rows, widths=DELIVERABLE_WIDTHS, width=width)


def duration(writer: Writer, parent: Out, span: Duration, *, in_cell: bool) -> None:
    """Start and end dates, then the note."""
    loc = writer.loc
    body = writer.styles.table_text if in_cell else writer.styles.body
    start = (writer.text(loc.date(span.start)),)
    writer.paragraph(parent, body, writer.lead(writer.words("Start"), start))
    if span.end is not None:
        end = (writer.text(loc.date(span.end)),)
        writer.paragraph(parent, body, writer.lead(writer.words("End"), end))
    if span.note is not None:
        writer.paragraph(parent, body, loc.runs(span.note))


def version_history(
    writer: Writer, parent: Out, entries: tuple[HistoryEntry, ...], *, width: int | None = None
) -> None:
    """Version, date and summary of each version, oldest first."""
    loc = writer.loc
    header = [writer.words("Version"), writer.words("Date"), writer.words("Summary of changes")]
    rows: list[list[Cell]] = [
        [((writer.text(e.version),),), ((writer.text(loc.date(e.date)),),), (loc.runs(e.summary),)]
        for e in sorted(entries, key=lambda e: (e.date, _version_key(e.version)))
    ]
    writer.table(parent, header, rows, widths=HISTORY_WIDTHS, width=width)


def approval(
    writer: Writer, parent: Out, block: Approval, *, in_cell: bool, width: int | None = None
) -> None:
    """The effective date, then who approves (name, position, organisation) with room to
    sign and date."""
    loc = writer.loc
    body = writer.styles.table_text if in_cell else writer.styles.body
    if block.effective is not None:
        effective: tuple[Run, ...] = (writer.text(loc.date(block.effective)),)
        writer.paragraph(parent, body, writer.lead(writer.words("Effective date"), effective))
    header = [writer.words("Approved by"), writer.words("Signature"), writer.words("Date")]
    total = width or writer.canvas.text_width
    sizes = [int(total * w / sum(APPROVAL_WIDTHS)) for w in APPROVAL_WIDTHS]
    text_style = writer.styles.table_text
    _wml.table_start(parent, writer.styles.table, sizes, caption=loc.tr("Approval"))
    writer.header_row(parent, sizes, header)
    for approver in block.approvers:
        _wml.row_start(parent, keep_together=True, min_height=SIGNATURE_HEIGHT)
        _wml.cell_start(parent, sizes[0])
        if approver.name:
            writer.paragraph(parent, text_style, (writer.text(approver.name, bold=True),))
        writer.paragraph(parent, text_style, loc.runs(approver.position))
        if approver.organization is not None:
            writer.paragraph(parent, text_style, loc.runs(approver.organization))
        parent.append(_wml.CELL_END)
        for size in sizes[1:]:  # blank cells to sign and date by hand
            _wml.cell_start(parent, size)
            _wml.empty_paragraph(parent, text_style)
            parent.append(_wml.CELL_END)
        parent.append(_wml.ROW_END)
    parent.append(_wml.TABLE_END)


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))
