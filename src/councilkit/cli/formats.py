"""Diagnostics written for people and for machines: text, JSON, GitHub annotations, SARIF.

``text`` is one ``path:line:col: severity: message [code]`` line each, then a summary line;
``github`` writes the workflow commands that annotate a pull request
(``::error file=…,line=…,col=…,title=code::message``), then the summary; ``json`` is a list
of objects; ``sarif`` is a SARIF 2.1.0 log whose rule ids are the diagnostic codes. The two
machine formats are one JSON document each, so nothing else is written with them.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import PurePath
from urllib.parse import quote

from councilkit import __version__
from councilkit.diagnostics import Diagnostic, summary

FORMATS = ("text", "json", "github", "sarif")
MACHINE_FORMATS = frozenset({"json", "sarif"})
"""Formats whose whole output is one JSON document: other messages go to standard error."""

SARIF_SCHEMA = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)


def text(diagnostics: Sequence[Diagnostic]) -> str:
    """One line per diagnostic, then a summary line (nothing when there are none)."""
    if not diagnostics:
        return ""
    lines = [d.format() for d in diagnostics]
    return "\n".join([*lines, summary(diagnostics)]) + "\n"


def as_json(diagnostics: Sequence[Diagnostic]) -> str:
    """A JSON list of ``{path, line, column, severity, code, message}`` objects."""
    return json.dumps([d.as_dict() for d in diagnostics], indent=2, ensure_ascii=False) + "\n"


def github(diagnostics: Sequence[Diagnostic]) -> str:
    """GitHub Actions workflow commands, one per diagnostic, then a summary line.

    >>> from councilkit.diagnostics import Location, error
    >>> print(github([error(Location("a b.yaml", 4, 9), "bad-value", "50%, not 1,2")]), end="")
    ::error file=a b.yaml,line=4,col=9,title=bad-value::50%25, not 1,2
    1 error, 0 warnings
    """
    if not diagnostics:
        return ""
    lines = []
    for d in diagnostics:
        loc = d.location
        properties = (
            f"file={_property(loc.path)},line={loc.line},col={loc.column},title={_property(d.code)}"
        )
        message = f"{loc.place}: {d.message}" if loc.place else d.message
        lines.append(f"::{d.severity.value} {properties}::{_data(message)}")
    return "\n".join([*lines, summary(diagnostics)]) + "\n"


def sarif(diagnostics: Sequence[Diagnostic]) -> str:
    """A SARIF 2.1.0 log with one run of councilkit: a rule per diagnostic code."""
    codes = sorted({d.code for d in diagnostics})
    index = {code: i for i, code in enumerate(codes)}
    rules = [{"id": code, "name": code, "shortDescription": {"text": code}} for code in codes]
    results = [
        {
            "ruleId": d.code,
            "ruleIndex": index[d.code],
            "level": d.severity.value,
            "message": {"text": d.message},
            "locations": [_sarif_location(d)],
        }
        for d in diagnostics
    ]
    log = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "councilkit",
                        "version": __version__,
                        "rules": rules,
                    }
                },
                "results": results,
            }
        ],
    }
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"


def _sarif_location(d: Diagnostic) -> dict[str, object]:
    """Where a SARIF result is: a line and column, or the file and a named place in it."""
    artifact = {"uri": _uri(d.location.path)}
    if d.location.place:
        return {
            "physicalLocation": {"artifactLocation": artifact},
            "logicalLocations": [{"fullyQualifiedName": d.location.place}],
        }
    region = {"startLine": d.location.line, "startColumn": d.location.column}
    return {"physicalLocation": {"artifactLocation": artifact, "region": region}}


WRITERS: dict[str, Callable[[Sequence[Diagnostic]], str]] = {
    "text": text,
    "json": as_json,
    "github": github,
    "sarif": sarif,
}


def render(diagnostics: Sequence[Diagnostic], format_name: str) -> str:
    """The diagnostics in the named format."""
    return WRITERS[format_name](diagnostics)


def _data(message: str) -> str:
    """A workflow command's message, escaped as GitHub reads it."""
    return message.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(value: str) -> str:
    """A workflow command's property value, escaped as GitHub reads it."""
    return _data(value).replace(":", "%3A").replace(",", "%2C")


def _uri(path: str) -> str:
    """A file's path as a URI reference: relative paths stay relative."""
    pure = PurePath(path)
    if pure.is_absolute():
        return "file://" + quote(pure.as_posix())
    return quote(pure.as_posix())
