"""A working group: who it is, whom it reports to, and who sits on it."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from councilkit.diagnostics import Location
from councilkit.model.documents import Document
from councilkit.model.jurisdictions import Jurisdiction
from councilkit.model.schema import SLUG_HELP, SLUG_PATTERN, Ref, location, spec
from councilkit.model.text import BilingualText


class MemberRole(enum.StrEnum):
    """A member's role. Co-chairs are named in ``co_chairs``, not here, so that a
    change of co-chair is written once."""

    MEMBER = "member"
    OBSERVER = "observer"
    EX_OFFICIO = "ex-officio"
    ADVISOR = "advisor"


@dataclass(frozen=True, slots=True, kw_only=True)
class Member:
    """A seat on the group, held by a jurisdiction's organisation."""

    id: str = spec(pattern=SLUG_PATTERN, help=SLUG_HELP)
    jurisdiction: Jurisdiction
    organization: BilingualText
    position: BilingualText | None = None
    person: str | None = None
    role: MemberRole = MemberRole.MEMBER
    email: str | None = None
    loc: Location | None = location()


@dataclass(frozen=True, slots=True, kw_only=True)
class CoChair:
    """A co-chair: a reference to a member, and the term served."""

    member: Ref
    term: BilingualText | None = None
    loc: Location | None = location()


@dataclass(frozen=True, slots=True, kw_only=True)
class Contact:
    """Someone to write to about the group."""

    name: str
    role: BilingualText | None = None
    email: str | None = None
    phone: str | None = None
    loc: Location | None = location()


@dataclass(frozen=True, slots=True, kw_only=True)
class Secretariat:
    """The office that supports the group."""

    organization: BilingualText
    email: str | None = None
    loc: Location | None = location()


@dataclass(frozen=True, slots=True, kw_only=True)
class TemplateOrigin:
    """The template a group's package was made from, so that later tools can tell which
    groups came from an older template."""

    name: str
    version: str
    loc: Location | None = location()


@dataclass(frozen=True, slots=True, kw_only=True)
class WorkingGroup:
    """A working group (or sub-committee) and its documents.

    ``id`` is the group's folder name; ``documents`` are its mandate, terms of reference
    and decks, in file-name order.
    """

    id: str = spec(default="", read=False)
    name: BilingualText
    acronym: BilingualText | None = None
    councils: tuple[Ref, ...] = ()
    parent_group: Ref | None = None
    members: tuple[Member, ...] = ()
    co_chairs: tuple[CoChair, ...] = ()
    secretariat: Secretariat | None = None
    contacts: tuple[Contact, ...] = ()
    template: TemplateOrigin | None = None
    documents: tuple[Document, ...] = spec(default=(), read=False)
    loc: Location | None = location()

    def member(self, member_id: str) -> Member | None:
        """The member with that id."""
        return next((m for m in self.members if m.id == member_id), None)

    def document(self, document_id: str) -> Document | None:
        """The document with that id."""
        return next((d for d in self.documents if d.id == document_id), None)

    def is_co_chair(self, member_id: str) -> bool:
        """True when the member is named a co-chair."""
        return any(c.member.id == member_id for c in self.co_chairs)
