"""The commands of the command line: each one's name, the module that defines its
arguments and runs it, and the line ``councilkit --help`` shows for it.

The command line imports only the module of the command it runs (``councilkit build``
does not load the code of ``new`` or ``audit``); the others are listed by their help line
alone.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Command:
    """One command: ``module``'s function ``register`` adds its parser."""

    name: str
    module: str
    help: str
    register: str = "register"


COMMANDS: tuple[Command, ...] = (
    Command("check", "check_command", "report every problem in the content, one per line"),
    Command("build", "build_command", "write the English and French documents"),
    Command("bundle", "bundle_command", "build a reproducible, verifiable release zip"),
    Command(
        "verify",
        "bundle_command",
        "re-check a bundle's checksums, its lists, that every document opens, and its signature",
        register="register_verify",
    ),
    Command("new", "new_command", "start a new working group's content package"),
    Command("i18n", "i18n_command", "translation status, and XLIFF/PO files for translators"),
    Command(
        "layout",
        "layout_command",
        "use a department's own Word and PowerPoint templates; list the layouts",
    ),
    Command("schema", "schema_command", "write the JSON Schemas of content files, for editors"),
    Command("audit", "audit_command", "report accessibility problems in .docx and .pptx files"),
    Command(
        "redline", "redline_command", "show what changed between two versions, as tracked changes"
    ),
)


def help_of(name: str) -> str:
    """The help line of command ``name``."""
    return next(command.help for command in COMMANDS if command.name == name)


def chosen_command(argv: list[str]) -> str | None:
    """The command ``argv`` runs: its first argument that is not an option (the program
    itself takes no option with a value); None when there is none."""
    return next((arg for arg in argv if not arg.startswith("-")), None)
