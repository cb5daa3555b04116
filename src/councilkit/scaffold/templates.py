"""The scaffolding templates: real cookiecutter templates shipped inside the package.

Each template is a folder under ``councilkit/templates/`` with a ``cookiecutter.json``. Its
private ``_councilkit`` entry says where its single top folder goes in a content folder
(``groups`` for a working group, ``.`` for a whole content folder). Adding a template is
adding a folder.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from councilkit.errors import UsageError

TEMPLATES_PACKAGE = "councilkit"
TEMPLATES_FOLDER = "templates"


@dataclass(frozen=True, slots=True)
class Template:
    """A scaffolding template: where it lives, what it asks, where its output goes."""

    name: str
    path: Path
    context: dict[str, Any]

    @property
    def target(self) -> str:
        """Where in the content folder the generated folder goes (``groups`` or ``.``)."""
        settings = self.context.get("_councilkit", {})
        return str(settings.get("target", "groups"))

    @property
    def questions(self) -> tuple[str, ...]:
        """The keys a user may answer (``key=value``), in the template's order."""
        return tuple(k for k in self.context if not k.startswith("_"))

    @property
    def version(self) -> str:
        return str(self.context.get("__template_version", "1"))


def templates_folder() -> Path:
    return Path(str(resources.files(TEMPLATES_PACKAGE))) / TEMPLATES_FOLDER


def available_templates() -> tuple[str, ...]:
    """The names of the built-in templates."""
    folder = templates_folder()
    return tuple(sorted(p.name for p in folder.iterdir() if (p / "cookiecutter.json").is_file()))


def find_template(name_or_path: str) -> Template:
    """A built-in template by name, or a template folder by path."""
    candidate = Path(name_or_path)
    if "/" in name_or_path or name_or_path.startswith("."):
        folder = candidate
    else:
        folder = templates_folder() / name_or_path
    spec = folder / "cookiecutter.json"
    if not spec.is_file():
        known = ", ".join(available_templates())
        raise UsageError(f"no template '{name_or_path}'; known templates: {known}")
    try:
        context = json.loads(spec.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise UsageError(
            f"template '{name_or_path}' has an unreadable cookiecutter.json: {exc}"
        ) from None
    return Template(name=folder.name, path=folder, context=context)
