"""``councilkit layout``: a department's own templates as a layout (``import``), and the
layouts a content folder can use (``list``)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from councilkit.cli.arguments import DEFAULT_CONTENT, add_quiet
from councilkit.cli.commands import help_of
from councilkit.cli.output import Console
from councilkit.cli.parsing import IntermixedParser
from councilkit.errors import UsageError


def register(commands: Any) -> None:
    parser: argparse.ArgumentParser = commands.add_parser(
        "layout",
        help=help_of("layout"),
        description="Layouts: the Word and PowerPoint files whose styles and slide layouts "
        "documents use. 'import' makes one from a department's own templates; 'list' shows "
        "the layouts a content folder can use.",
    )
    actions = parser.add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=IntermixedParser
    )
    importing = actions.add_parser(
        "import",
        help="make layouts/NAME from a department's .pptx/.potx and .docx/.dotx",
        description="Copy the department's files into CONTENT/layouts/NAME/ as "
        "reference.pptx and reference.docx, and write pptx.yaml and docx.yaml: which of its "
        "slide layouts draws each slide kind, and which of its styles each part of a "
        "document uses, with comments saying what was found, what councilkit adds, and "
        "what to review. Then write 'layout: NAME' in project.yaml.",
    )
    importing.add_argument("name", metavar="NAME", help="the layout's name, such as 'dept'")
    importing.add_argument(
        "files",
        metavar="FILE",
        nargs="*",
        help="the PowerPoint file (.pptx, .potx), the Word file (.docx, .dotx), or both",
    )
    importing.add_argument(
        "--content",
        metavar="DIR",
        default=DEFAULT_CONTENT,
        help=f"content folder (default: {DEFAULT_CONTENT})",
    )
    importing.add_argument(
        "--force", action="store_true", help="replace the layout NAME if it exists"
    )
    add_quiet(importing)
    importing.set_defaults(run=run_import)

    listing = actions.add_parser(
        "list",
        help="the layouts a content folder can use, and where each comes from",
        description="The layouts CONTENT can name in project.yaml: its own (CONTENT/layouts) "
        "and councilkit's built-in ones.",
    )
    listing.add_argument(
        "content",
        nargs="?",
        default=DEFAULT_CONTENT,
        help=f"content folder (default: {DEFAULT_CONTENT})",
    )
    listing.set_defaults(run=run_list)


def _content(folder: str) -> Path:
    path = Path(folder)
    if not path.is_dir():
        raise UsageError(f"no content folder '{folder}'; name one with --content DIR")
    return path


def run_import(args: argparse.Namespace, console: Console) -> int:
    from councilkit.layouts_import.importer import import_layout

    content = _content(args.content)
    imported = import_layout(content, args.name, [Path(f) for f in args.files], force=args.force)
    console.info(f"wrote {imported.folder}")
    if imported.styles:
        added = [m for m in imported.styles if not m.found]
        console.info(
            f"  docx.yaml: {len(imported.styles) - len(added)} styles found in the template, "
            f"{len(added)} added by councilkit"
            + (f" ({', '.join(m.name for m in added)})" if added else "")
        )
    for match in imported.kinds:
        line = f"  pptx.yaml: {', '.join(match.kinds)} -> '{match.layout}'"
        console.info(
            line + (" (REVIEW: nothing fits; councilkit's default kept)" if match.review else "")
        )
    console.info(f"to use it, write 'layout: {args.name}' in {content / 'project.yaml'}")
    return 0


def run_list(args: argparse.Namespace, console: Console) -> int:
    from councilkit.layouts_import.listing import list_layouts

    content = _content(args.content)
    for entry in list_layouts(content):
        where = "built in" if entry.builtin else "the content's own"
        files = ", ".join(entry.files) or "no files"
        console.info(f"{entry.name}\t{where}: {entry.folder} ({files})")
    return 0
