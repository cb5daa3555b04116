"""Diagnostics: what councilkit tells a person about their content.

A :class:`Diagnostic` is a problem found in content, with where it is and how to
fix it. Steps of the pipeline return diagnostics; they never print them. The
command line formats them one per line, in the form editors and CI annotate::

    content/groups/x/terms.yaml:14:7: error: unknown field 'titel'; did you mean 'title'?
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True, order=True)
class Location:
    """A position in a content file: 1-based line and column; or, in a file that has no
    lines (a Word or PowerPoint file), ``place``: the part and where in it, as
    ``word/document.xml:paragraph 3 "Budget…"``."""

    path: str
    line: int = 1
    column: int = 1
    place: str = ""

    def __str__(self) -> str:
        if self.place:
            return f"{self.path}:{self.place}"
        return f"{self.path}:{self.line}:{self.column}"


class Severity(enum.Enum):
    """How bad a diagnostic is. Only errors stop a build."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """One problem in content: where, how bad, a stable code, and a message for people."""

    location: Location
    severity: Severity
    code: str
    message: str
    _order: tuple[str, int, int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        loc = self.location
        object.__setattr__(self, "_order", (loc.path, loc.line, loc.column))

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def format(self) -> str:
        """The one-line form: ``path:line:col: severity: message [code]``; with a place,
        ``path:place: severity: code: message`` (the audit's form)."""
        if self.location.place:
            return f"{self.location}: {self.severity.value}: {self.code}: {self.message}"
        return f"{self.location}: {self.severity.value}: {self.message} [{self.code}]"

    def as_dict(self) -> dict[str, str | int]:
        """The diagnostic as plain data: path, line, column (or place), severity, code,
        message."""
        where: dict[str, str | int] = (
            {"place": self.location.place}
            if self.location.place
            else {"line": self.location.line, "column": self.location.column}
        )
        return {
            "path": self.location.path,
            **where,
            "severity": self.severity.value,
            "code": self.code,
            "message": self.message,
        }


def error(location: Location, code: str, message: str) -> Diagnostic:
    """An error diagnostic."""
    return Diagnostic(location, Severity.ERROR, code, message)


def warning(location: Location, code: str, message: str) -> Diagnostic:
    """A warning diagnostic."""
    return Diagnostic(location, Severity.WARNING, code, message)


def sort_diagnostics(diagnostics: Iterable[Diagnostic]) -> list[Diagnostic]:
    """Diagnostics in file and position order, duplicates removed."""
    unique = dict.fromkeys(diagnostics)
    return sorted(unique, key=lambda d: (d._order, d.code, d.message))


def has_errors(diagnostics: Iterable[Diagnostic]) -> bool:
    """True when any diagnostic is an error."""
    return any(d.is_error for d in diagnostics)


def summary(diagnostics: Iterable[Diagnostic]) -> str:
    """A one-line count: ``2 errors, 1 warning``."""
    items = list(diagnostics)
    errors = sum(1 for d in items if d.is_error)
    warnings = len(items) - errors
    return f"{_plural(errors, 'error')}, {_plural(warnings, 'warning')}"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"
