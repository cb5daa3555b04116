"""The documents a working group publishes: mandate, terms of reference, deck.

Every document shares :class:`Document`'s fields (version, status, date, history and the
project settings it overrides). The kinds are told apart by ``kind:`` in content.
"""

from __future__ import annotations

import datetime
import enum
from dataclasses import dataclass
from typing import ClassVar

from councilkit.diagnostics import Location
from councilkit.model.blocks import Block, ListItem
from councilkit.model.markings import Classification, Status
from councilkit.model.schema import Ref, Variant, Variants, location, location_of, spec
from councilkit.model.text import BilingualText, Language

VERSION_PATTERN = r"\d+(\.\d+){0,2}"
VERSION_HELP = "write a version as numbers separated by dots, such as 0.1 or 1.2"


class Edition(enum.StrEnum):
    """How the two languages are published."""

    SEPARATE = "separate"
    SIDE_BY_SIDE = "side-by-side"
    TETE_BECHE = "tete-beche"
    """One file, one language after the other, each with its own title page."""

    @property
    def bilingual(self) -> bool:
        """Both languages in one file."""
        return self is not Edition.SEPARATE


@dataclass(frozen=True, slots=True, kw_only=True)
class HistoryEntry:
    """One line of a document's version history."""

    version: str = spec(pattern=VERSION_PATTERN, help=VERSION_HELP)
    date: datetime.date
    summary: BilingualText
    loc: Location | None = location()


@dataclass(frozen=True, slots=True, kw_only=True)
class Document(Variant):
    """What every document has. ``id`` is its file name without ``.yaml``."""

    VARIANTS: ClassVar[Variants] = Variants("document kind", by="kind")
    KIND: ClassVar[str] = ""

    id: str = spec(default="", read=False)
    title: BilingualText | None = None
    version: str = spec(pattern=VERSION_PATTERN, help=VERSION_HELP)
    status: Status
    date: datetime.date
    history: tuple[HistoryEntry, ...] = ()
    classification: Classification | None = None
    source_language: Language | None = None
    layout: str | None = None
    edition: Edition | None = None
    loc: Location | None = location()
    layout_loc: Location | None = location_of("layout")

    @property
    def is_draft(self) -> bool:
        return self.status is Status.DRAFT


@dataclass(frozen=True, slots=True, kw_only=True)
class Scope:
    """What the work covers and what it leaves out."""

    in_scope: tuple[ListItem, ...]
    out_of_scope: tuple[ListItem, ...] = ()
    loc: Location | None = location()


@dataclass(frozen=True, slots=True, kw_only=True)
class Deliverable:
    """Something the group will hand over, and when."""

    text: BilingualText = spec(inline=True)
    due: datetime.date | None = None
    loc: Location | None = location()


@dataclass(frozen=True, slots=True, kw_only=True)
class Duration:
    """How long the mandate runs."""

    start: datetime.date
    end: datetime.date | None = None
    note: BilingualText | None = None
    loc: Location | None = location()


@Document.VARIANTS.register("mandate")
@dataclass(frozen=True, slots=True, kw_only=True)
class Mandate(Document):
    """A mandate: a short statement of why the group exists and what it will deliver."""

    KIND: ClassVar[str] = "mandate"

    purpose: tuple[Block, ...]
    scope: Scope | None = None
    objectives: tuple[ListItem, ...] = ()
    deliverables: tuple[Deliverable, ...] = ()
    duration: Duration | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Approver:
    """Someone who signs the approval block."""

    position: BilingualText
    name: str | None = None
    organization: BilingualText | None = None
    loc: Location | None = location()


@dataclass(frozen=True, slots=True, kw_only=True)
class Approval:
    """The approval block: who approves, and from when the document takes effect."""

    approvers: tuple[Approver, ...]
    effective: datetime.date | None = None
    loc: Location | None = location()


@dataclass(frozen=True, slots=True, kw_only=True)
class FreeSection:
    """A section the standard list does not have, placed after a standard one."""

    title: BilingualText
    body: tuple[Block, ...]
    after: str | None = None
    loc: Location | None = location()


# The usual sections of FPT terms of reference, in the order they are printed. The
# membership and co-chair sections are built from the group's data; their fields here are
# the text written around that data.
TOR_SECTIONS: tuple[str, ...] = (
    "background",
    "purpose",
    "scope",
    "objectives",
    "deliverables",
    "membership",
    "co_chairs",
    "secretariat",
    "roles",
    "meetings",
    "decision_making",
    "reporting",
    "resources",
    "official_languages",
    "review",
)


@Document.VARIANTS.register("terms-of-reference")
@dataclass(frozen=True, slots=True, kw_only=True)
class TermsOfReference(Document):
    """Terms of reference: the usual sections, most optional, plus free sections."""

    KIND: ClassVar[str] = "terms-of-reference"

    mandate: Ref | None = None
    background: tuple[Block, ...] = ()
    purpose: tuple[Block, ...]
    scope: Scope
    objectives: tuple[ListItem, ...] = ()
    deliverables: tuple[Deliverable, ...] = ()
    membership: tuple[Block, ...] = ()
    co_chairs: tuple[Block, ...] = ()
    secretariat: tuple[Block, ...] = ()
    roles: tuple[Block, ...] = ()
    meetings: tuple[Block, ...] = ()
    decision_making: tuple[Block, ...]
    reporting: tuple[Block, ...] = ()
    resources: tuple[Block, ...] = ()
    official_languages: tuple[Block, ...] = ()
    review: tuple[Block, ...] = ()
    sections: tuple[FreeSection, ...] = ()
    approval: Approval | None = None
