"""Scaffolding: ``councilkit new`` makes a working group's content package that builds on
the first try (cookiecutter lives here and nowhere else)."""

from __future__ import annotations

import contextlib
import shutil
from pathlib import Path

from councilkit.scaffold.answers import ScaffoldError, complete_answers, parse_pairs
from councilkit.scaffold.templates import Template, available_templates, find_template

PROJECT_TEMPLATE = "project"


def new(
    template: str = "working-group",
    content: str | Path = "content",
    *,
    answers: dict[str, str] | None = None,
    no_input: bool = False,
    force: bool = False,
) -> list[Path]:
    """Make a package from ``template`` in the content folder; returns the folders made.

    A working group needs a project: when the content folder has no ``project.yaml``, the
    ``project`` template runs first (asking its own questions unless ``no_input``), with
    the group's council as the project's council; the group is then offered that council.
    """
    from councilkit.scaffold.generate import render_template  # cookiecutter: only when used

    root = Path(content)
    chosen = find_template(template)
    given = dict(answers or {})
    made: list[Path] = []
    if chosen.target != "." and not (root / "project.yaml").is_file():
        project = find_template(PROJECT_TEMPLATE)
        project_answers = {k: v for k, v in given.items() if k in project.questions}
        project_answers.setdefault("council", given.get("council", "council"))
        project_answers.setdefault("source_language", given.get("source_language", "en"))
        project_answers = complete_answers(project, project_answers, no_input=no_input)
        given = {k: v for k, v in given.items() if k in chosen.questions}
        checked = complete_answers(chosen, given, no_input=no_input)  # before any write
        existed = root.exists()
        made.append(render_template(project, root, project_answers, no_input=no_input, force=force))
        try:
            if "council" not in checked:  # asked in the project: offer it as the default
                checked["council"] = _first_council(root)
            made.append(render_template(chosen, root, checked, no_input=no_input, force=force))
        except BaseException:
            _remove_project(root, existed=existed)
            raise
        return made
    given = {k: v for k, v in given.items() if k in chosen.questions}
    checked = complete_answers(chosen, given, no_input=no_input)
    made.append(render_template(chosen, root, checked, no_input=no_input, force=force))
    return made


def _first_council(root: Path) -> str:
    """The id of the first council in the project just made."""
    from councilkit.api import load_checked

    project, _ = load_checked(root)
    if project is None or not project.settings.councils:
        raise ScaffoldError("the new project.yaml names no council; nothing was kept")
    return project.settings.councils[0].id


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
