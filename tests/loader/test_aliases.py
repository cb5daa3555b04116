"""Aliases are measured by what they repeat, in values and in characters of text; a long
file written out in full is not an alias bomb."""

from __future__ import annotations

from pathlib import Path

from contentkit import DECK, MANDATE, content, lines

from councilkit.loader.source import ALIASED_TEXT_ALLOWANCE, MAX_ALIASED_NODES

BAD = "groups/g/mandate.yaml"


def test_a_long_text_aliased_thousands_of_times_is_refused_at_the_alias(tmp_path: Path) -> None:
    text = MANDATE + 'long: &l "' + "x" * 300_000 + '"\n' + "many: [" + ", *l" * 3000 + "]\n"
    text = text.replace("[, ", "[")
    root = content(tmp_path, groups__g__mandate=text)
    size = len((root / BAD).read_text(encoding="utf-8"))
    limit = 2 * size + ALIASED_TEXT_ALLOWANCE
    # The sixth alias is the first whose text goes past the limit: 6 × 300,000 characters.
    assert 5 * 300_000 <= limit < 6 * 300_000
    column = len("many: [") + 1 + 5 * len("*l, ")
    assert lines(root) == [
        f"{BAD}:10:{column}: error: the aliases up to this one repeat 1,800,000 characters "
        f"of text, more than the limit of {limit:,} for this file (a 'billion laughs' "
        "file); write the values out instead of using '&' and '*' [alias-bomb]"
    ]


def test_short_texts_aliased_a_few_times_are_fine(tmp_path: Path) -> None:
    text = MANDATE + 'note: &n "A short note"\nagain: [*n, *n, *n]\n'
    found = lines(content(tmp_path, groups__g__mandate=text))
    assert [f for f in found if "alias" in f] == []


def test_aliases_repeating_too_many_values_are_refused_at_the_alias(tmp_path: Path) -> None:
    row = "[" + ", ".join(["1"] * 1000) + "]"
    text = MANDATE + f"row: &r {row}\nrows: [" + ", ".join(["*r"] * 200) + "]\n"
    found = lines(content(tmp_path, groups__g__mandate=text))
    # Each alias repeats 1,001 values: the 100th goes past the limit.
    column = len("rows: [") + 1 + 99 * len("*r, ")
    assert found == [
        f"{BAD}:10:{column}: error: the aliases up to this one repeat more than "
        f"{MAX_ALIASED_NODES:,} values (a 'billion laughs' file); write the values out "
        "instead of using '&' and '*' [alias-bomb]"
    ]


def test_ten_thousand_slides_written_out_are_not_an_alias_bomb(tmp_path: Path) -> None:
    slides = "".join(
        f"  - {{kind: closing, title: {{en: Slide {i}, fr: Diapositive {i}}}}}\n"
        for i in range(10_000)
    )
    assert lines(content(tmp_path, groups__g__deck=DECK + slides)) == []
