"""The plan of a mandate or terms of reference: which sections it has, in which order, with
their numbers and headings, before anything is written.

Pure data and pure functions, tested without opening a file. A section is a fixed heading
(a message id of the catalog) or a free section's own title, and a sequence of parts the
emitter knows how to write (blocks, lists, the membership table…). The table of contents
and the body are written from the same plan, so their entries and bookmarks agree.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from councilkit.model import (
    TOR_SECTIONS,
    Approval,
    BilingualText,
    Block,
    Deliverable,
    Document,
    Duration,
    HistoryEntry,
    ListItem,
    Mandate,
    TermsOfReference,
    WorkingGroup,
)

# Headings of the standard sections of terms of reference (message ids of the catalog).
TOR_HEADINGS: dict[str, str] = {
    "background": "Background",
    "purpose": "Purpose",
    "scope": "Scope",
    "objectives": "Objectives",
    "deliverables": "Deliverables",
    "membership": "Membership",
    "co_chairs": "Co-chairs",
    "secretariat": "Secretariat",
    "roles": "Roles and responsibilities",
    "meetings": "Meetings",
    "decision_making": "Decision-making",
    "reporting": "Reporting relationship",
    "resources": "Resources",
    "official_languages": "Official languages and accessibility",
    "review": "Review and amendment",
}


# -- parts: what a section holds ----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Blocks:
    blocks: tuple[Block, ...]


@dataclass(frozen=True, slots=True)
class Items:
    items: tuple[ListItem, ...]
    numbered: bool = False


@dataclass(frozen=True, slots=True)
class Deliverables:
    deliverables: tuple[Deliverable, ...]


@dataclass(frozen=True, slots=True)
class MembershipTable:
    """The members of the group, from the group's data."""


@dataclass(frozen=True, slots=True)
class CoChairList:
    """The co-chairs and their terms, from the group's data."""


@dataclass(frozen=True, slots=True)
class SecretariatDetails:
    """The secretariat and how to write to it, from the group's data."""


@dataclass(frozen=True, slots=True)
class DurationDetails:
    duration: Duration


@dataclass(frozen=True, slots=True)
class ApprovalBlock:
    approval: Approval


@dataclass(frozen=True, slots=True)
class HistoryTable:
    entries: tuple[HistoryEntry, ...]


@dataclass(frozen=True, slots=True)
class Subsection:
    """A level-2 heading and its parts."""

    heading: str
    parts: tuple[Part, ...]
    number: str | None = None
    anchor: int = 0


Part = (
    Blocks
    | Items
    | Deliverables
    | MembershipTable
    | CoChairList
    | SecretariatDetails
    | DurationDetails
    | ApprovalBlock
    | HistoryTable
    | Subsection
)


@dataclass(frozen=True, slots=True)
class Section:
    """A level-1 section: a fixed heading (``heading``, a message id) or a free section's
    ``title``; its number (None when unnumbered) and the anchor its TOC entry links to."""

    key: str
    parts: tuple[Part, ...]
    heading: str | None = None
    title: BilingualText | None = None
    number: str | None = None
    anchor: int = 0
    subsections: tuple[Subsection, ...] = field(default=())


# -- planning -------------------------------------------------------------------------------


def plan_document(
    document: Document, group: WorkingGroup, *, numbered: bool = True
) -> tuple[Section, ...]:
    """The sections of ``document`` in print order, numbered and anchored."""
    if isinstance(document, TermsOfReference):
        raw = _terms_of_reference(document, group)
    elif isinstance(document, Mandate):
        raw = _mandate(document)
    else:
        raise TypeError(f"the Word renderer cannot draw a {document.KIND!r}")
    if document.history:
        raw.append(Section("history", (HistoryTable(document.history),), "Version history"))
    return _number(raw, numbered=numbered)


def _scope_parts(in_scope: tuple[ListItem, ...], out: tuple[ListItem, ...]) -> tuple[Part, ...]:
    parts: list[Part] = [Subsection("In scope", (Items(in_scope),))]
    if out:
        parts.append(Subsection("Out of scope", (Items(out),)))
    return tuple(parts)


def _mandate(document: Mandate) -> list[Section]:
    sections = [Section("purpose", (Blocks(document.purpose),), "Purpose")]
    if document.scope:
        scope = document.scope
        sections.append(Section("scope", _scope_parts(scope.in_scope, scope.out_of_scope), "Scope"))
    if document.objectives:
        sections.append(
            Section("objectives", (Items(document.objectives, numbered=True),), "Objectives")
        )
    if document.deliverables:
        parts = (Deliverables(document.deliverables),)
        sections.append(Section("deliverables", parts, "Deliverables"))
    if document.duration:
        sections.append(Section("duration", (DurationDetails(document.duration),), "Duration"))
    return sections


def _tor_parts(document: TermsOfReference, group: WorkingGroup, key: str) -> tuple[Part, ...]:
    if key == "scope":
        return _scope_parts(document.scope.in_scope, document.scope.out_of_scope)
    if key == "objectives":
        return (Items(document.objectives, numbered=True),) if document.objectives else ()
    if key == "deliverables":
        return (Deliverables(document.deliverables),) if document.deliverables else ()
    blocks: tuple[Block, ...] = getattr(document, key)
    parts: list[Part] = [Blocks(blocks)] if blocks else []
    if key == "membership" and group.members:
        parts.append(MembershipTable())
    elif key == "co_chairs" and group.co_chairs:
        parts.append(CoChairList())
    elif key == "secretariat" and group.secretariat:
        parts.append(SecretariatDetails())
    return tuple(parts)


def _terms_of_reference(document: TermsOfReference, group: WorkingGroup) -> list[Section]:
    placed: dict[str | None, list[Section]] = {}
    for free in document.sections:
        after = free.after if free.after in TOR_SECTIONS else None
        placed.setdefault(after, []).append(Section("free", (Blocks(free.body),), title=free.title))
    sections: list[Section] = []
    for key in TOR_SECTIONS:
        parts = _tor_parts(document, group, key)
        if parts:
            sections.append(Section(key, parts, TOR_HEADINGS[key]))
        sections.extend(placed.get(key, ()))
    sections.extend(placed.get(None, ()))
    if document.approval:
        sections.append(Section("approval", (ApprovalBlock(document.approval),), "Approval"))
    return sections


def _number(sections: list[Section], *, numbered: bool) -> tuple[Section, ...]:
    out: list[Section] = []
    anchor = 0
    count = 0
    for section in sections:
        anchor += 1
        number = None
        if numbered and section.key != "history":
            count += 1
            number = str(count)
        subsections: list[Subsection] = []
        parts: list[Part] = []
        for part in section.parts:
            if isinstance(part, Subsection):
                anchor += 1
                sub_number = f"{number}.{len(subsections) + 1}" if number else None
                part = Subsection(part.heading, part.parts, sub_number, anchor)
                subsections.append(part)
            parts.append(part)
        out.append(
            Section(
                section.key,
                tuple(parts),
                section.heading,
                section.title,
                number,
                anchor - len(subsections),
                tuple(subsections),
            )
        )
    return tuple(out)


def bookmark_name(anchor: int) -> str:
    """The bookmark of heading ``anchor`` (hidden: it starts with an underscore)."""
    return f"_Toc{anchor:08d}"
