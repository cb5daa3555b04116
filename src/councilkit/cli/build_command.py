"""``councilkit build``: write the Word and PowerPoint documents and their manifest."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from councilkit.cli.arguments import add_content, add_format, add_quiet
from councilkit.cli.output import Console
from councilkit.errors import ContentError, UsageError


def register(commands: Any) -> None:
    parser: argparse.ArgumentParser = commands.add_parser(
        "build",
        help="write the English and French documents",
        description="Check the content, then write one .docx or .pptx per document and "
        "language into OUT, and OUT/manifest.json. Nothing is written when the content has "
        "errors. SOURCE_DATE_EPOCH fixes the timestamps inside the files.",
    )
    add_content(parser)
    parser.add_argument("-o", "--out", default="build", help="output folder (default: build)")
    parser.add_argument(
        "--lang",
        action="append",
        choices=["en", "fr"],
        help="build only this language (repeatable)",
    )
    parser.add_argument(
        "--group", action="append", metavar="SLUG", help="build only this group (repeatable)"
    )
    parser.add_argument(
        "-j",
        "--jobs",
        type=int,
        default=os.cpu_count() or 1,
        help="worker processes (default: the number of cores)",
    )
    parser.add_argument(
        "--no-cache", action="store_true", help="render every document, even unchanged ones"
    )
    parser.add_argument(
        "--shard",
        metavar="I/N",
        help="build only shard I of N (a stable share of the documents, for N CI machines; "
        "join them with: councilkit bundle CONTENT --from DIR...)",
    )
    add_quiet(parser)
    add_format(parser)
    parser.add_argument("-v", "--verbose", action="store_true", help="name every file written")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, console: Console) -> int:
    if args.jobs < 1:
        raise UsageError("--jobs must be 1 or more")
    from councilkit.build import build
    from councilkit.build.shard import parse_shard
    from councilkit.cli.i18n_command import finish_interrupted_import

    shard = None if args.shard is None else parse_shard(args.shard)
    finish_interrupted_import(Path(args.content), console)  # no half-finished import built
    epoch = source_date_epoch()
    with console.progress("Building") as progress:

        def report(path: Path, reused: bool) -> None:
            progress.advance()
            if args.verbose:
                console.info(f"{'unchanged' if reused else 'wrote'} {path}")

        try:
            result = build(
                args.content,
                args.out,
                languages=args.lang,
                groups=args.group,
                source_date_epoch=epoch,
                jobs=args.jobs,
                use_cache=not args.no_cache,
                on_output=report,
                shard=shard,
            )
        except ContentError as exc:
            progress.stop()
            console.diagnostics(exc.diagnostics)
            console.error("councilkit: the build stopped; no file was left half-written")
            return 1
    console.diagnostics(result.diagnostics)
    rendered = len(result.entries) - result.reused
    console.info(
        f"{len(result.entries)} documents in {result.out} "
        f"({rendered} rendered, {result.reused} unchanged)"
    )
    return 0


def source_date_epoch() -> int | None:
    """``SOURCE_DATE_EPOCH`` from the environment, checked."""
    raw = os.environ.get("SOURCE_DATE_EPOCH")
    if raw is None or raw == "":
        return None
    if not raw.isdigit():
        raise UsageError(f"SOURCE_DATE_EPOCH must be a whole number of seconds, not '{raw}'")
    return int(raw)
