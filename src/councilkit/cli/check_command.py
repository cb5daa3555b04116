"""``councilkit check``: report every problem in the content."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from councilkit.cli.arguments import add_content, add_format, add_quiet, add_strict
from councilkit.cli.commands import help_of
from councilkit.cli.output import Console
from councilkit.diagnostics import has_errors, summary


def register(commands: Any) -> None:
    parser: argparse.ArgumentParser = commands.add_parser(
        "check",
        help=help_of("check"),
        description="Check the content folder and report every problem on standard output, "
        "as path:line:col: severity: message (or --format json, github, sarif). Exit 0 when "
        "clean (warnings allowed), 1 when there are errors, 2 on a usage error.",
    )
    add_content(parser)
    add_quiet(parser)
    add_format(parser)
    add_strict(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, console: Console) -> int:
    from councilkit.api import check
    from councilkit.cli.i18n_command import finish_interrupted_import

    finish_interrupted_import(Path(args.content), console)  # no half-finished import read
    diagnostics = check(args.content)
    console.diagnostics(diagnostics)
    failed = has_errors(diagnostics) or (args.strict and bool(diagnostics))
    if not diagnostics:
        console.info(f"{args.content}: no problems found ({summary(diagnostics)})")
    return 1 if failed else 0
