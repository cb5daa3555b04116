"""``yaml_text``: the Jinja filter that writes an answer into a template's YAML as data.

Every answer reaches the templates as a value (never as template source), and every
template writes it through this filter: one YAML double-quoted string on one line, made by
PyYAML's own emitter, which escapes what must be escaped (quotes, backslashes, characters a
YAML reader would refuse). Nothing a user types can then open a new key, a comment or a
second line. Dates are the one exception: they are checked to be ``YYYY-MM-DD`` before any
template runs, and are written bare so that they read back as dates.
"""

from __future__ import annotations

import sys

import yaml
from jinja2 import Environment
from jinja2.ext import Extension


def yaml_text(value: object) -> str:
    """``value`` (a string) as a YAML double-quoted scalar that reads back as itself.

    >>> print(yaml_text('The "{{ 7*7 }}" group: #1'))
    "The \\"{{ 7*7 }}\\" group: #1"
    """
    if not isinstance(value, str):
        raise TypeError(f"yaml_text writes strings, not {type(value).__name__}")
    dumped = yaml.dump(
        value, Dumper=yaml.SafeDumper, default_style='"', allow_unicode=True, width=sys.maxsize
    )
    quoted = dumped.removesuffix("\n")
    if "\n" in quoted or yaml.safe_load(quoted) != value:  # pragma: no cover - PyYAML's promise
        raise ValueError(f"cannot write {value[:40]!r} as one YAML line")
    return quoted


class YamlText(Extension):
    """The Jinja extension that gives councilkit's templates the ``yaml_text`` filter
    (named in each template's ``cookiecutter.json`` under ``_extensions``)."""

    def __init__(self, environment: Environment) -> None:
        super().__init__(environment)
        environment.filters["yaml_text"] = yaml_text
