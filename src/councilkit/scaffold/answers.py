"""The answers given to a template on the command line (``key=value``), checked before
cookiecutter runs, so that a bad answer writes nothing and says what to fix."""

from __future__ import annotations

import datetime
import difflib
import re
from collections.abc import Iterable
from typing import Any

from slugify import slugify

from councilkit.errors import CouncilkitError, UsageError
from councilkit.scaffold.templates import Template

SAFE_FOLDER = re.compile(r"[a-z0-9][a-z0-9-]{0,63}")
_UNSAFE_TEXT = re.compile(r'["\\\x00-\x1f\x7f]')


class ScaffoldError(CouncilkitError):
    """An answer that would make a package that does not build; nothing was written."""


def parse_pairs(pairs: Iterable[str], *templates: Template) -> dict[str, str]:
    """``key=value`` arguments as a dict; a key no template asks is a usage error."""
    questions = tuple(dict.fromkeys(q for t in templates for q in t.questions))
    name = templates[0].name
    answers: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise UsageError(
                f"'{pair}' is not key=value (for example name_en=\"Data Working Group\")"
            )
        if key not in questions:
            close = difflib.get_close_matches(key, questions, n=1)
            hint = f"; did you mean '{close[0]}'?" if close else ""
            raise UsageError(
                f"template '{name}' has no question '{key}'{hint} (it asks: {', '.join(questions)})"
            )
        answers[key] = value
    return answers


def complete_answers(
    template: Template, given: dict[str, str], *, no_input: bool
) -> dict[str, str]:
    """The given answers, with the folder name derived and every rule checked. Without
    input, the names in both languages are required."""
    answers = dict(given)
    questions = template.questions
    if no_input:
        for key in ("name_en", "name_fr"):
            if key in questions and not answers.get(key, "").strip():
                raise ScaffoldError(
                    f"{key}= is required with --no-input (the group's name in "
                    f"{'English' if key.endswith('en') else 'French'})"
                )
    if "slug" in questions and "slug" not in answers and "name_en" in answers:
        answers["slug"] = slugify(answers["name_en"])
    check_answers(template, answers)
    return answers


def check_answers(template: Template, answers: dict[str, Any]) -> None:
    """Raise :class:`ScaffoldError` listing every bad answer."""
    problems: list[str] = []
    if "slug" in answers and not SAFE_FOLDER.fullmatch(str(answers["slug"])):
        problems.append(
            f"folder name '{answers['slug']}' is not a safe folder name: use lower-case "
            "letters, digits and hyphens (for example open-data-standards)"
        )
    for key in ("council", "folder"):
        if key in answers and not SAFE_FOLDER.fullmatch(str(answers[key])):
            problems.append(
                f"{key} '{answers[key]}' must be lower-case letters, digits and hyphens"
            )
    for key, value in answers.items():
        if key.startswith(("name_", "acronym_", "organization_", "council_name_")):
            if not str(value).strip():
                problems.append(f"{key} is empty")
            elif _UNSAFE_TEXT.search(str(value)):
                problems.append(f"{key} cannot contain quotes, backslashes or line breaks")
    problems.extend(_jurisdiction_problems(template, answers))
    for key in ("date", "end_date"):
        if key in answers:
            try:
                datetime.date.fromisoformat(str(answers[key]))
            except ValueError:
                problems.append(f"{key} '{answers[key]}' is not a date; write YYYY-MM-DD")
    if "source_language" in answers and answers["source_language"] not in ("en", "fr"):
        problems.append(f"source_language '{answers['source_language']}' must be en or fr")
    if problems:
        raise ScaffoldError("; ".join(problems) + "; nothing was written")


def _jurisdiction_problems(template: Template, answers: dict[str, Any]) -> list[str]:
    known = template.context.get("_jurisdictions")
    if not isinstance(known, dict):
        return []
    default = str(template.context.get("members", ""))
    members = [m.strip() for m in str(answers.get("members", default)).split(",") if m.strip()]
    problems = [
        f"unknown jurisdiction '{code}' in members (use: {', '.join(known)})"
        for code in members
        if code not in known
    ]
    if not members:
        problems.append("members is empty: name at least the co-chairs' jurisdictions")
    for key in ("co_chair_federal", "co_chair_pt"):
        code = str(answers.get(key, template.context.get(key, "")))
        if code not in members:
            problems.append(f"{key} '{code}' is not one of the members ({', '.join(members)})")
    return problems
