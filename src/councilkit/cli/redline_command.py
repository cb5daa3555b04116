"""``councilkit redline``: the changes between two versions of the mandates and terms of
reference, as Word documents with tracked changes."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from councilkit.cli.arguments import add_content, add_quiet
from councilkit.cli.commands import help_of
from councilkit.cli.output import Console
from councilkit.errors import ContentError


def register(commands: Any) -> None:
    parser: argparse.ArgumentParser = commands.add_parser(
        "redline",
        help=help_of("redline"),
        description="For each mandate and terms of reference that changed between two "
        "versions, write the new version with tracked changes against the old one, in each "
        "language, into OUT (with OUT/manifest.json). A version is a git revision of the "
        "repository holding the content, or a folder. For each deck that changed, a Word "
        "document lists the slides added, removed and changed, old and new words side by side.",
    )
    add_content(parser)
    parser.add_argument(
        "--from",
        dest="old",
        required=True,
        metavar="REV",
        help="the old version: a git revision or a folder",
    )
    parser.add_argument(
        "--to",
        dest="new",
        metavar="REV",
        help="the new version (default: the content folder as it is)",
    )
    parser.add_argument("-o", "--out", required=True, help="output folder")
    parser.add_argument(
        "--lang", action="append", choices=["en", "fr"], help="only this language (repeatable)"
    )
    parser.add_argument(
        "--group", action="append", metavar="SLUG", help="only this group (repeatable)"
    )
    parser.add_argument(
        "--document", action="append", metavar="ID", help="only this document (repeatable)"
    )
    parser.add_argument(
        "--author", help="who the changes are attributed to (default: the organisation)"
    )
    add_quiet(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, console: Console) -> int:
    from councilkit.cli.build_command import source_date_epoch
    from councilkit.redline.job import Request
    from councilkit.redline.job import run as run_redline

    request = Request(
        content=Path(args.content),
        old=args.old,
        new=args.new,
        out=Path(args.out),
        languages=args.lang,
        groups=args.group,
        documents=args.document,
        author=args.author,
        epoch=source_date_epoch(),
    )
    try:
        entries = run_redline(request, console.info)
    except ContentError as exc:
        console.diagnostics(exc.diagnostics)
        console.error("councilkit: a version does not pass check; nothing was written")
        return 1
    for entry in entries:
        console.info(f"wrote {Path(args.out) / entry.path}")
    console.info(f"{len(entries)} redlines in {args.out}")
    return 0
