"""Slide N is the same slide in English and French: the decks of the example content and
of a stress deck (French texts much longer, long lists and tables) reopened in both
languages have the same slides, kinds and continuation marks; continuations are balanced."""

from __future__ import annotations

import re
from typing import Any

import pytest

from councilkit.localize import Run
from councilkit.model import Language
from councilkit.render.pptx.fit import paginate
from councilkit.render.pptx.fit.pages import balanced_breaks
from councilkit.render.pptx.plan import Box, Para

MARK = {Language.EN: r" \(cont\u2019d( \d+)?\)$", Language.FR: r" \(suite( \d+)?\)$"}


def outline(data: bytes, language: Language, reader: Any) -> list[tuple[str, str]]:
    """Each slide's kind and continuation mark ('' on a first slide, else its number)."""
    deck = reader.open(data)
    result = []
    for slide in deck.slides:
        title = slide.shapes.title.text_frame.text
        found = re.search(MARK[language], title)
        mark = "" if found is None else (found.group(1) or " 1").strip()
        result.append((slide._element.cSld.get("name"), mark))
    return result


@pytest.mark.parametrize("key", ["jcf", "ods"])
def test_example_decks_have_the_same_slides_in_both_languages(
    key: str, example_decks: dict[tuple[str, Language], bytes], reader: Any
) -> None:
    english = outline(example_decks[key, Language.EN], Language.EN, reader)
    french = outline(example_decks[key, Language.FR], Language.FR, reader)
    assert english == french


def test_stress_deck_has_the_same_slides_in_both_languages(
    stress_decks: dict[Language, bytes], reader: Any
) -> None:
    english = outline(stress_decks[Language.EN], Language.EN, reader)
    french = outline(stress_decks[Language.FR], Language.FR, reader)
    assert english == french
    kinds = [kind for kind, _ in english]
    # the French list, table and members run over; the English follow them
    assert kinds.count("bullets") >= 2 and kinds.count("table") >= 2
    assert kinds.count("members") == 2
    assert ("bullets", "1") in english and ("table", "1") in english


def test_stress_deck_continuations_are_balanced(
    stress_decks: dict[Language, bytes], reader: Any
) -> None:
    for language in Language:
        deck = reader.open(stress_decks[language])
        for slide in deck.slides:
            for shape in slide.shapes:
                if getattr(shape, "has_table", False):
                    assert len(shape.table.rows) - 1 >= 3, slide.shapes.title.text_frame.text
            kind = slide._element.cSld.get("name")
            if kind == "bullets":
                body = slide.placeholders[1].text_frame
                tops = [p for p in body.paragraphs if p.level == 0 and p.text.strip()]
                assert len(tops) >= 3, slide.shapes.title.text_frame.text


def test_the_twin_text_decides_the_size_and_the_breaks() -> None:
    box = Box(0, 0, 300, 100)
    short = [[Para((Run("Short"),))] for _ in range(6)]
    long_twin = [
        [Para((Run("Short"),), twin=(Run("Une formulation bien plus longue"),))] for _ in range(6)
    ]
    assert len(paginate(short, box, 20)) < len(paginate(long_twin, box, 20))


def test_balanced_breaks_leave_no_lone_row() -> None:
    assert balanced_breaks([10.0] * 7, 60.0) == [[0, 1, 2, 3], [4, 5, 6]]
    assert balanced_breaks([10.0] * 3, 60.0) == [[0, 1, 2]]
    assert balanced_breaks([], 60.0) == [[]]


def test_paginate_spreads_units_evenly() -> None:
    box = Box(0, 0, 300, 160)
    units = [[Para((Run(f"Item {i}"),))] for i in range(7)]
    pages = paginate(units, box, 20)
    sizes = sorted(len(page) for page in pages)
    assert len(pages) == 2 and sizes[0] >= 3, sizes
