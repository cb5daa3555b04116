"""The parts of terms of reference built from the group's data: the membership table, the
co-chairs and the secretariat. Membership is written once, in ``group.yaml``; every
document and both languages read it from there."""

from __future__ import annotations

from councilkit.localize import Run
from councilkit.model import Member, WorkingGroup
from councilkit.render.docx._wml import Out
from councilkit.render.docx.blocks import Cell, Writer

# Relative widths of the membership table: jurisdiction, organisation and position, role.
MEMBERSHIP_WIDTHS = (23, 57, 20)


def membership_table(
    writer: Writer, parent: Out, group: WorkingGroup, *, width: int | None = None
) -> None:
    """One row per member, in the group's order: jurisdiction, organisation (and position,
    and the person when published), role (co-chairs named from ``co_chairs``)."""
    header = [
        writer.words("Jurisdiction"),
        writer.words("Organization and position"),
        writer.words("Role"),
    ]
    rows = [_member_row(writer, group, member) for member in group.members]
    caption = writer.words("Members of the group")
    writer.table(parent, header, rows, widths=MEMBERSHIP_WIDTHS, caption=caption, width=width)


def _member_row(writer: Writer, group: WorkingGroup, member: Member) -> list[Cell]:
    loc = writer.loc
    jurisdiction = (writer.text(loc.plain(member.jurisdiction.display_name)),)
    organization: list[tuple[Run, ...]] = [loc.runs(member.organization)]
    if member.position is not None:
        organization.append(loc.runs(member.position))
    if member.person:
        organization.append((writer.text(member.person),))
    role = loc.role(member.role, co_chair=group.is_co_chair(member.id))
    return [(jurisdiction,), organization, ((writer.text(role),),)]


def co_chairs(writer: Writer, parent: Out, group: WorkingGroup) -> None:
    """A bulleted list of the co-chairs: jurisdiction in bold, then the seat and the term."""
    loc = writer.loc
    style = writer.styles.list_bullet
    for co_chair in group.co_chairs:
        member = group.member(co_chair.member.id)
        if member is None:  # validation reports unknown members
            continue
        lead = (writer.text(loc.plain(member.jurisdiction.display_name)),)
        seat: list[Run] = []
        if member.position is not None:
            seat.extend(loc.runs(member.position))
            seat.append(writer.text(", "))
        seat.extend(loc.runs(member.organization))
        if co_chair.term is not None:
            seat.append(writer.text(" ("))
            seat.extend(loc.runs(co_chair.term))
            seat.append(writer.text(")"))
        writer.paragraph(parent, style, writer.lead(lead, tuple(seat)))


def secretariat(writer: Writer, parent: Out, group: WorkingGroup, *, in_cell: bool) -> None:
    """The secretariat's name and its e-mail address as a mailto link."""
    office = group.secretariat
    if office is None:
        return
    loc = writer.loc
    body = writer.styles.table_text if in_cell else writer.styles.body
    name = writer.lead(writer.words("Secretariat"), loc.runs(office.organization))
    writer.paragraph(parent, body, name)
    if office.email:
        link = (Run(office.email, href=f"mailto:{office.email}", language=loc.language),)
        writer.paragraph(parent, body, writer.lead(writer.words("Email"), link))
