"""The answers' rules, and the promise that a free text is written exactly as given."""

from __future__ import annotations

import datetime
import tempfile
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import councilkit
from councilkit.errors import UsageError
from councilkit.scaffold import new
from councilkit.scaffold.answers import (
    ScaffoldError,
    check_answers,
    complete_answers,
    parse_pairs,
    problem_with,
)
from councilkit.scaffold.templates import find_template

GROUP = find_template("working-group")
PROJECT = find_template("project")
TODAY = datetime.date(2026, 11, 24)
GROUP_TEXTS = ("name_en", "name_fr", "acronym_en", "acronym_fr")
PROJECT_TEXTS = ("organization_en", "organization_fr", "council_name_en", "council_name_fr")


def accepted_text(key: str) -> st.SearchStrategy[str]:
    """Any text the checks accept for ``key``."""
    template = GROUP if key in GROUP.keys else PROJECT
    question = template.question(key)
    return st.text(min_size=1, max_size=30).filter(
        lambda value: problem_with(template, question, {key: value}) is None
    )


@settings(
    max_examples=30,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow],
)
@given(st.fixed_dictionaries({key: accepted_text(key) for key in GROUP_TEXTS + PROJECT_TEXTS}))
def test_every_free_text_is_written_exactly_as_given(texts: dict[str, str]) -> None:
    answers = {**texts, "slug": "g", "council": "c", "date": "2026-11-24"}
    with tempfile.TemporaryDirectory() as work:
        content = Path(work) / "content"
        new("working-group", content, answers=answers, no_input=True, today=TODAY)
        group = yaml.safe_load((content / "groups/g/group.yaml").read_text(encoding="utf-8"))
        project = yaml.safe_load((content / "project.yaml").read_text(encoding="utf-8"))
        loaded = councilkit.load(content)
    assert group["name"] == {"en": texts["name_en"], "fr": texts["name_fr"]}
    assert group["acronym"] == {"en": texts["acronym_en"], "fr": texts["acronym_fr"]}
    assert project["organization"] == {
        "en": texts["organization_en"],
        "fr": texts["organization_fr"],
    }
    assert project["councils"][0]["name"] == {
        "en": texts["council_name_en"],
        "fr": texts["council_name_fr"],
    }
    # the model reads a text without the spaces around it (loader.convert: text.strip())
    assert loaded.groups[0].name.en == texts["name_en"].strip()


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("", "name_en is empty"),
        (" \u3000", "name_en is empty"),
        (
            "line\nbreak",
            "name_en cannot contain line breaks, tabs or other control characters "
            "(found U+000A); write it on one line",
        ),
        ("tab\there", "(found U+0009)"),
        ("\x1b[31mred", "(found U+001B)"),
        ("next\x85line", "(found U+0085)"),
        ("line\u2028separator", "(found U+2028)"),
        ("not\ufffea char", "(found U+FFFE)"),
        (
            "{{ 7*7 }} Group",
            "name_en: '*' opens italic text that is never closed; add the closing '*' "
            "(write '\\*' for a literal asterisk) (at character 5)",
        ),
        ("[click](javascript:alert(1))", "name_en: link target 'javascript:alert(1' must start"),
    ],
)
def test_a_text_answer_is_refused_with_what_to_fix(value: str, message: str) -> None:
    problem = problem_with(GROUP, GROUP.question("name_en"), {"name_en": value})
    assert problem is not None and message in problem


@pytest.mark.parametrize(
    "value",
    ["{{ 7\\*7 }} Group", "*ad hoc* group", "**Data** [group](https://canada.ca)", "l’été — ü"],
)
def test_a_text_answer_in_councilkit_markup_is_accepted(value: str) -> None:
    assert problem_with(GROUP, GROUP.question("name_en"), {"name_en": value}) is None


def test_defaults_fill_what_is_not_given() -> None:
    answers = complete_answers(GROUP, {"name_en": "Data Group", "name_fr": "Groupe"}, TODAY)
    assert answers["slug"] == "data-group"
    assert (answers["date"], answers["end_date"]) == ("2026-11-24", "2027-03-24")
    assert (answers["council"], answers["co_chair_pt"], answers["source_language"]) == (
        "council",
        "ON",
        "en",
    )


def test_a_long_name_gives_a_folder_name_that_fits() -> None:
    answers = complete_answers(GROUP, {"name_en": "Data " * 30, "name_fr": "x"}, TODAY)
    assert len(answers["slug"]) <= 64 and not answers["slug"].endswith("-")


def test_every_problem_is_listed_at_once() -> None:
    answers = complete_answers(GROUP, {"name_en": "a", "name_fr": "b"}, TODAY)
    with pytest.raises(ScaffoldError) as caught:
        check_answers(GROUP, {**answers, "slug": "A", "name_fr": "x\ny", "members": "ZZ"})
    assert str(caught.value) == (
        "name_fr cannot contain line breaks, tabs or other control characters (found "
        "U+000A); write it on one line; folder name 'A' is not a safe folder name: use "
        "lower-case letters, digits and hyphens (for example open-data-standards); unknown "
        "jurisdiction 'ZZ' in members (use: federal, AB, BC, MB, NB, NL, NS, NT, NU, ON, PE, "
        "QC, SK, YT, municipal, other); co_chair_federal 'federal' is not one of the members "
        "(ZZ); co_chair_pt 'ON' is not one of the members (ZZ); nothing was written"
    )


@pytest.mark.parametrize(
    ("pairs", "message"),
    [
        (["name_en"], "'name_en' is not key=value"),
        (["=x"], "'=x' is not key=value"),
        (["folder=content"], "template 'working-group' has no question 'folder'"),
    ],
)
def test_pairs_that_are_not_answers_are_usage_errors(pairs: list[str], message: str) -> None:
    with pytest.raises(UsageError, match=message):
        parse_pairs(pairs, GROUP)


def test_a_value_may_hold_equals_signs() -> None:
    assert parse_pairs(["name_en=a=b"], GROUP) == {"name_en": "a=b"}
