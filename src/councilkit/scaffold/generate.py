"""Running a template with cookiecutter, so that a package is made whole or not at all.

cookiecutter renders into a temporary folder beside the content, with its replay and
cache folders there too (never the user's home). The result is checked with
``councilkit check`` rules, then renamed into place; on any failure nothing is left.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

from cookiecutter.exceptions import CookiecutterException
from cookiecutter.main import cookiecutter

from councilkit.api import check
from councilkit.diagnostics import has_errors
from councilkit.errors import UsageError
from councilkit.scaffold.answers import ScaffoldError
from councilkit.scaffold.templates import Template


def render_template(
    template: Template, content: Path, answers: dict[str, str], *, no_input: bool, force: bool
) -> Path:
    """Render ``template`` into the content folder; returns the folder made."""
    workspace_parent = content if content.is_dir() else content.parent
    if not workspace_parent.is_dir():
        raise UsageError(f"folder '{workspace_parent}' does not exist")
    with tempfile.TemporaryDirectory(prefix=".councilkit-new-", dir=workspace_parent) as work:
        workspace = Path(work)
        made = _run_cookiecutter(template, workspace, answers, no_input=no_input)
        if template.target == ".":
            return _place_content_folder(made, content, force=force)
        return _place_group(made, content / template.target, workspace, force=force)


def _run_cookiecutter(
    template: Template, workspace: Path, answers: dict[str, str], *, no_input: bool
) -> Path:
    config = workspace / "cookiecutter-config.yaml"
    # JSON is YAML: cookiecutter's replay and clone folders go in the workspace.
    config.write_text(
        json.dumps(
            {
                "replay_dir": str(workspace / "replay"),
                "cookiecutters_dir": str(workspace / "cookiecutters"),
                "default_context": {},
            }
        ),
        encoding="utf-8",
    )
    output = workspace / "out"
    output.mkdir()
    try:
        made = cookiecutter(
            str(template.path),
            no_input=no_input,
            extra_context=answers,
            output_dir=str(output),
            config_file=str(config),
            accept_hooks=True,
        )
    except CookiecutterException as exc:
        raise ScaffoldError(
            f"template '{template.name}' failed: {_reason(exc)}; nothing was written"
        ) from None
    return Path(made)


def _place_group(made: Path, groups: Path, workspace: Path, *, force: bool) -> Path:
    final = groups / made.name
    if final.exists() and not force:
        raise ScaffoldError(
            f"group '{made.name}' already exists in {groups}; choose another slug= or use "
            "--force to replace it"
        )
    groups.mkdir(parents=True, exist_ok=True)
    previous = workspace / "previous"
    if final.exists():
        os.replace(final, previous)
    os.replace(made, final)
    content = groups.parent
    if (content / "project.yaml").is_file():
        problems = [d for d in check(content) if d.is_error and made.name in d.location.path]
        if has_errors(problems):
            shutil.rmtree(final)
            if previous.exists():
                os.replace(previous, final)
            lines = "\n".join(d.format() for d in problems)
            raise ScaffoldError(f"the new group does not pass check; nothing was kept:\n{lines}")
    return final


def _place_content_folder(made: Path, content: Path, *, force: bool) -> Path:
    if (content / "project.yaml").exists() and not force:
        raise ScaffoldError(f"{content}/project.yaml already exists; use --force to replace it")
    content.mkdir(parents=True, exist_ok=True)
    for entry in sorted(made.iterdir()):
        target = content / entry.name
        if entry.is_dir():
            target.mkdir(exist_ok=True)
            for child in entry.iterdir():
                if not (target / child.name).exists():
                    os.replace(child, target / child.name)
        else:
            os.replace(entry, target)
    return content


def _reason(exc: CookiecutterException) -> str:
    text = str(exc).strip()
    return text.splitlines()[-1] if text else type(exc).__name__
