"""Asking a template's questions on the terminal, in both languages.

councilkit asks the questions itself (cookiecutter never prompts), so that each answer is
checked as soon as it is typed, with the same rules as ``--no-input``: a bad answer is
explained and asked again, and nothing is written until every answer is good.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping

from councilkit.scaffold.answers import (
    ScaffoldError,
    check_answers,
    default_answer,
    problem_with,
)
from councilkit.scaffold.templates import Question, Template

Read = Callable[[str], str]
"""Shows a prompt and returns the line typed (``input``); raises EOFError at the end."""


def ask_answers(
    template: Template,
    presets: Mapping[str, str],
    today: datetime.date,
    *,
    read: Read = input,
    say: Callable[[str], None] = print,
) -> dict[str, str]:
    """Every question of ``template``, asked in order; a preset (a ``key=value`` given on
    the command line) is offered as the default. Raises :class:`ScaffoldError` when the
    input ends before every question has a good answer."""
    answers: dict[str, str] = {}
    for question in template.questions:
        if question.key in presets:
            default = presets[question.key]
        else:
            default = default_answer(question, answers, today)
        while True:
            answers[question.key] = _ask(question, default, read)
            problem = problem_with(template, question, answers)
            if problem is None:
                break
            say(f"  {problem}: please answer again / veuillez répondre de nouveau")
    check_answers(template, answers)
    return answers


def _ask(question: Question, default: str, read: Read) -> str:
    if question.kind == "choice":
        choices = question.choices
        lines = [question.prompt, *(f"  {n} - {c}" for n, c in enumerate(choices, 1))]
        shown = str(choices.index(default) + 1) if default in choices else default
        typed = _read(question, "\n".join(lines) + f"\nChoose / Choisissez [{shown}]: ", read)
        numbered = {str(n): choice for n, choice in enumerate(choices, 1)}
        return numbered.get(typed.strip(), typed.strip() or default)
    typed = _read(question, f"{question.prompt} [{default}]: ", read)
    return typed if typed else default


def _read(question: Question, prompt: str, read: Read) -> str:
    try:
        return read(prompt)
    except EOFError:
        raise ScaffoldError(
            f"no answer to {question.key} ({question.prompt.split(' / ')[0]}): the input "
            "ended; nothing was written"
        ) from None
