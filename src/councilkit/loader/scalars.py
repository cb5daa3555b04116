"""Reading scalar values (text, numbers, dates, choices) from YAML nodes, each problem
reported with its position and a fix."""

from __future__ import annotations

import datetime
import enum
import re
from typing import Any

from yaml.nodes import Node, ScalarNode

from councilkit.diagnostics import Diagnostic, Location, error
from councilkit.loader.nodes import INVALID, did_you_mean, kind_of
from councilkit.loader.source import SourceFile
from councilkit.model.schema import FieldSpec

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_NUMBER = re.compile(r"-?[0-9]+(\.[0-9]+)?")


class ScalarReader:
    """Reads the scalars of one file, collecting diagnostics."""

    def __init__(self, source: SourceFile) -> None:
        self.source = source
        self.diagnostics: list[Diagnostic] = []

    def text(self, node: Node, name: str, spec: FieldSpec) -> Any:
        if not isinstance(node, ScalarNode):
            return self.expected(node, "a single value", name)
        text = node.value
        if spec.pattern and not re.fullmatch(spec.pattern, text):
            message = f"'{text}' is not a valid {name}"
            if spec.help:
                message += f": {spec.help}"
            self.report(self.source.at(node), "bad-value", message)
            return INVALID
        return text

    def boolean(self, node: Node, name: str) -> Any:
        if isinstance(node, ScalarNode) and node.tag == "tag:yaml.org,2002:bool":
            return node.value.lower() in ("true", "yes", "on")
        return self.expected(node, "true or false", name)

    def integer(self, node: Node, name: str) -> Any:
        if isinstance(node, ScalarNode) and re.fullmatch(r"[0-9]+", node.value):
            return int(node.value)
        return self.expected(node, "a whole number", name)

    def number(self, node: Node, name: str) -> Any:
        if isinstance(node, ScalarNode) and _NUMBER.fullmatch(node.value):
            return float(node.value)
        return self.expected(
            node, "a number such as 1000 or 37.5 (a point before decimals, no spaces)", name
        )

    def date(self, node: Node, name: str) -> Any:
        if not isinstance(node, ScalarNode):
            return self.expected(node, "a date such as 2016-09-14", name)
        text = node.value
        if not _DATE.fullmatch(text):
            self.report(
                self.source.at(node),
                "bad-date",
                f"'{text}' is not a date; write dates as YYYY-MM-DD, for example 2016-09-14",
            )
            return INVALID
        try:
            return datetime.date.fromisoformat(text)
        except ValueError as exc:
            self.report(
                self.source.at(node),
                "bad-date",
                f"'{text}' is not a real date ({exc}); write dates as YYYY-MM-DD",
            )
            return INVALID

    def choice(self, node: Node, tp: type[enum.Enum], name: str) -> Any:
        allowed = [str(m.value) for m in tp]
        if not isinstance(node, ScalarNode):
            return self.expected(node, f"one of: {', '.join(allowed)}", name)
        for member in tp:
            if node.value == member.value:
                return member
        self.report(
            self.source.at(node),
            "bad-value",
            f"'{node.value}' is not a valid {name}{did_you_mean(node.value, allowed)} "
            f"(use one of: {', '.join(allowed)})",
        )
        return INVALID

    def expected(self, node: Node, expected: str, name: str | None = None) -> Any:
        found = kind_of(node)
        subject = f"'{name}' must be" if name else "expected"
        self.report(
            self.source.at(node), "wrong-type", f"{subject} {expected}, but this is {found}"
        )
        return INVALID

    def report(self, where: Location, code: str, message: str) -> None:
        self.diagnostics.append(error(where, code, message))
