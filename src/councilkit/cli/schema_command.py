"""``councilkit schema``: write the JSON Schemas that editors use to complete and check
content as it is typed."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from councilkit.cli.arguments import add_content, add_quiet
from councilkit.cli.commands import help_of
from councilkit.cli.output import Console
from councilkit.errors import UsageError


def register(commands: Any) -> None:
    parser: argparse.ArgumentParser = commands.add_parser(
        "schema",
        help=help_of("schema"),
        description="Write project.schema.json, group.schema.json and document.schema.json "
        "(JSON Schema 2020-12) into DIR, by default CONTENT/schemas, where the files "
        "'councilkit new' makes look for them. With VS Code's YAML extension, the editor then "
        "completes and checks every field as you type.",
    )
    add_content(parser)
    parser.add_argument(
        "-o",
        "--out",
        metavar="DIR",
        help="folder to write the schemas in (default: CONTENT/schemas)",
    )
    parser.add_argument(
        "--reference",
        metavar="FILE.md",
        help="write the content reference (every field of every file) to FILE.md instead "
        "(the schemas too when -o is given)",
    )
    add_quiet(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, console: Console) -> int:
    from councilkit.schema import SCHEMA_FOLDER, write_reference, write_schemas

    if args.reference:
        write_reference(Path(args.reference))
        console.info(f"wrote {args.reference}")
        if not args.out:  # only the reference was asked for
            return 0
    if args.out:
        out = Path(args.out)
    elif Path(args.content).is_dir():
        out = Path(args.content) / SCHEMA_FOLDER
    else:
        raise UsageError(
            f"no content folder '{args.content}'; name one, or give the folder to write "
            "the schemas in with -o DIR"
        )
    for path in write_schemas(out):
        console.info(f"wrote {path}")
    return 0
