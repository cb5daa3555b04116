"""Rules on the shapes the renderers rely on: tables whose rows have as many cells as their
header, roadmaps with periods, logic models and timelines that fit on a slide."""

from __future__ import annotations

from collections.abc import Iterator

from councilkit.diagnostics import Diagnostic, Location, error, warning
from councilkit.model import (
    LogicModelSlide,
    Project,
    RoadmapSlide,
    TableData,
    TimelineSlide,
)
from councilkit.validate.scope import Scope
from councilkit.validate.walk import iter_records

MAX_LOGIC_MODEL_COLUMNS = 8
"""Columns a logic model may have: more would be too narrow to read on a slide."""

MAX_TIMELINE_MONTHS = 60
"""Months a timeline may span (five years): each month is a labelled column."""


def check_shapes(project: Project, scope: Scope) -> Iterator[Diagnostic]:
    """Tables, roadmaps, logic models and timelines of every document."""
    for group in project.groups:
        for document in group.documents:
            where = document.loc or Location(group.id)
            for table in iter_records(document, TableData):
                yield from _table(table, table.loc or where)
            for roadmap in iter_records(document, RoadmapSlide):
                yield from _roadmap(roadmap, roadmap.loc or where)
            for model in iter_records(document, LogicModelSlide):
                yield from _logic_model(model, model.loc or where)
            for timeline in iter_records(document, TimelineSlide):
                yield from _timeline(timeline, timeline.loc or where)


def _table(table: TableData, where: Location) -> Iterator[Diagnostic]:
    columns = len(table.header)
    if columns == 0:
        yield error(
            where,
            "table-shape",
            "this table's header is empty; give each column a heading in 'header: [...]'",
        )
        return
    if not table.rows:
        yield warning(where, "empty-table", "this table has no rows; add rows, or remove the table")
    for number, row in enumerate(table.rows, start=1):
        if len(row) != columns:
            at = row[0].loc if row and row[0].loc else where
            yield error(
                at,
                "table-shape",
                f"row {number} of this table has {_cells(len(row))} but the header has "
                f"{_cells(columns)}; give every row one cell a column",
            )


def _roadmap(slide: RoadmapSlide, where: Location) -> Iterator[Diagnostic]:
    if not slide.periods:  # period ids are checked unique with the deck's other ids
        yield error(
            where,
            "missing-field",
            "this roadmap has no periods; list its columns in 'periods:' (id, en, fr)",
        )


def _logic_model(slide: LogicModelSlide, where: Location) -> Iterator[Diagnostic]:
    count = len(slide.columns)
    if count == 0:
        yield error(
            where,
            "missing-field",
            "this logic model has no columns; list them in 'columns:' (heading, items)",
        )
    elif count > MAX_LOGIC_MODEL_COLUMNS:
        yield error(
            where,
            "too-many",
            f"this logic model has {count} columns; a slide shows at most "
            f"{MAX_LOGIC_MODEL_COLUMNS} readably: merge columns, or split it over two slides",
        )


def _timeline(slide: TimelineSlide, where: Location) -> Iterator[Diagnostic]:
    months = (slide.end.year - slide.start.year) * 12 + slide.end.month - slide.start.month + 1
    if months > MAX_TIMELINE_MONTHS:
        yield error(
            where,
            "too-many",
            f"this timeline spans {months} months; a slide shows at most "
            f"{MAX_TIMELINE_MONTHS} (one column a month): split it over several slides",
        )


def _cells(count: int) -> str:
    return f"{count} cell" if count == 1 else f"{count} cells"
