"""The audit's rules: each with a stable id, a severity and what it checks.

The ids are what ``councilkit audit`` prints after the severity, and what the README lists.
"""

from __future__ import annotations

from dataclasses import dataclass

from councilkit.diagnostics import Diagnostic, Location, Severity


@dataclass(frozen=True, slots=True)
class Rule:
    """One accessibility rule: its id, how bad breaking it is, and what it checks."""

    id: str
    severity: Severity
    checks: str


_E, _W = Severity.ERROR, Severity.WARNING

RULES: dict[str, Rule] = {
    rule.id: rule
    for rule in (
        Rule("document-title", _E, "the file has a title (File > Info > Properties > Title)"),
        Rule(
            "document-language",
            _E,
            "the text has a language, and it is a real language tag such as en-CA (Word: "
            "each run with text, from itself, its styles or the document's default; "
            "PowerPoint: the presentation's default or every run)",
        ),
        Rule("alt-text", _E, "every picture, chart and diagram has alternative text"),
        Rule("alt-text-file-name", _E, "no alternative text is just a file name"),
        Rule("table-header", _E, "every table has a header row (repeated on each page in Word)"),
        Rule("heading-skip", _E, "heading levels do not skip (Heading 1 then Heading 3)"),
        Rule("slide-title", _E, "every slide has a title that is not empty"),
        Rule(
            "text-contrast",
            _E,
            "text has a contrast of 4.5:1 with what is behind it (3:1 for large text)",
        ),
        Rule("merged-cells", _W, "no merged or split table cells"),
        Rule("blank-table-cells", _W, "no table row or column is blank"),
        Rule("nested-table", _W, "no table inside a table"),
        Rule("floating-picture", _W, "pictures are in line with text, not floating"),
        Rule("empty-paragraphs", _W, "no run of empty paragraphs used for spacing"),
        Rule(
            "tab-spacing",
            _W,
            "no tabs used for spacing (two tabs in a row, or tabs to indent a paragraph)",
        ),
        Rule("typed-list", _W, "lists use list formatting, not numbers or bullets typed by hand"),
        Rule("link-text", _W, "link text says where it goes (not a web address, not 'click here')"),
        Rule("duplicate-slide-title", _W, "no two slides have the same title"),
        Rule("reading-order", _W, "the title is the first thing read on each slide"),
        Rule("small-slide-text", _W, "body text on slides is 18 pt or larger"),
        Rule("tracked-changes", _W, "no tracked changes are left in the document"),
        Rule("comments", _W, "no comments are left in the document"),
    )
}


def finding(path: str, rule_id: str, part: str, where: str, message: str) -> Diagnostic:
    """A diagnostic for breaking rule ``rule_id`` at ``part`` and ``where`` in it."""
    rule = RULES[rule_id]
    place = f"{part}:{where}" if where else part
    return Diagnostic(Location(path, place=place), rule.severity, rule_id, message)
