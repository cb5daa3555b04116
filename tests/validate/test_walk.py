"""Walking the model: a walk that skips the fields that cannot hold what it looks for finds
every record a walk through every field finds, in the same order."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from councilkit import model
from councilkit.loader import load_content
from councilkit.model import (
    BilingualText,
    ContentPath,
    Deck,
    ListItem,
    Ref,
    TableData,
    TermsOfReference,
)
from councilkit.validate.walk import iter_records, iter_texts

EXAMPLE_CONTENT = Path(__file__).resolve().parents[2] / "content"
KINDS = sorted(
    {
        kind
        for kind in vars(model).values()
        if isinstance(kind, type) and dataclasses.is_dataclass(kind)
    }
    | {ContentPath, Ref},
    key=lambda kind: kind.__name__,
)


def every_field(obj: Any, kind: type[Any]) -> Iterator[Any]:
    """The walk through every field, as it was written before it skipped any."""
    if isinstance(obj, kind):
        yield obj
    if isinstance(obj, tuple):
        for item in obj:
            yield from every_field(item, kind)
    elif dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        for f in dataclasses.fields(obj):
            if f.name not in ("loc", "documents"):
                yield from every_field(getattr(obj, f.name), kind)


@pytest.fixture(scope="module")
def records() -> list[Any]:
    project = load_content(EXAMPLE_CONTENT).project
    assert project is not None
    groups = list(project.groups)
    return [project.settings, *groups, *(d for g in groups for d in g.documents)]


@pytest.mark.parametrize("kind", KINDS, ids=lambda kind: kind.__name__)
def test_the_walk_finds_what_a_walk_through_every_field_finds(
    records: list[Any], kind: type[Any]
) -> None:
    for record in records:
        assert [id(r) for r in iter_records(record, kind)] == [
            id(r) for r in every_field(record, kind)
        ]


def test_the_example_content_holds_the_kinds_walked_for(records: list[Any]) -> None:
    decks = [r for r in records if isinstance(r, Deck)]
    assert decks
    assert [t for deck in decks for t in iter_records(deck, TableData)]  # inside slides
    terms = [r for r in records if isinstance(r, TermsOfReference)]
    assert [i for t in terms for i in iter_records(t, ListItem)]


def test_records_in_a_field_typed_by_their_family_are_found() -> None:
    inner = ListItem(text=BilingualText(en="b", fr="b"))
    outer = ListItem(text=BilingualText(en="a", fr="a"), items=(inner,))
    assert list(iter_records(outer, ListItem)) == [outer, inner]
    assert [t.en for t in iter_texts(outer)] == ["a", "b"]
    assert list(iter_records("text", ListItem)) == []
