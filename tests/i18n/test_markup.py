"""Markup as placeholders: cut into runs and codes, and put back together unchanged."""

from __future__ import annotations

import doctest

import pytest

from councilkit.i18n import markup
from councilkit.i18n.markup import Code, code_counts, join, same_reading, tokens


def test_doctests() -> None:
    result = doctest.testmod(markup)
    assert result.attempted > 0 and result.failed == 0


@pytest.mark.parametrize(
    "text",
    [
        "plain",
        "**bold** and *italic* and **bold *both***",
        "see [the **guide**](https://canada.ca/fr) now",
        r"a literal \* star and a \\ backslash",
        "[not a link] (really)",
    ],
)
def test_join_gives_back_text_that_reads_the_same(text: str) -> None:
    assert same_reading(join(tokens(text)), text)


def test_codes_pair_by_id_and_count_by_kind() -> None:
    items = tokens("**a** [b](https://x.ca) *c*")
    codes = [(t.id, t.kind, t.opens) for t in items if isinstance(t, Code)]
    assert codes == [
        (1, "bold", True), (1, "bold", False),
        (2, "link", True), (2, "link", False),
        (3, "italic", True), (3, "italic", False),
    ]  # fmt: skip
    assert code_counts("**a** [b](https://x.ca) *c*") == {"bold": 1, "link": 1, "italic": 1}
