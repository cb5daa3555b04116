"""Validation: rules that read the model and return diagnostics. Rules never print.

Rules are listed in :data:`RULES`, run in order, and each returns the problems it finds.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from councilkit.diagnostics import Diagnostic
from councilkit.model import Project
from councilkit.validate.references import check_references
from councilkit.validate.structure import check_structure
from councilkit.validate.texts import check_texts

Rule = Callable[[Project], Iterable[Diagnostic]]

RULES: tuple[Rule, ...] = (check_texts, check_references, check_structure)


def validate(project: Project) -> list[Diagnostic]:
    """Every problem the rules find in ``project``."""
    return [d for rule in RULES for d in rule(project)]


__all__ = ["RULES", "Rule", "validate"]
