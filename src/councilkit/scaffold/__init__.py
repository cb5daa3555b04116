"""Scaffolding: ``councilkit new`` makes a working group's content package that builds on
the first try (cookiecutter lives here and nowhere else).

Answers are data: they are asked and checked by councilkit, then handed to councilkit's
own templates as values that no template engine renders and no hook receives.
"""

from __future__ import annotations

import contextlib
import datetime
import shutil
from collections.abc import Mapping
from pathlib import Path

from councilkit.scaffold.answers import (
    ScaffoldError,
    check_answers,
    complete_answers,
    parse_pairs,
    refuse_unknown_keys,
)
from councilkit.scaffold.prompting import ask_answers
from councilkit.scaffold.templates import Template, available_templates, find_template

PROJECT_TEMPLATE = "project"


def new(
    template: str = "working-group",
    content: str | Path = "content",
    *,
    answers: Mapping[str, str] | None = None,
    no_input: bool = False,
    force: bool = False,
    today: datetime.date | None = None,
) -> list[Path]:
    """Make a package from the built-in ``template`` in the content folder; returns the
    folders made.

    Without ``no_input``, every question is asked on the terminal, a given answer being
    offered as the default. A working group needs a project: when the content folder has
    no ``project.yaml``, the ``project`` template's questions come first. The project's
    council and source language are the group's defaults. Every answer is checked before
    anything is written.
    """
    from councilkit.scaffold.generate import render_template  # cookiecutter: only when used

    root = Path(content)
    day = today or datetime.date.today()
    chosen = find_template(template)
    given = dict(answers or {})
    plan: list[tuple[Template, dict[str, str]]] = []
    if chosen.target != "." and not (root / "project.yaml").is_file():
        project = find_template(PROJECT_TEMPLATE)
        refuse_unknown_keys(given, chosen, project)
        project_answers = _answers_for(project, given, no_input=no_input, today=day)
        plan.append((project, project_answers))
        presets = {k: project_answers[k] for k in ("council", "source_language")}
        given = {**presets, **given}
    else:
        refuse_unknown_keys(given, chosen)
        if chosen.target != ".":
            given = {**_project_defaults(root), **given}
    plan.append((chosen, _answers_for(chosen, given, no_input=no_input, today=day)))

    existed = root.exists()
    made: list[Path] = []
    try:
        for each, checked in plan:
            made.append(render_template(each, root, checked, force=force))
    except BaseException:
        if len(plan) == 2 and made:  # the project was made, the group was not
            _remove_project(root, existed=existed)
        raise
    _write_schemas(root)
    return made


def _write_schemas(root: Path) -> None:
    """The JSON Schemas the new files name on their first line, written (or refreshed to
    this councilkit's model) into ``CONTENT/schemas/``, so that an editor completes and
    checks the files at once."""
    from councilkit.schema import SCHEMA_FOLDER, write_schemas

    write_schemas(root / SCHEMA_FOLDER)


def _answers_for(
    template: Template, given: Mapping[str, str], *, no_input: bool, today: datetime.date
) -> dict[str, str]:
    """The checked answers to ``template``'s questions, asked or completed by defaults."""
    own = {k: v for k, v in given.items() if k in template.keys}
    if no_input:
        answers = complete_answers(template, own, today)
    else:
        answers = ask_answers(template, own, today)
    check_answers(template, answers)  # the same rules, whichever way they came
    return answers


def _project_defaults(root: Path) -> dict[str, str]:
    """The existing project's first council and its source language, as the defaults of a
    new group's answers (none when the content has errors)."""
    from councilkit.api import load_checked

    project, _ = load_checked(root)
    if project is None or not project.settings.councils:
        return {}
    return {
        "council": project.settings.councils[0].id,
        "source_language": str(project.settings.source_language.value),
    }


def _remove_project(root: Path, *, existed: bool) -> None:
    """Undo the project template, so that a failed ``new`` leaves nothing behind."""
    if not existed:
        shutil.rmtree(root, ignore_errors=True)
        return
    (root / "project.yaml").unlink(missing_ok=True)
    (root / "groups" / ".gitkeep").unlink(missing_ok=True)
    with contextlib.suppress(OSError):
        (root / "groups").rmdir()


__all__ = [
    "ScaffoldError",
    "Template",
    "available_templates",
    "find_template",
    "new",
    "parse_pairs",
]
