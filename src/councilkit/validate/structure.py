"""Rules on the shape of content that types alone cannot say."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from councilkit.diagnostics import Diagnostic, Location, error, warning
from councilkit.model import (
    Deck,
    Document,
    Language,
    Project,
    RoadmapSlide,
    Slide,
    TimelineSlide,
    WorkingGroup,
)
from councilkit.validate.scope import Scope


def check_structure(project: Project, scope: Scope) -> Iterator[Diagnostic]:
    """Unique ids, titles on slides, dates in order, co-chairs and version histories."""
    settings = project.settings
    if settings.source_language not in settings.languages:
        yield error(
            _at(settings.loc),
            "bad-value",
            f"source_language '{settings.source_language}' is not one of the languages",
        )
    if len(set(settings.languages)) != len(settings.languages):
        yield error(
            settings.loc or Location("project.yaml"), "duplicate-id", "a language is listed twice"
        )
    yield from _unique(settings.councils, "council")
    for group in project.groups:
        yield from _unique(group.members, "member")
        yield from _co_chairs(group)
        for document in group.documents:
            yield from _history(document)
            if isinstance(document, Deck):
                yield from _deck(document, settings.languages)


def _unique(records: Iterable[Any], what: str) -> Iterator[Diagnostic]:
    seen: dict[str, Any] = {}
    for record in records:
        first = seen.setdefault(record.id, record)
        if first is not record:
            line = first.loc.line if first.loc else "?"
            yield error(
                _at(record.loc),
                "duplicate-id",
                f"{what} id '{record.id}' is already used on line {line}; ids must be unique",
            )


def _co_chairs(group: WorkingGroup) -> Iterator[Diagnostic]:
    seen: set[str] = set()
    for co_chair in group.co_chairs:
        if co_chair.member.id in seen:
            yield error(
                _at(co_chair.member.loc, group.loc),
                "duplicate-id",
                f"'{co_chair.member.id}' is named co-chair twice",
            )
        seen.add(co_chair.member.id)
    members = [group.member(c.member.id) for c in group.co_chairs]
    jurisdictions = [m.jurisdiction for m in members if m is not None]
    if len(jurisdictions) == len(group.co_chairs) == 2:
        federal = sum(1 for j in jurisdictions if j.value == "federal")
        pt = sum(1 for j in jurisdictions if j.is_provincial_or_territorial)
        if (federal, pt) != (1, 1):
            yield warning(
                _at(group.co_chairs[0].loc, group.loc),
                "co-chairs",
                "FPT groups usually have one federal and one provincial or territorial "
                "co-chair; check that this is intended",
            )


def _history(document: Document) -> Iterator[Diagnostic]:
    dates = [entry.date for entry in document.history]
    for previous, entry in zip(document.history, document.history[1:], strict=False):
        if entry.date < previous.date:
            yield error(
                _at(entry.loc),
                "history-order",
                "version history must run from oldest to newest; this entry is older "
                "than the one above it",
            )
    if document.history:
        last = document.history[-1]
        if last.version != document.version:
            yield warning(
                _at(last.loc),
                "history-version",
                f"the document is version {document.version} but its latest history entry "
                f"is {last.version}; add an entry for {document.version}",
            )
        if max(dates) > document.date:
            yield warning(
                _at(last.loc),
                "history-date",
                "a history entry is dated after the document's own date",
            )


def _deck(deck: Deck, languages: tuple[Language, ...]) -> Iterator[Diagnostic]:
    if deck.title is None:
        yield error(
            _at(deck.loc), "missing-field", "a deck needs a 'title:' (its title slide shows it)"
        )
    ids = [s for s in deck.slides if s.id is not None]
    yield from _unique(ids, "slide")
    for language in languages:
        seen: dict[str, Slide] = {}
        for slide in deck.slides:
            if slide.title is None:
                continue
            title = (slide.title.get(language) or "").strip().casefold()
            if not title:
                continue
            first = seen.setdefault(title, slide)
            if first is not slide:
                line = first.loc.line if first.loc else "?"
                yield error(
                    _at(slide.title.loc, slide.loc),
                    "duplicate-title",
                    f"two slides share the title '{slide.title.get(language)}' (also on line "
                    f"{line}); slide titles must be unique so readers can tell them apart "
                    "(add a label such as '(cont’d)' or reword one)",
                )
    for slide in deck.slides:
        if slide.title is None and not slide.TITLE_OPTIONAL:
            yield error(
                _at(slide.loc), "missing-field", f"this {slide.KIND} slide needs a 'title:'"
            )
        if isinstance(slide, TimelineSlide):
            yield from _timeline(slide)
        if isinstance(slide, RoadmapSlide):
            yield from _unique(slide.periods, "period")


def _timeline(slide: TimelineSlide) -> Iterator[Diagnostic]:
    if slide.end < slide.start:
        yield error(
            _at(slide.loc),
            "date-order",
            "the timeline ends before it starts; swap 'start' and 'end'",
        )
        return
    for activity in slide.activities:
        if activity.end < activity.start:
            yield error(
                _at(activity.loc),
                "date-order",
                f"this activity ends ({activity.end}) before it starts ({activity.start})",
            )
        elif activity.start < slide.start or activity.end > slide.end:
            yield warning(
                _at(activity.loc),
                "date-range",
                "this activity runs outside the timeline's start and end; it will be cut",
            )
    for milestone in slide.milestones:
        if not slide.start <= milestone.date <= slide.end:
            yield error(
                _at(milestone.loc),
                "date-range",
                f"this milestone ({milestone.date}) is outside the timeline "
                f"({slide.start} to {slide.end})",
            )


def _at(*candidates: Location | None) -> Location:
    """The first known location; every loaded record has one."""
    return next((c for c in candidates if c is not None), Location("<content>"))
