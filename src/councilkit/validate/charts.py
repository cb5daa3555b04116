"""Rules on chart data that types alone cannot say: one value per category in every
series, and a pie of one series without negative values."""

from __future__ import annotations

from collections.abc import Iterator

from councilkit.diagnostics import Diagnostic, Location, error
from councilkit.model import ChartSlide, ChartType, Deck, Project
from councilkit.validate.scope import Scope


def check_charts(project: Project, scope: Scope) -> Iterator[Diagnostic]:
    """The data of every chart slide of every deck."""
    for group in project.groups:
        for document in group.documents:
            if isinstance(document, Deck):
                for slide in document.slides:
                    if isinstance(slide, ChartSlide):
                        yield from _chart(slide)


def _chart(slide: ChartSlide) -> Iterator[Diagnostic]:
    where = slide.loc or Location("<content>")
    if not slide.categories:
        yield error(
            where, "chart-data", "this chart has no categories; list them under 'categories:'"
        )
    if not slide.series:
        yield error(where, "chart-data", "this chart has no series; list them under 'series:'")
    count = len(slide.categories)
    for series in slide.series:
        if len(series.values) != count:
            yield error(
                series.loc or where,
                "chart-data",
                f"this series has {_values(len(series.values))} but the chart has "
                f"{count} categor{'y' if count == 1 else 'ies'}; give one value per "
                "category, in the order of 'categories'",
            )
    if slide.chart is not ChartType.PIE:
        return
    if len(slide.series) > 1:
        yield error(
            slide.series[1].loc or where,
            "chart-data",
            f"a pie chart shows one series, but this one has {len(slide.series)}; keep one "
            "series, or use a column or bar chart to compare series",
        )
    for series in slide.series:
        negative = [v for v in series.values if v < 0]
        if negative:
            yield error(
                series.loc or where,
                "chart-data",
                f"a pie chart cannot show a negative value ({negative[0]:g}); use a column "
                "or bar chart",
            )


def _values(count: int) -> str:
    return f"{count} value" if count == 1 else f"{count} values"
