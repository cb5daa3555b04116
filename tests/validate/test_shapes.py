"""Shapes the renderers rely on are checked, with positions: table rows against their
header (in Word documents and decks), roadmap periods, logic-model columns, timeline spans."""

from __future__ import annotations

from pathlib import Path

import pytest
from contentkit import DECK, MANDATE, content, lines

A, B, C = "{en: a, fr: a}", "{en: b, fr: b}", "{en: c, fr: c}"


def deck(tmp_path: Path, slide: str) -> list[str]:
    return lines(content(tmp_path, groups__g__deck=DECK + slide))


def table_slide(table: str) -> str:
    return f"  - kind: table\n    title: {{en: T, fr: T}}\n    table:\n{table}"


@pytest.mark.parametrize(
    ("table", "line", "message"),
    [
        (
            f"        header: [{A}, {B}]\n        rows:\n          - [{C}]\n",
            "13:14",
            "row 1 of this table has 1 cell but the header has 2 cells; give every row one "
            "cell a column",
        ),
        (
            f"        header: [{A}]\n        rows:\n          - [{B}]\n          - [{B}, {C}]\n",
            "14:14",
            "row 2 of this table has 2 cells but the header has 1 cell; give every row one "
            "cell a column",
        ),
        (
            f"        header: [{A}]\n        rows:\n          - []\n",
            "11:9",
            "row 1 of this table has 0 cells but the header has 1 cell; give every row one "
            "cell a column",
        ),
        (
            "        header: []\n        rows: []\n",
            "11:9",
            "this table's header is empty; give each column a heading in 'header: [...]'",
        ),
    ],
    ids=["short-row", "long-row", "empty-row", "empty-header"],
)
def test_deck_tables_whose_rows_do_not_match_their_header(
    tmp_path: Path, table: str, line: str, message: str
) -> None:
    assert deck(tmp_path, table_slide(table)) == [
        f"groups/g/deck.yaml:{line}: error: {message} [table-shape]"
    ]


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        (
            f"      header: [{A}, {B}]\n      rows:\n        - [{C}]\n",
            "12:12: error: row 1 of this table has 1 cell but the header has 2 cells; give "
            "every row one cell a column [table-shape]",
        ),
        (
            "      header: []\n      rows: []\n",
            "10:7: error: this table's header is empty; give each column a heading in "
            "'header: [...]' [table-shape]",
        ),
        (
            f"      header: [{A}]\n      rows: []\n",
            "10:7: warning: this table has no rows; add rows, or remove the table [empty-table]",
        ),
    ],
    ids=["short-row", "empty-header", "no-rows"],
)
def test_word_tables_are_held_to_the_same_shape(tmp_path: Path, table: str, expected: str) -> None:
    mandate = MANDATE + f"  - table:\n{table}"
    assert lines(content(tmp_path, groups__g__mandate=mandate)) == [
        f"groups/g/mandate.yaml:{expected}"
    ]


def test_a_roadmap_without_periods(tmp_path: Path) -> None:
    slide = "  - kind: roadmap\n    title: {en: R, fr: R}\n    periods: []\n    actions: []\n"
    assert deck(tmp_path, slide) == [
        "groups/g/deck.yaml:8:5: error: this roadmap has no periods; list its columns in "
        "'periods:' (id, en, fr) [missing-field]"
    ]


def test_a_roadmap_period_named_twice(tmp_path: Path) -> None:
    slide = (
        "  - kind: roadmap\n    title: {en: R, fr: R}\n    periods:\n"
        "      - {id: now, en: Now, fr: Maintenant}\n      - {id: now, en: Later, fr: Plus tard}\n"
        "    actions: [{en: Act, fr: Agir, periods: [now]}]\n"
    )
    assert deck(tmp_path, slide) == [
        "groups/g/deck.yaml:12:9: error: period id 'now' is already used on line 11; ids must "
        "be unique [duplicate-id]"
    ]


@pytest.mark.parametrize(
    ("count", "message"),
    [
        (
            0,
            "this logic model has no columns; list them in 'columns:' (heading, items) "
            "[missing-field]",
        ),
        (
            9,
            "this logic model has 9 columns; a slide shows at most 8 readably: merge columns, "
            "or split it over two slides [too-many]",
        ),
    ],
)
def test_logic_models_need_a_few_columns(tmp_path: Path, count: int, message: str) -> None:
    columns = ", ".join(f"{{heading: {A}, items: [{B}]}}" for _ in range(count))
    slide = f"  - kind: logic-model\n    title: {{en: L, fr: L}}\n    columns: [{columns}]\n"
    assert deck(tmp_path, slide) == [f"groups/g/deck.yaml:8:5: error: {message}"]


def test_eight_logic_model_columns_pass(tmp_path: Path) -> None:
    columns = ", ".join(f"{{heading: {A}, items: [{B}]}}" for _ in range(8))
    slide = f"  - kind: logic-model\n    title: {{en: L, fr: L}}\n    columns: [{columns}]\n"
    assert deck(tmp_path, slide) == []


@pytest.mark.parametrize(("end", "months"), [("2020-12-31", None), ("2021-01-01", 61)])
def test_a_timeline_spans_at_most_five_years(tmp_path: Path, end: str, months: int) -> None:
    slide = (
        "  - kind: timeline\n    title: {en: T, fr: T}\n    start: 2016-01-01\n"
        f"    end: {end}\n    activities: []\n"
    )
    expected = (
        [
            f"groups/g/deck.yaml:8:5: error: this timeline spans {months} months; a slide "
            "shows at most 60 (one column a month): split it over several slides [too-many]"
        ]
        if months
        else []
    )
    assert deck(tmp_path, slide) == expected
