"""Running a template with cookiecutter, so that a package is made whole or not at all,
and no answer is ever read as a template or as code.

How cookiecutter 2.7.1 is called, and why it renders no answer:

- ``no_input=True``: cookiecutter asks nothing (councilkit asked already, see
  :mod:`councilkit.scaffold.prompting`).
- The answers go in ``extra_context`` under ``_answers``, a private variable (its name
  starts with one ``_``): ``prompt_for_config`` copies such variables as they are, where it
  renders every other value with Jinja. The templates only read ``cookiecutter._answers.*``
  and write it through the ``yaml_text`` filter.
- ``accept_hooks=False``: no hook runs (councilkit's templates have none), so no copy of a
  hook is written to the system's temporary folder.
- ``default_config`` is a dict: no ``~/.cookiecutterrc`` or ``COOKIECUTTER_CONFIG`` is read,
  and the replay file cookiecutter always writes goes in the private workspace below.
- The templates have no sub-folders: cookiecutter renders the full output path of a
  sub-folder as a template, and that path holds the user's content folder.

cookiecutter renders into a temporary workspace beside the content; the result is checked
with ``councilkit check`` rules, then renamed into place; on any failure nothing is left.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

from cookiecutter.exceptions import CookiecutterException
from cookiecutter.main import cookiecutter

from councilkit.api import check
from councilkit.atomic import ensure_folder, write_atomically
from councilkit.diagnostics import has_errors
from councilkit.errors import UsageError
from councilkit.scaffold.answers import ScaffoldError, member_codes
from councilkit.scaffold.templates import Template


def render_template(
    template: Template, content: Path, answers: dict[str, str], *, force: bool
) -> Path:
    """Render ``template`` with checked ``answers`` into the content folder; returns the
    folder made."""
    workspace_parent = content if content.is_dir() else content.parent
    if not workspace_parent.is_dir():
        raise UsageError(f"folder '{workspace_parent}' does not exist")
    with tempfile.TemporaryDirectory(prefix=".councilkit-new-", dir=workspace_parent) as work:
        workspace = Path(work)
        made = _run_cookiecutter(template, workspace, answers)
        if template.target == ".":
            return _place_content_folder(made, content, force=force)
        return _place_group(made, content, template.target, workspace, force=force)


def template_values(template: Template, answers: dict[str, str]) -> dict[str, Any]:
    """What the templates read as ``cookiecutter._answers``: the answers as given, and the
    member codes as a list for a template that asks for members."""
    values: dict[str, Any] = dict(answers)
    if "members" in template.keys:
        values["member_codes"] = member_codes(template, answers)
    return values


def _run_cookiecutter(template: Template, workspace: Path, answers: dict[str, str]) -> Path:
    output = workspace / "out"
    output.mkdir()
    settings = {
        "replay_dir": str(workspace / "replay"),
        "cookiecutters_dir": str(workspace / "cookiecutters"),
        "default_context": {},
        "abbreviations": {},
    }
    try:
        made = cookiecutter(
            str(template.path.resolve()),  # a local folder, never a URL or abbreviation
            no_input=True,
            extra_context={"_answers": template_values(template, answers)},
            output_dir=str(output),
            default_config=settings,
            accept_hooks=False,
        )
    except CookiecutterException as exc:
        raise ScaffoldError(
            f"template '{template.name}' failed: {_reason(exc)}; nothing was written"
        ) from None
    return Path(made)


def _place_group(made: Path, content: Path, target: str, workspace: Path, *, force: bool) -> Path:
    groups = ensure_folder(content, target)
    final = groups / made.name
    if os.path.lexists(final) and not force:
        raise ScaffoldError(
            f"group '{made.name}' already exists in {groups}; choose another slug= or use "
            "--force to replace it"
        )
    previous = workspace / "previous"
    if os.path.lexists(final):
        os.replace(final, previous)
    os.replace(made, final)
    if (content / "project.yaml").is_file():
        problems = [d for d in check(content) if d.is_error and made.name in d.location.path]
        if has_errors(problems):
            shutil.rmtree(final)
            if os.path.lexists(previous):
                os.replace(previous, final)
            lines = "\n".join(d.format() for d in problems)
            raise ScaffoldError(f"the new group does not pass check; nothing was kept:\n{lines}")
    return final


def _place_content_folder(made: Path, content: Path, *, force: bool) -> Path:
    if os.path.lexists(content / "project.yaml") and not force:
        raise ScaffoldError(f"{content}/project.yaml already exists; use --force to replace it")
    folder = ensure_folder(content)
    for entry in sorted(made.iterdir()):
        os.replace(entry, folder / entry.name)
    groups = ensure_folder(folder, "groups")
    if not any(groups.iterdir()):
        write_atomically(groups / ".gitkeep", "")
    return content


def _reason(exc: CookiecutterException) -> str:
    text = str(exc).strip()
    return text.splitlines()[-1] if text else type(exc).__name__
