"""Validation: rules that read the model and return diagnostics. Rules never print.

Rules are listed in :data:`RULES`, run in order, and each returns the problems it finds.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from councilkit.diagnostics import Diagnostic
from councilkit.model import Project
from councilkit.validate.charts import check_charts
from councilkit.validate.outputs import check_outputs
from councilkit.validate.references import check_references
from councilkit.validate.scope import Scope
from councilkit.validate.shapes import check_shapes
from councilkit.validate.structure import check_structure
from councilkit.validate.texts import check_texts

Rule = Callable[[Project, Scope], Iterable[Diagnostic]]

RULES: tuple[Rule, ...] = (
    check_texts,
    check_references,
    check_structure,
    check_shapes,
    check_charts,
    check_outputs,
)


def validate(
    project: Project,
    *,
    group_ids: Sequence[str] | None = None,
    unreadable: frozenset[str] = frozenset(),
) -> list[Diagnostic]:
    """Every problem the rules find in ``project``. ``group_ids`` names every group of the
    content when ``project`` holds only some of them (a build checks one at a time);
    ``unreadable`` names (``group/document``) the documents left out for their errors."""
    ids = tuple(group_ids) if group_ids is not None else tuple(g.id for g in project.groups)
    scope = Scope(group_ids=ids, unreadable=unreadable)
    return [d for rule in RULES for d in rule(project, scope)]


__all__ = ["RULES", "Rule", "Scope", "validate"]
