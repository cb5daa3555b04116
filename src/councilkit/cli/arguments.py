"""Arguments every command spells the same way."""

from __future__ import annotations

import argparse

DEFAULT_CONTENT = "content"


def add_content(parser: argparse.ArgumentParser) -> None:
    """The content folder, as an optional first argument."""
    parser.add_argument(
        "content",
        nargs="?",
        default=DEFAULT_CONTENT,
        help=f"content folder (default: {DEFAULT_CONTENT})",
    )


def add_quiet(parser: argparse.ArgumentParser) -> None:
    """``-q``: print errors only."""
    parser.add_argument("-q", "--quiet", action="store_true", help="print errors only")


def add_format(parser: argparse.ArgumentParser) -> None:
    """``--format``: how diagnostics are written on standard output."""
    from councilkit.cli.formats import FORMATS

    parser.add_argument(
        "--format",
        choices=FORMATS,
        default="text",
        help="how problems are written: text (default), json, github (pull request "
        "annotations) or sarif (SARIF 2.1.0)",
    )


def add_strict(parser: argparse.ArgumentParser) -> None:
    """``--strict``: warnings fail the command too (exit 1)."""
    parser.add_argument(
        "--strict", action="store_true", help="treat warnings as errors (exit 1 on warnings)"
    )
