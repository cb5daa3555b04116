"""The exceptions councilkit raises.

Hierarchy::

    CouncilkitError (Exception)
    ├── ContentError      content has errors; carries the diagnostics
    └── UsageError        the request cannot be carried out (no such folder, bad option)

Problems in content are diagnostics, not exceptions: :func:`councilkit.check` returns them
and :func:`councilkit.load` raises one :class:`ContentError` carrying all of them.
"""

from __future__ import annotations

from collections.abc import Sequence

from councilkit.diagnostics import Diagnostic, summary


class CouncilkitError(Exception):
    """Base class of every error councilkit raises on purpose."""


class ContentError(CouncilkitError, ValueError):
    """The content has errors. ``diagnostics`` holds every problem found, errors and warnings."""

    def __init__(self, diagnostics: Sequence[Diagnostic]) -> None:
        self.diagnostics: tuple[Diagnostic, ...] = tuple(diagnostics)
        lines = [d.format() for d in self.diagnostics if d.is_error]
        super().__init__("\n".join([*lines, summary(self.diagnostics)]))


class UsageError(CouncilkitError):
    """A request councilkit cannot carry out: a missing folder, a bad option, an unsafe path."""
