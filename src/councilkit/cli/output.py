"""Writing to the terminal: results and diagnostics to stdout, faults to stderr.

Diagnostics go to standard output, in the format asked for (:mod:`councilkit.cli.formats`),
so that ``councilkit check content > report.txt`` keeps them. With a machine format (JSON,
SARIF) standard output holds that one document and nothing else: other messages go to
standard error.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from councilkit.cli.formats import MACHINE_FORMATS, render
from councilkit.diagnostics import Diagnostic


class Console:
    """Where the command line writes. ``quiet`` keeps only errors; ``format`` is how
    diagnostics are written (``text``, ``json``, ``github`` or ``sarif``)."""

    def __init__(self, *, quiet: bool = False, format: str = "text") -> None:
        self.quiet = quiet
        self.format = format

    def info(self, message: str) -> None:
        if not self.quiet:
            stream = sys.stderr if self.format in MACHINE_FORMATS else sys.stdout
            print(message, file=stream)

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
        """The diagnostics in the console's format on standard output (with ``quiet``,
        errors only); in the machine formats an empty list is written too."""
        items = [d for d in diagnostics if d.is_error or not self.quiet]
        if items or self.format in MACHINE_FORMATS:
            sys.stdout.write(render(items, self.format))
            sys.stdout.flush()


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
