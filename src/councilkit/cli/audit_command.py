"""``councilkit audit``: report the accessibility problems of Word and PowerPoint files."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from councilkit.cli.arguments import add_format, add_quiet, add_strict
from councilkit.cli.commands import help_of
from councilkit.cli.output import Console
from councilkit.diagnostics import has_errors, summary


def register(commands: Any) -> None:
    parser: argparse.ArgumentParser = commands.add_parser(
        "audit",
        help=help_of("audit"),
        description="Audit Word and PowerPoint files (made by councilkit or not) for "
        "accessibility, and report each problem as file:part:place: severity: rule: message "
        "(or --format json, github, sarif). A folder means every .docx and .pptx under it. "
        "Exit 0 when clean (warnings allowed), 1 when there are problems, 2 on a usage error "
        "(a path missing, not a .docx or .pptx, or a folder holding none).",
    )
    parser.add_argument("paths", nargs="+", metavar="FILE|DIR", help=".docx, .pptx or folder")
    add_quiet(parser)
    add_format(parser)
    add_strict(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, console: Console) -> int:
    from councilkit.audit import audit, office_files

    paths = [Path(p) for p in args.paths]
    files = office_files(paths)
    diagnostics = audit(files)
    console.diagnostics(diagnostics)
    failed = has_errors(diagnostics) or (args.strict and bool(diagnostics))
    if not diagnostics:
        audited = f"{len(files)} file" if len(files) == 1 else f"{len(files)} files"
        console.info(f"{audited} audited: no problems found ({summary(diagnostics)})")
    return 1 if failed else 0
