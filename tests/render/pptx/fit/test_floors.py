"""Readable at the back of the room: every run of every slide of the example decks and
of the stress deck, in both languages, has its size set, and no smaller than its role's
floor: 14 pt for body text (nested items too), 12 pt for tables, diagrams, commentary and
captions, 10 pt for footers and the draft label."""

from __future__ import annotations

from typing import Any

import pytest
from pptx.oxml.ns import qn

from councilkit.model import Language
from councilkit.render.pptx.fit import para_size
from councilkit.render.pptx.plan import Para

FOOTER_PLACEHOLDERS = {"ftr", "dt", "sldNum"}
SMALL_SHAPES = {"Commentary", "Caption"}
FOOTER_SHAPES = {"Footer", "Draft label"}


def floor_of(rpr: Any) -> tuple[str, int]:
    """The role of the run ``rpr`` belongs to and its floor in hundredths of a point."""
    name: str | None = None
    placeholder: str | None = None
    in_table = in_group = False
    for node in rpr.iterancestors():
        tag = node.tag.rsplit("}", 1)[-1]
        in_table = in_table or tag == "tbl"
        in_group = in_group or tag == "grpSp"
        if tag in ("sp", "graphicFrame") and name is None:
            (props,) = node.iter(qn("p:cNvPr"))
            name = props.get("name")
            found = list(node.iter(qn("p:ph")))
            placeholder = found[0].get("type") if found else None
    if placeholder in FOOTER_PLACEHOLDERS or name in FOOTER_SHAPES:
        return "footer", 1000
    if in_table or in_group or name in SMALL_SHAPES:
        return "table, diagram or caption", 1200
    return "body", 1400


def too_small(data: bytes, reader: Any) -> list[str]:
    problems = []
    deck = reader.open(data)
    for number, slide in enumerate(deck.slides, start=1):
        for rpr in slide._element.iter(qn("a:rPr")):
            role, floor = floor_of(rpr)
            size = rpr.get("sz")
            text = rpr.getparent().findtext(qn("a:t"))
            if size is None or int(size) < floor:
                problems.append(f"slide {number}: {role} run {text!r} at {size}")
    return problems


@pytest.mark.parametrize("language", list(Language))
@pytest.mark.parametrize("key", ["jcf", "ods"])
def test_example_decks_keep_the_floors(
    key: str,
    language: Language,
    example_decks: dict[tuple[str, Language], bytes],
    reader: Any,
) -> None:
    assert too_small(example_decks[key, language], reader) == []


@pytest.mark.parametrize("language", list(Language))
def test_stress_deck_keeps_the_floors(
    language: Language, stress_decks: dict[Language, bytes], reader: Any
) -> None:
    assert too_small(stress_decks[language], reader) == []


def test_nested_items_stop_shrinking_at_the_reading_floor() -> None:
    nested = Para((), level=1, scale=0.85)
    assert para_size(nested, 20.0) == 17.0
    assert para_size(nested, 15.0) == 14.0
    assert para_size(nested, 12.0) == 12.0  # a table cell set at 12 stays at 12
