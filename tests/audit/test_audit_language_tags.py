"""Language tags screen readers can use: well-formed BCP 47 with a known language, script
and region."""

from __future__ import annotations

import pytest

from councilkit.audit.language_tags import tag_problem


@pytest.mark.parametrize(
    "tag",
    ["en-CA", "fr-CA", "FR-ca", "en", "iu-Cans-CA", "zh-Hant-TW", "es-419", "de-CH-1901",
     "en-US-x-twain", "x-none", "0409", "mic-CA", "zh-yue"],
)  # fmt: skip
def test_tags_screen_readers_can_use(tag: str) -> None:
    assert tag_problem(tag) is None


@pytest.mark.parametrize(
    ("tag", "problem"),
    [
        ("xx-YY-ZZZ-1", "'xx-YY-ZZZ-1' is not a language tag"),
        ("english", "'english' does not start with a known language"),
        ("xx", "'xx' does not start with a known language"),
        ("engl", "'engl' does not start with a known language"),
        ("en_CA", "'en_CA' is not a language tag"),
        ("", "'' is not a language tag"),
        ("en-ZZZ", "'en-ZZZ' names an unknown language (zzz)"),
        ("en-Qqqq", "'en-Qqqq' names an unknown script (Qqqq)"),
        ("en-QQ", "'en-QQ' names an unknown region (QQ)"),
        ("en-CA-", "'en-CA-' is not a language tag"),
    ],
)
def test_tags_that_are_not_usable_say_why(tag: str, problem: str) -> None:
    assert tag_problem(tag) == problem
