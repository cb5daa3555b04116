"""The ``councilkit`` command line.

Exit status: 0 done, 1 problems in content (or a failed build), 2 usage error. Content
problems are printed on standard output, one per line as ``path:line:col: severity:
message`` (or as JSON, GitHub annotations or SARIF with ``--format``); a person never
sees a Python traceback for anything their content or their command line did. Options may
stand anywhere among a command's arguments.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from councilkit import __version__
from councilkit.cli.commands import COMMANDS, chosen_command
from councilkit.cli.output import Console
from councilkit.cli.parsing import IntermixedParser
from councilkit.errors import CouncilkitError, UsageError, describe_fault

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser of the command line: with ``command``, only that command's arguments
    are defined (only its module is imported) and the others are listed by name and help;
    without, every command's."""
    parser = argparse.ArgumentParser(
        prog="councilkit",
        description="Bilingual council documents (Word, PowerPoint) from YAML content.",
    )
    parser.add_argument("--version", action="version", version=f"councilkit {__version__}")
    commands = parser.add_subparsers(
        dest="command", metavar="COMMAND", required=True, parser_class=IntermixedParser
    )
    for spec in COMMANDS:
        if command is None or spec.name == command:
            module = importlib.import_module(f"councilkit.cli.{spec.module}")
            getattr(module, spec.register)(commands)
        else:
            commands.add_parser(spec.name, help=spec.help)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(chosen_command(arguments))
    try:
        args = parser.parse_args(arguments)
    except SystemExit as exc:  # argparse has printed the usage error (or --help)
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    console = Console(quiet=getattr(args, "quiet", False), format=getattr(args, "format", "text"))
    try:
        status: int = args.run(args, console)
    except UsageError as exc:
        console.error(f"councilkit: error: {exc}")
        return EXIT_USAGE
    except CouncilkitError as exc:
        console.error(f"councilkit: error: {exc}")
        return EXIT_PROBLEMS
    except OSError as exc:  # a fault of the machine (full disk, permissions), not a bug
        if os.environ.get("COUNCILKIT_DEBUG"):
            raise
        console.error(f"councilkit: error: {describe_fault(exc)}")
        return EXIT_PROBLEMS
    except KeyboardInterrupt:
        console.error("councilkit: interrupted; nothing was left half-written")
        return 130
    except Exception as exc:  # a bug in councilkit, not in the content: say so plainly
        if os.environ.get("COUNCILKIT_DEBUG"):
            raise
        console.error(
            f"councilkit: internal error ({type(exc).__name__}: {exc}); this is a bug in "
            "councilkit, not in your content. No file was left half-written. Run again with "
            "COUNCILKIT_DEBUG=1 to see the details, and report them."
        )
        return EXIT_PROBLEMS
    return status


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
