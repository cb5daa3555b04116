"""Rules on references: every id written in content names something that exists."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Iterator

from councilkit.diagnostics import Diagnostic, Location, error
from councilkit.model import (
    TOR_SECTIONS,
    Deck,
    Mandate,
    MandateSlide,
    Project,
    Ref,
    RoadmapSlide,
    TermsOfReference,
    WorkingGroup,
)
from councilkit.validate.scope import Scope


def check_references(project: Project, scope: Scope) -> Iterator[Diagnostic]:
    """Councils, parent groups, co-chairs, mandates and roadmap periods that do not exist."""
    council_ids = [c.id for c in project.settings.councils]
    group_ids = scope.group_ids
    for group in project.groups:
        for ref in group.councils:
            yield from _exists(ref, council_ids, "council", "the councils of project.yaml")
        if group.parent_group is not None:
            yield from _exists(group.parent_group, group_ids, "group", "the groups/ folder")
            if group.parent_group.id == group.id:
                yield _at(group.parent_group, "a group cannot report to itself")
        member_ids = [m.id for m in group.members]
        for co_chair in group.co_chairs:
            yield from _exists(co_chair.member, member_ids, "member", "this group's members")
        yield from _document_references(group, scope)


def _document_references(group: WorkingGroup, scope: Scope) -> Iterator[Diagnostic]:
    mandates = [d.id for d in group.documents if isinstance(d, Mandate)]
    # an unreadable document may be the mandate named: it is reported for its own errors
    unreadable = [u.split("/", 1)[1] for u in scope.unreadable if u.startswith(f"{group.id}/")]
    if unreadable:
        mandates += unreadable
    for document in group.documents:
        if isinstance(document, TermsOfReference):
            if document.mandate is not None:
                yield from _exists(document.mandate, mandates, "mandate", "this group's mandates")
            for section in document.sections:
                if section.after is not None:
                    where = Ref(section.after, section.loc)
                    yield from _exists(where, TOR_SECTIONS, "section", "the standard sections")
        if isinstance(document, Deck):
            for slide in document.slides:
                if isinstance(slide, MandateSlide):
                    if slide.document is not None:
                        yield from _exists(
                            slide.document, mandates, "mandate", "this group's mandates"
                        )
                    elif not mandates:
                        yield error(
                            slide.loc or Location(group.id),
                            "missing-reference",
                            "this mandate slide needs a mandate document in the group; "
                            "add one, or name it with 'document:'",
                        )
                if isinstance(slide, RoadmapSlide):
                    period_ids = [p.id for p in slide.periods]
                    for action in slide.actions:
                        for ref in action.periods:
                            yield from _exists(ref, period_ids, "period", "this slide's periods")


def _exists(ref: Ref, known: Iterable[str], what: str, where: str) -> Iterator[Diagnostic]:
    known = list(known)
    if ref.id in known:
        return
    close = difflib.get_close_matches(ref.id, known, n=1, cutoff=0.6)
    hint = f"; did you mean '{close[0]}'?" if close else ""
    listing = ", ".join(known) if known else "none are declared"
    yield _at(ref, f"no {what} '{ref.id}' in {where}{hint} (known: {listing})")


def _at(ref: Ref, message: str) -> Diagnostic:
    return error(ref.loc or Location("?"), "missing-reference", message)
