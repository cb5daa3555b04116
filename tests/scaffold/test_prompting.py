"""Asking the questions: defaults offered, choices by number or name, bad answers asked
again with the same rules as ``--no-input``."""

from __future__ import annotations

import datetime
from collections.abc import Iterator

import pytest

from councilkit.scaffold.answers import ScaffoldError
from councilkit.scaffold.prompting import ask_answers
from councilkit.scaffold.templates import find_template

PROJECT = find_template("project")
TODAY = datetime.date(2026, 11, 24)


class Terminal:
    """Typed lines, in order, and what was shown."""

    def __init__(self, *typed: str) -> None:
        self.typed: Iterator[str] = iter(typed)
        self.shown: list[str] = []

    def read(self, prompt: str) -> str:
        self.shown.append(prompt)
        try:
            return next(self.typed)
        except StopIteration:
            raise EOFError from None

    def say(self, line: str) -> None:
        self.shown.append(line)


def ask(terminal: Terminal, **presets: str) -> dict[str, str]:
    return ask_answers(PROJECT, presets, TODAY, read=terminal.read, say=terminal.say)


def test_empty_answers_take_the_defaults_and_presets_are_offered() -> None:
    terminal = Terminal("", "", "", "", "", "")
    answers = ask(terminal, council="pscioc")
    assert answers["council"] == "pscioc" and answers["source_language"] == "en"
    assert answers["organization_fr"] == "[À rédiger : organisation]"
    assert terminal.shown[2] == (
        "Id of the council (lower case, hyphens) / Identifiant du conseil [pscioc]: "
    )
    assert terminal.shown[5] == (
        "Language texts are written in first / Langue de rédaction\n  1 - en\n  2 - fr\n"
        "Choose / Choisissez [1]: "
    )


@pytest.mark.parametrize(("typed", "chosen"), [("2", "fr"), ("fr", "fr"), (" 1 ", "en")])
def test_a_choice_by_number_or_by_name(typed: str, chosen: str) -> None:
    assert ask(Terminal("", "", "", "", "", typed))["source_language"] == chosen


def test_a_bad_answer_is_explained_and_asked_again() -> None:
    terminal = Terminal("", "", "Bad Id", "ok-id", "", "", "3", "de", "fr")
    answers = ask(terminal)
    assert (answers["council"], answers["source_language"]) == ("ok-id", "fr")
    assert (
        "  council 'Bad Id' must be lower-case letters, digits and hyphens: please answer "
        "again / veuillez répondre de nouveau" in terminal.shown
    )
    assert (
        "  source_language '3' must be en or fr: please answer again / veuillez répondre "
        "de nouveau" in terminal.shown
    )


def test_input_that_ends_early_is_an_error() -> None:
    with pytest.raises(ScaffoldError) as caught:
        ask(Terminal("Org"))
    assert str(caught.value) == (
        "no answer to organization_fr (Organization, in French): the input ended; nothing "
        "was written"
    )
