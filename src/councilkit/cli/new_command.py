"""``councilkit new``: scaffold a working group's content package with cookiecutter."""

from __future__ import annotations

import argparse
from typing import Any

from councilkit.cli.commands import help_of
from councilkit.cli.output import Console
from councilkit.scaffold import (
    PROJECT_TEMPLATE,
    available_templates,
    find_template,
    new,
    parse_pairs,
)


def register(commands: Any) -> None:
    parser: argparse.ArgumentParser = commands.add_parser(
        "new",
        help=help_of("new"),
        description="Make a working group's package (group details, draft mandate, draft "
        "terms of reference, kick-off deck) from a template, in both languages. Without "
        "--no-input, asks bilingual questions. Templates: " + ", ".join(available_templates()),
        epilog="example: councilkit new --no-input name_en='Data Working Group' "
        "name_fr='Groupe de travail sur les données' council=pscioc",
    )
    parser.add_argument(
        "template",
        nargs="?",
        default="working-group",
        help="template: " + " or ".join(available_templates()) + " (default: working-group)",
    )
    parser.add_argument("--content", default="content", help="content folder (default: content)")
    parser.add_argument(
        "--no-input", action="store_true", help="do not ask; use key=value answers and defaults"
    )
    parser.add_argument("--force", action="store_true", help="replace a group that already exists")
    parser.add_argument(
        "answers", nargs="*", metavar="key=value", help="answers to the template's questions"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, console: Console) -> int:
    if "=" in args.template:  # argparse gave the first answer to TEMPLATE
        args.answers.insert(0, args.template)
        args.template = "working-group"
    template = find_template(args.template)
    # a content folder without project.yaml also gets the project template: accept its answers
    extra = [find_template(PROJECT_TEMPLATE)] if template.target != "." else []
    answers = parse_pairs(args.answers, template, *extra)
    made = new(
        args.template, args.content, answers=answers, no_input=args.no_input, force=args.force
    )
    for folder in made:
        console.info(f"created {folder}")
    console.info(
        "next:\n"
        f"  councilkit check {args.content}      # lists the texts still to write\n"
        f"  councilkit build {args.content} -o build"
    )
    return 0
