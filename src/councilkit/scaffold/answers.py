"""The answers to a template's questions: their defaults and their checks.

Every answer is checked here, in councilkit's own Python, before cookiecutter is called,
with the same rules whether it came from ``key=value`` (``--no-input``) or from a prompt;
a bad answer writes nothing and says what to fix. Free texts (names, acronyms) are kept
exactly as given; they are councilkit text like any other (``*italic*``, ``**bold**``,
links), so broken markup is refused with the message ``check`` would give, as are control
characters and line breaks.
"""

from __future__ import annotations

import datetime
import difflib
import re
import unicodedata
from collections.abc import Iterable, Mapping

from slugify import slugify

from councilkit.errors import CouncilkitError, UsageError
from councilkit.model.inline import MarkupError, lex
from councilkit.scaffold.templates import Question, Template

SAFE_FOLDER = re.compile(r"[a-z0-9][a-z0-9-]{0,63}")
ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_NOT_ON_ONE_LINE = frozenset({"Cc", "Cs", "Zl", "Zp"})  # controls, surrogates, line breaks


class ScaffoldError(CouncilkitError):
    """An answer that would make a package that does not build; nothing was written."""


def parse_pairs(pairs: Iterable[str], *templates: Template) -> dict[str, str]:
    """``key=value`` arguments as a dict; a key no template asks is a usage error."""
    answers: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise UsageError(
                f"'{pair}' is not key=value (for example name_en=\"Data Working Group\")"
            )
        answers[key] = value
    refuse_unknown_keys(answers, *templates)
    return answers


def refuse_unknown_keys(answers: Mapping[str, str], *templates: Template) -> None:
    """Raise :class:`UsageError` for a key that none of ``templates`` asks."""
    keys = tuple(dict.fromkeys(k for t in templates for k in t.keys))
    for key in answers:
        if key not in keys:
            close = difflib.get_close_matches(key, keys, n=1)
            hint = f"; did you mean '{close[0]}'?" if close else ""
            raise UsageError(
                f"template '{templates[0].name}' has no question '{key}'{hint} "
                f"(it asks: {', '.join(keys)})"
            )


def default_answer(question: Question, answers: Mapping[str, str], today: datetime.date) -> str:
    """The answer a question gets when none is given: its ``default``, a folder name made
    from another answer (``default_from``), a date counted from today, or a choice's first."""
    settings = question.settings
    if "default_from" in settings:
        source = answers.get(str(settings["default_from"]), "")
        return str(slugify(source, max_length=64, word_boundary=True))
    if "days_from_today" in settings:
        return (today + datetime.timedelta(days=int(settings["days_from_today"]))).isoformat()
    if question.kind == "choice" and question.choices:
        return question.choices[0]
    return str(settings.get("default", ""))


def complete_answers(
    template: Template, given: Mapping[str, str], today: datetime.date
) -> dict[str, str]:
    """The answers for ``--no-input``: the given ones, a default for each other question
    (required questions have none), every rule checked."""
    answers: dict[str, str] = {}
    for question in template.questions:
        if question.key in given:
            answers[question.key] = given[question.key]
        elif question.required:
            raise ScaffoldError(
                f"{question.key}= is required with --no-input "
                f"({question.prompt.split(' / ')[0]}); nothing was written"
            )
        else:
            answers[question.key] = default_answer(question, answers, today)
    check_answers(template, answers)
    return answers


def check_answers(template: Template, answers: Mapping[str, str]) -> None:
    """Raise :class:`ScaffoldError` listing every bad answer."""
    problems = [
        problem
        for question in template.questions
        if question.key in answers
        for problem in [problem_with(template, question, answers)]
        if problem is not None
    ]
    if problems:
        raise ScaffoldError("; ".join(problems) + "; nothing was written")


def problem_with(template: Template, question: Question, answers: Mapping[str, str]) -> str | None:
    """What is wrong with the answer to ``question`` (read from ``answers``, with the
    answers it depends on), or None."""
    key, value = question.key, answers[question.key]
    kind = question.kind
    if kind == "text":
        return _text_problem(key, value)
    if kind == "folder" and not SAFE_FOLDER.fullmatch(value):
        return (
            f"folder name '{value}' is not a safe folder name: use lower-case letters, "
            "digits and hyphens (for example open-data-standards)"
        )
    if kind == "id" and not SAFE_FOLDER.fullmatch(value):
        return f"{key} '{value}' must be lower-case letters, digits and hyphens"
    if kind == "choice" and value not in question.choices:
        return f"{key} '{value}' must be {' or '.join(question.choices)}"
    if kind == "date":
        return _date_problem(question, answers)
    if kind == "members":
        return _members_problem(template, key, value)
    if kind == "member":
        members = member_codes(template, answers)
        if value not in members:
            return f"{key} '{value}' is not one of the members ({', '.join(members)})"
    return None


def member_codes(template: Template, answers: Mapping[str, str]) -> list[str]:
    """The member codes answered (or the template's default), in order."""
    listed = answers.get("members")
    if listed is None:
        listed = str(template.question("members").settings.get("default", ""))
    return [code.strip() for code in listed.split(",") if code.strip()]


def _text_problem(key: str, value: str) -> str | None:
    if not value.strip():
        return f"{key} is empty"
    for character in value:
        if unicodedata.category(character) in _NOT_ON_ONE_LINE or character in "\ufffe\uffff":
            return (
                f"{key} cannot contain line breaks, tabs or other control characters "
                f"(found U+{ord(character):04X}); write it on one line"
            )
    try:
        lex(value)  # texts are councilkit markup, as everywhere in content
    except MarkupError as exc:
        return f"{key}: {exc} (at character {exc.offset + 1})"
    return None


def _date_problem(question: Question, answers: Mapping[str, str]) -> str | None:
    value = answers[question.key]
    try:
        if not ISO_DATE.fullmatch(value):
            raise ValueError(value)
        day = datetime.date.fromisoformat(value)
    except ValueError:
        return f"{question.key} '{value}' is not a date; write YYYY-MM-DD"
    earliest = question.settings.get("not_before")
    if earliest and ISO_DATE.fullmatch(answers.get(earliest, "")):
        try:
            start = datetime.date.fromisoformat(answers[earliest])
        except ValueError:
            return None  # reported under its own key
        if day < start:
            return f"{question.key} '{value}' is before {earliest} '{start.isoformat()}'"
    return None


def _members_problem(template: Template, key: str, value: str) -> str | None:
    known = template.jurisdictions
    codes = [code.strip() for code in value.split(",") if code.strip()]
    unknown = [code for code in codes if code not in known]
    if unknown:
        return f"unknown jurisdiction '{unknown[0]}' in {key} (use: {', '.join(known)})"
    if not codes:
        return f"{key} is empty: name at least the co-chairs' jurisdictions"
    twice = [code for index, code in enumerate(codes) if code in codes[:index]]
    if twice:
        return f"{key} names '{twice[0]}' twice"
    return None
