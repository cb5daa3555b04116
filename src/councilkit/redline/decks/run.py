"""The deck redlines of one group in a redline run (:mod:`councilkit.redline.job`): each
deck chosen, in each language, made in memory with its manifest entry."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from councilkit.build.manifest import ManifestEntry, document_facts
from councilkit.build.naming import output_name
from councilkit.errors import UsageError
from councilkit.model import Deck, Language, WorkingGroup
from councilkit.redline.decks.document import DeckSide, deck_redline
from councilkit.redline.source import Version

Made = tuple[str, bytes, ManifestEntry]
"""A file to write: its name, its bytes, what the manifest says of it."""


def group_decks(
    versions: tuple[Version, Version],
    groups: tuple[WorkingGroup, WorkingGroup],
    languages: Sequence[Language],
    documents: Sequence[str] | None,
    *,
    epoch: int | None,
    report: Callable[[str], None],
) -> tuple[list[Made], set[str]]:
    """The redlines of the decks of a group (at its old and new ``versions``) and the ids
    of the decks chosen; ``report`` hears a line per deck without changes. A deck new in
    this version has nothing to compare with: a line says so, unless it was asked for by
    its id (an error); so does a deck of the old version that is gone."""
    (old, new), (old_group, group) = versions, groups
    old_decks = {d.id: d for d in old_group.documents if isinstance(d, Deck)}
    made: list[Made] = []
    seen: set[str] = set()
    for deck in group.documents:
        if not isinstance(deck, Deck) or (documents and deck.id not in documents):
            continue
        seen.add(deck.id)
        where = f"{group.id}/{deck.id}"
        if deck.id not in old_decks:
            if documents:
                raise UsageError(f"{old.label} has no deck '{deck.id}' in group '{group.id}'")
            report(f"{where}: a new deck, not in {old.label}: no redline")
            continue
        before = DeckSide(old, old_group, old_decks[deck.id])
        after = DeckSide(new, group, deck)
        for language in languages:
            data = deck_redline(before, after, language, epoch=epoch)
            if data is None:
                report(f"{where} ({language.value}): no change")
                continue
            name = output_name(new.project.settings.output, group, deck, language, ".docx")
            name = name.removesuffix(".docx") + "-redline.docx"
            entry = ManifestEntry.of(name, data, **document_facts(group.id, deck, language))
            made.append((name, data, entry))
    for gone in sorted(old_decks.keys() - {d.id for d in group.documents}):
        if not documents:
            report(f"{group.id}/{gone}: not in the new version: no redline")
    return made, seen
