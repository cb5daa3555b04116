"""Writing to the terminal: diagnostics to stderr, results to stdout."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

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

    @contextmanager
    def progress(self, label: str) -> Iterator[Progress]:
        """A progress bar on a terminal; nothing when output goes to a file or CI log."""
        if self.quiet or not sys.stderr.isatty():
            yield Progress(None)
            return
        from rich.progress import Progress as RichProgress

        with RichProgress(transient=True) as bar:
            yield Progress(bar, bar.add_task(label, total=None))

    def diagnostics(self, diagnostics: Iterable[Diagnostic]) -> None:
        """Each diagnostic on its own line, then a summary line."""
        items = list(diagnostics)
        for diagnostic in items:
            if diagnostic.is_error or not self.quiet:
                print(diagnostic.format(), file=sys.stderr)
        if items:
            print(summary(items), file=sys.stderr)


class Progress:
    """Counts files done; draws them when a terminal is attached."""

    def __init__(self, bar: Any, task: Any = None) -> None:
        self._bar = bar
        self._task = task

    def advance(self) -> None:
        if self._bar is not None:
            self._bar.advance(self._task)

    def stop(self) -> None:
        if self._bar is not None:
            self._bar.stop()
