"""``councilkit i18n``: translation status, and the round trip with translators.

``status`` reports; ``export`` writes XLIFF or PO files; ``import`` writes translations
back into the YAML; ``confirm`` records that translations match their current source.
Import and confirm write nothing at all when anything is wrong (exit 1).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from councilkit.cli.arguments import DEFAULT_CONTENT, add_content, add_quiet
from councilkit.cli.commands import help_of
from councilkit.cli.output import Console
from councilkit.cli.parsing import IntermixedParser
from councilkit.errors import ContentError

if TYPE_CHECKING:  # the i18n package is imported when a subcommand runs, not before
    from councilkit.i18n.confirm import ConfirmResult
    from councilkit.i18n.importer import ImportResult

FORMATS = ("xliff", "po")


def register(commands: Any) -> None:
    parser: argparse.ArgumentParser = commands.add_parser(
        "i18n",
        help=help_of("i18n"),
        description="Translation: see what is left to translate, export XLIFF or PO files "
        "for translators, import their work back into the YAML, and confirm translations "
        "that are up to date.",
    )
    actions = parser.add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=IntermixedParser
    )

    status = actions.add_parser(
        "status",
        help="the share of texts translated, and the missing and stale ones",
        description="For each document, the share of texts translated (both languages "
        "written, translation made from the current source), then each missing or stale "
        "text as path:line:col. Exit 0, or with --strict 1 when anything is left.",
    )
    _content_argument(status)
    _group_argument(status)
    status.add_argument("--summary", action="store_true", help="one line per document")
    status.add_argument(
        "--strict", action="store_true", help="exit 1 when any text is missing or stale"
    )
    status.set_defaults(run=run_status)

    exporting = actions.add_parser(
        "export",
        help="write one XLIFF or PO file per document for translators",
        description="Write OUT/<group>/<document>.<lang>.xlf (or .po), <lang> being the "
        "language to translate into. Unit ids are the texts' YAML paths; inline markup is "
        "protected; the source fingerprint travels with each unit.",
    )
    _content_argument(exporting)
    exporting.add_argument("--format", choices=FORMATS, default="xliff", help="default: xliff")
    exporting.add_argument("-o", "--out", required=True, help="folder to write the files in")
    exporting.add_argument(
        "--only-missing",
        action="store_true",
        help="only texts without an up-to-date translation (missing or stale)",
    )
    _group_argument(exporting)
    add_quiet(exporting)
    exporting.set_defaults(run=run_export)

    importing = actions.add_parser(
        "import",
        help="write translations from XLIFF or PO files back into the YAML",
        description="Write the translations of FILE... into the content, in place: "
        "comments, key order, quoting and the other language are left as they are, and "
        "each translation gets the fingerprint of its source. All or nothing: when any "
        "unit or file is wrong, nothing is written (exit 1).",
    )
    importing.add_argument(
        "paths",
        nargs="+",
        metavar="[CONTENT_DIR] FILE",
        help="content folder (default: content), then the .xlf/.xliff/.po files",
    )
    importing.add_argument("--dry-run", action="store_true", help="check everything, write nothing")
    add_quiet(importing)
    importing.set_defaults(run=run_import)

    confirming = actions.add_parser(
        "confirm",
        help="record that translations are up to date with their source",
        description="Write the current source fingerprint beside the translations of the "
        "selection (every text by default; or a group, a document, or texts given as "
        "PATH:LINE as status and check print them). Clears 'stale-translation'.",
    )
    confirming.add_argument(
        "paths",
        nargs="*",
        metavar="[CONTENT_DIR] [PATH:LINE]",
        help="content folder (default: content), then positions of texts",
    )
    _group_argument(confirming)
    confirming.add_argument(
        "--document",
        action="append",
        default=[],
        metavar="ID",
        help="only this document (its id, or group/id; repeatable)",
    )
    confirming.add_argument(
        "--dry-run", action="store_true", help="count what would be confirmed, write nothing"
    )
    add_quiet(confirming)
    confirming.set_defaults(run=run_confirm)


def _content_argument(parser: argparse.ArgumentParser) -> None:
    add_content(parser)


def _group_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--group", action="append", default=[], metavar="SLUG", help="only this group (repeatable)"
    )


def finish_interrupted_import(content: Path, console: Console) -> None:
    """Roll forward (or discard) what a killed ``i18n import`` left in ``content``, so
    that every content file is wholly old or wholly new before it is read; says so."""
    from councilkit.journal import journal_folder, recover

    state = recover(content)
    if state == "finished":
        console.error(
            f"councilkit: finished writing the translations of an import that was "
            f"interrupted ({journal_folder(content)})"
        )
    elif state == "discarded":
        console.error(
            "councilkit: an import was interrupted before it wrote anything; its "
            f"unfinished files were removed ({journal_folder(content)})"
        )


def run_status(args: argparse.Namespace, console: Console) -> int:
    from councilkit.i18n.confirm import select_files
    from councilkit.i18n.status import report, statuses
    from councilkit.i18n.writeback import load_project

    finish_interrupted_import(Path(args.content), console)
    try:
        _, files = load_project(Path(args.content))
    except ContentError as exc:
        return _content_errors(exc, console)
    items = statuses(select_files(files, groups=args.group))
    for line in report(items, details=not args.summary):
        console.info(line)
    left = any(not item.complete for item in items)
    return 1 if args.strict and left else 0


def run_export(args: argparse.Namespace, console: Console) -> int:
    from councilkit.i18n import Format, export

    finish_interrupted_import(Path(args.content), console)
    try:
        result = export(
            Path(args.content),
            Path(args.out),
            format=Format(args.format),
            only_missing=args.only_missing,
            groups=args.group,
        )
    except ContentError as exc:
        return _content_errors(exc, console)
    for unit in result.skipped:
        console.error(
            f"{unit.loc}: warning: not exported: the source's markup cannot be read "
            "(see 'councilkit check')"
        )
    for path, count in result.files:
        console.info(f"wrote {path} ({count} texts)")
    console.info(f"{len(result.files)} translation files in {args.out}")
    return 0


def run_import(args: argparse.Namespace, console: Console) -> int:
    from councilkit.i18n import import_translations

    paths = [Path(p) for p in args.paths]
    content = Path(DEFAULT_CONTENT)
    if paths and paths[0].is_dir():
        content, paths = paths[0], paths[1:]
    finish_interrupted_import(content, console)
    result, status = _edit(
        console, lambda: import_translations(content, paths, dry_run=args.dry_run)
    )
    if result is None:
        return status
    verb = "would write" if args.dry_run else "wrote"
    console.info(
        f"{verb} {result.translations} translations and confirmed {result.confirmed}; "
        f"{result.unchanged} unchanged, {result.empty} empty or fuzzy left alone"
    )
    return 0


EditResult = TypeVar("EditResult", "ImportResult", "ConfirmResult")


def _edit(console: Console, action: Callable[[], EditResult]) -> tuple[EditResult | None, int]:
    from councilkit.i18n import TranslationError

    """Run an edit of the content (import, confirm): the files it wrote are listed; a
    refusal prints its diagnostics and says that nothing was written."""
    try:
        result = action()
    except ContentError as exc:
        return None, _content_errors(exc, console)
    except TranslationError as exc:
        console.diagnostics(exc.diagnostics)
        console.error("councilkit: nothing was written")
        return None, 1
    for path in result.written:
        console.info(f"wrote {path}")
    return result, 0


def run_confirm(args: argparse.Namespace, console: Console) -> int:
    from councilkit.i18n import confirm
    from councilkit.i18n.confirm import is_selector

    paths = list(args.paths)
    content = DEFAULT_CONTENT
    if paths and not is_selector(paths[0]) and Path(paths[0]).is_dir():
        content = paths.pop(0)
    finish_interrupted_import(Path(content), console)
    result, status = _edit(
        console,
        lambda: confirm(
            Path(content),
            groups=args.group,
            documents=args.document,
            selectors=paths,
            dry_run=args.dry_run,
        ),
    )
    if result is None:
        return status
    verb = "would confirm" if args.dry_run else "confirmed"
    console.info(
        f"{verb} {result.confirmed} translations ({result.stale} were stale, "
        f"{result.stamped} had no fingerprint); {result.current} already up to date, "
        f"{result.untranslated} without a translation"
    )
    return 0


def _content_errors(exc: ContentError, console: Console) -> int:
    console.diagnostics(exc.diagnostics)
    console.error("councilkit: the content cannot be read; fix the errors above first")
    return 1
