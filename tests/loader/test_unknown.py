"""An unknown field is reported with the fields allowed there, a suggestion only when one
is a few edits away, and, for a text cut by an unquoted comma, the advice to quote it."""

from __future__ import annotations

from pathlib import Path

import pytest
from contentkit import DECK, GROUP, content, lines

from councilkit.loader.unknown import allowed_fields, closest, edit_distance

COLUMNS = (
    "  - kind: two-columns\n    title: {{en: C, fr: C}}\n    left:\n"
    "      {key}: {{en: Left, fr: Gauche}}\n      items: [{{en: a, fr: a}}]\n"
    "    right:\n      heading: {{en: Right, fr: Droite}}\n      items: [{{en: b, fr: b}}]\n"
)


def deck_lines(tmp_path: Path, slides: str) -> list[str]:
    return [
        line
        for line in lines(content(tmp_path, groups__g__deck=DECK + slides))
        if "[unknown-field]" in line
    ]


def test_a_far_key_lists_the_allowed_fields_and_suggests_nothing(tmp_path: Path) -> None:
    assert deck_lines(tmp_path, COLUMNS.format(key="title")) == [
        "groups/g/deck.yaml:11:7: error: unknown field 'title' in column "
        "(the fields allowed here are: heading, items) [unknown-field]"
    ]


def test_a_close_key_is_suggested(tmp_path: Path) -> None:
    assert deck_lines(tmp_path, COLUMNS.format(key="headng")) == [
        "groups/g/deck.yaml:11:7: error: unknown field 'headng' in column; did you mean "
        "'heading'? (the fields allowed here are: heading, items) [unknown-field]"
    ]


def test_a_comma_in_an_unquoted_job_title_advises_quotes(tmp_path: Path) -> None:
    group = GROUP.replace(
        "    jurisdiction: federal\n",
        "    jurisdiction: federal\n"
        "    position: {en: Director, Digital, fr: Directrice, numérique}\n",
    )
    found = [
        line
        for line in lines(content(tmp_path, groups__g__group=group))
        if "[unknown-field]" in line
    ]
    assert found == [
        "groups/g/group.yaml:9:30: error: unknown field 'Digital' in this text (only 'en' and "
        "'fr' may be given): a comma or colon ends an unquoted text, so 'Digital' was read as "
        'a field; quote the text: en: "Director, Digital" [unknown-field]',
        "groups/g/group.yaml:9:55: error: unknown field 'numérique' in this text (only 'en' "
        "and 'fr' may be given): a comma or colon ends an unquoted text, so 'numérique' was "
        'read as a field; quote the text: fr: "Directrice, numérique" [unknown-field]',
    ]


def test_an_unknown_key_with_a_value_in_a_flow_text_is_not_taken_for_a_comma(
    tmp_path: Path,
) -> None:
    group = GROUP.replace(
        "    jurisdiction: federal\n",
        "    jurisdiction: federal\n    position: {en: Director, de: Direktor, fr: Directrice}\n",
    )
    found = [line for line in lines(content(tmp_path, groups__g__group=group)) if "'de'" in line]
    assert len(found) == 1 and "quote" not in found[0], found


@pytest.mark.parametrize(
    ("a", "b", "distance"),
    [
        ("heading", "heading", 0),
        ("headng", "heading", 1),
        ("haeding", "heading", 1),
        ("title", "items", 4),
        ("", "en", 2),
    ],
)
def test_edit_distance(a: str, b: str, distance: int) -> None:
    assert edit_distance(a, b) == distance


def test_closest_needs_few_edits() -> None:
    assert closest("heading", ["items"]) is None
    assert closest("statuss", ["status", "date"]) == "status"
    assert closest("Title", ["title"]) == "title"


def test_many_allowed_fields_show_the_closest_and_a_count() -> None:
    choices = [f"field{n:02d}" for n in range(20)]
    assert allowed_fields("field07", choices) == (
        "the fields allowed here include: field07, field00, field01, field02, field03, "
        "field04, field05, field06 and 12 more"
    )
    assert allowed_fields("x", ["b", "a"]) == "the fields allowed here are: a, b"
