"""Chart data that cannot be drawn is a diagnostic with its position and a fix, never a
traceback; a build with one writes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from buildkit import tree
from contentkit import content, lines

from councilkit.cli import main

HEAD = """\
schema: 1
kind: deck
title: {en: Deck, fr: Présentation}
version: "1.0"
status: STATUS
date: 2016-09-14
slides:
  - kind: chart
    title: {en: Budget, fr: Budget}
"""


def deck(body: str, status: str = "approved") -> str:
    return HEAD.replace("STATUS", status) + body


def check(tmp_path: Path, body: str, status: str = "approved") -> list[str]:
    return lines(content(tmp_path / "content", groups__g__deck=deck(body, status)))


def test_a_series_needs_one_value_per_category(tmp_path: Path) -> None:
    body = """\
    chart: column
    categories: [{en: A, fr: A}, {en: B, fr: B}, {en: C, fr: C}]
    series:
      - {en: S, fr: S, values: [1, 2, 3]}
      - en: T
        fr: T
        values: [1, 2]
      - {en: U, fr: U, values: [1, 2, 3, 4]}
"""
    assert check(tmp_path, body) == [
        "groups/g/deck.yaml:14:9: error: this series has 2 values but the chart has 3 "
        "categories; give one value per category, in the order of 'categories' [chart-data]",
        "groups/g/deck.yaml:17:9: error: this series has 4 values but the chart has 3 "
        "categories; give one value per category, in the order of 'categories' [chart-data]",
    ]


@pytest.mark.parametrize(
    ("value", "found"),
    [
        ("'1 000'", "the value '1 000'"),
        ("'37,5'", "the value '37,5'"),
        ("12%", "the value '12%'"),
        ("[1]", "a list"),
        ("~", "empty"),
    ],
)
def test_values_are_numbers(tmp_path: Path, value: str, found: str) -> None:
    body = f"""\
    chart: column
    categories: [{{en: A, fr: A}}, {{en: B, fr: B}}]
    series:
      - {{en: S, fr: S, values: [1, {value}]}}
"""
    assert check(tmp_path, body) == [
        "groups/g/deck.yaml:13:36: error: 'values' must be a number such as 1000 or 37.5 "
        f"(a point before decimals, no spaces), but this is {found} [wrong-type]"
    ]


def test_negative_and_decimal_values_are_numbers(tmp_path: Path) -> None:
    body = """\
    chart: line
    categories: [{en: A, fr: A}, {en: B, fr: B}]
    series: [{en: S, fr: S, values: [-1.25, 1000000]}]
"""
    assert check(tmp_path, body) == []


def test_a_pie_has_one_series(tmp_path: Path) -> None:
    body = """\
    chart: pie
    categories: [{en: A, fr: A}]
    series:
      - {en: S, fr: S, values: [1]}
      - {en: T, fr: T, values: [2]}
      - {en: U, fr: U, values: [3]}
"""
    assert check(tmp_path, body) == [
        "groups/g/deck.yaml:14:9: error: a pie chart shows one series, but this one has 3; "
        "keep one series, or use a column or bar chart to compare series [chart-data]"
    ]


def test_a_pie_has_no_negative_value(tmp_path: Path) -> None:
    body = """\
    chart: pie
    categories: [{en: A, fr: A}, {en: B, fr: B}]
    series:
      - {en: S, fr: S, values: [3, -1.5]}
"""
    assert check(tmp_path, body) == [
        "groups/g/deck.yaml:13:9: error: a pie chart cannot show a negative value (-1.5); "
        "use a column or bar chart [chart-data]"
    ]
    # A bar chart may show it.
    assert check(tmp_path, body.replace("chart: pie", "chart: bar")) == []


def test_a_chart_needs_categories_and_series(tmp_path: Path) -> None:
    body = """\
    chart: column
    categories: []
    series: []
"""
    assert check(tmp_path, body) == [
        "groups/g/deck.yaml:8:5: error: this chart has no categories; list them under "
        "'categories:' [chart-data]",
        "groups/g/deck.yaml:8:5: error: this chart has no series; list them under "
        "'series:' [chart-data]",
    ]


def test_unknown_chart_type_lists_the_known_ones(tmp_path: Path) -> None:
    body = """\
    chart: columns
    categories: [{en: A, fr: A}]
    series: [{en: S, fr: S, values: [1]}]
"""
    assert check(tmp_path, body) == [
        "groups/g/deck.yaml:10:12: error: 'columns' is not a valid chart; did you mean "
        "'column'? (use one of: bar, column, stacked-bar, stacked-column, line, pie) "
        "[bad-value]"
    ]


@pytest.mark.parametrize(("status", "severity"), [("approved", "error"), ("draft", "warning")])
def test_a_missing_language_in_a_label_follows_the_bilingual_rules(
    tmp_path: Path, status: str, severity: str
) -> None:
    body = """\
    chart: column
    categories: [{en: A, fr: A}, {en: Second}]
    series:
      - en: Budget
        values: [1, 2]
"""
    assert check(tmp_path, body, status) == [
        f"groups/g/deck.yaml:11:34: {severity}: missing French text; add 'fr:' (the English "
        f"reads: “Second”){'; allowed while a draft' if severity == 'warning' else ''} "
        "[missing-translation]",
        f"groups/g/deck.yaml:13:9: {severity}: missing French text; add 'fr:' (the English "
        f"reads: “Budget”){'; allowed while a draft' if severity == 'warning' else ''} "
        "[missing-translation]",
    ]


def test_a_category_written_in_one_line_is_refused_with_a_fix(tmp_path: Path) -> None:
    body = """\
    chart: column
    categories: ["2016"]
    series: [{en: S, fr: S, values: [1]}]
"""
    assert check(tmp_path, body) == [
        "groups/g/deck.yaml:11:18: error: 'categories' must be given in both languages, on "
        "two lines 'en: …' and 'fr: …' [not-bilingual]"
    ]


def test_a_build_with_bad_chart_data_exits_1_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    body = """\
    chart: pie
    categories: [{en: A, fr: A}]
    series: [{en: S, fr: S, values: [-1]}]
"""
    root = content(tmp_path / "content", groups__g__deck=deck(body))
    out = tmp_path / "out"
    out.mkdir()
    (out / "notes.txt").write_bytes(b"kept")
    before = tree(tmp_path)
    assert main(["build", str(root), "-o", str(out)]) == 1
    assert tree(tmp_path) == before
    captured = capsys.readouterr()
    err = captured.out + captured.err  # problems on stdout, the verdict on stderr
    assert "deck.yaml:12:14: error: a pie chart cannot show a negative value (-1)" in err
    assert "Traceback" not in err
