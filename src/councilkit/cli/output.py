"""Writing to the terminal: diagnostics to stderr, results to stdout."""

from __future__ import annotations

import sys
from collections.abc import Iterable

from councilkit.diagnostics import Diagnostic, summary


class Console:
    """Where the command line writes. ``quiet`` keeps only errors."""

    def __init__(self, *, quiet: bool = False) -> None:
        self.quiet = quiet

    def info(self, message: str) -> None:
        if not self.quiet:
            print(message, file=sys.stdout)

    def error(self, message: str) -> None:
        print(message, file=sys.stderr)

    def diagnostics(self, diagnostics: Iterable[Diagnostic]) -> None:
        """Each diagnostic on its own line, then a summary line."""
        items = list(diagnostics)
        for diagnostic in items:
            if diagnostic.is_error or not self.quiet:
                print(diagnostic.format(), file=sys.stderr)
        if items:
            print(summary(items), file=sys.stderr)
