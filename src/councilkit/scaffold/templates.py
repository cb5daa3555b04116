"""The scaffolding templates: councilkit's own cookiecutter templates, inside the package.

Each template is a folder under ``councilkit/templates/`` with a ``cookiecutter.json``. Its
private ``_councilkit`` entry says where its single top folder goes in a content folder
(``groups`` for a working group, ``.`` for a whole content folder) and lists its questions:
what each asks in both languages, its kind (which says how it is checked) and its default.
Only these built-in templates are used: a template is never read from a path a user gives,
so no template and no hook from elsewhere can run.
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
class Question:
    """One question of a template: its key (as in ``key=value``), its kind (``text``,
    ``folder``, ``id``, ``members``, ``member``, ``choice`` or ``date``) and its settings
    from ``cookiecutter.json`` (``prompt``, ``default``, ``choices``…)."""

    key: str
    kind: str
    settings: dict[str, Any]

    @property
    def prompt(self) -> str:
        """The question in both languages, as asked."""
        return str(self.settings.get("prompt", self.key))

    @property
    def choices(self) -> tuple[str, ...]:
        """The accepted answers of a ``choice`` question (the first is the default)."""
        return tuple(str(c) for c in self.settings.get("choices", ()))

    @property
    def required(self) -> bool:
        """True when ``--no-input`` needs this answer (a group's names)."""
        return bool(self.settings.get("required", False))


@dataclass(frozen=True, slots=True)
class Template:
    """A scaffolding template: where it lives, what it asks, where its output goes."""

    name: str
    path: Path
    context: dict[str, Any]

    @property
    def settings(self) -> dict[str, Any]:
        settings = self.context.get("_councilkit", {})
        return settings if isinstance(settings, dict) else {}

    @property
    def target(self) -> str:
        """Where in the content folder the generated folder goes (``groups`` or ``.``)."""
        return str(self.settings.get("target", "groups"))

    @property
    def questions(self) -> tuple[Question, ...]:
        """What the template asks, in order."""
        asked = self.settings.get("questions", {})
        return tuple(
            Question(key=key, kind=str(spec.get("kind", "text")), settings=dict(spec))
            for key, spec in asked.items()
        )

    @property
    def keys(self) -> tuple[str, ...]:
        """The keys a user may answer (``key=value``), in the template's order."""
        return tuple(q.key for q in self.questions)

    def question(self, key: str) -> Question:
        """The question asked under ``key``."""
        for question in self.questions:
            if question.key == key:
                return question
        raise KeyError(key)

    @property
    def jurisdictions(self) -> tuple[str, ...]:
        """The member codes the template knows (``federal``, ``AB`` … ``other``)."""
        return tuple(self.context.get("_jurisdictions", {}))

    @property
    def version(self) -> str:
        return str(self.context.get("__template_version", "1"))


def templates_folder() -> Path:
    return Path(str(resources.files(TEMPLATES_PACKAGE))) / TEMPLATES_FOLDER


def available_templates() -> tuple[str, ...]:
    """The names of the built-in templates."""
    folder = templates_folder()
    return tuple(sorted(p.name for p in folder.iterdir() if (p / "cookiecutter.json").is_file()))


def find_template(name: str) -> Template:
    """A built-in template by name; anything else (a path, an unknown name) is a usage
    error that lists the known templates."""
    known = available_templates()
    if name not in known:
        raise UsageError(
            f"no template '{name}'; councilkit uses only its own templates: {', '.join(known)}"
        )
    folder = templates_folder() / name
    context = json.loads((folder / "cookiecutter.json").read_text(encoding="utf-8"))
    return Template(name=name, path=folder, context=context)
