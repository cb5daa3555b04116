"""The timeline slide kind: months across, a bar per activity and a diamond per
milestone."""

from __future__ import annotations

import datetime

from councilkit.diagnostics import warning
from councilkit.localize import Run
from councilkit.model.slides import TimelineSlide
from councilkit.render.pptx.kinds.diagram import DiagramContent, Drawn, _common_size, _label
from councilkit.render.pptx.kinds.lists import bold, continued, slide_plan, title_runs, where, words
from councilkit.render.pptx.plan import Align, Box, Para, PlanContext, SlidePlan


def _months(start: datetime.date, end: datetime.date) -> list[datetime.date]:
    months = []
    current = start.replace(day=1)
    while current <= end:
        months.append(current)
        current = (current.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)
    return months


def plan_timeline(slide: TimelineSlide, ctx: PlanContext) -> list[SlidePlan]:
    """Months across, one row per activity (a bar) then per milestone (a diamond); rows
    that do not fit go on a continuation slide."""
    localizer = ctx.localizer
    style = ctx.style
    area = ctx.body(slide)
    rows: list[tuple[tuple[Run, ...], datetime.date, datetime.date | None]] = [
        (localizer.runs(a.text), a.start, a.end) for a in slide.activities
    ]
    rows += [(bold(localizer.runs(m.text)), m.date, None) for m in slide.milestones]
    header = 26.0
    min_row, max_row = 24.0, 40.0
    per_slide = max(1, int((area.height - header - 4) // min_row))
    chunks = [rows[i : i + per_slide] for i in range(0, len(rows), per_slide)] or [[]]
    first = slide.start
    last = slide.end + datetime.timedelta(days=1)
    span = max((last - first).days, 1)
    plans: list[SlidePlan] = []
    title = title_runs(ctx, slide)
    descr = localizer.tr(
        "Timeline from {start} to {end}: {activities} activities and {milestones} milestones."
    ).format(
        start=localizer.date(slide.start),
        end=localizer.date(slide.end),
        activities=len(slide.activities),
        milestones=len(slide.milestones),
    )
    for index, chunk in enumerate(chunks):
        label_col, grid = area.columns((0.44, 0.56), 8)
        row_height = min(max_row, (area.height - header - 4) / max(len(chunk), 1))

        def x(date: datetime.date, grid: Box = grid) -> float:
            days = min(max((date - first).days, 0), span)
            return grid.left + grid.width * days / span

        shapes: list[Drawn] = []
        top = area.top
        for i, month in enumerate(_months(slide.start, slide.end)):
            left = x(max(month, first))
            following = (month.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)
            right = x(min(following, last))
            box = Box(left, top, right - left, header)
            shapes.append(
                Drawn(
                    "rectangle",
                    box,
                    _label(
                        words(localizer, localizer.month(month)),
                        12,
                        colour="white",
                        align=Align.CENTER,
                    ),
                    fill="primary",
                    line="white",
                    name=f"Month {i + 1}",
                )
            )
        rows_top = top + header + 4
        labels: list[tuple[list[Para], Box]] = []
        for i, (runs, _, _) in enumerate(chunk):
            box = Box(label_col.left, rows_top + i * row_height, label_col.width, row_height)
            labels.append(([Para(runs, space_before=0)], box))
        size = _common_size(labels, start=style.diagram_size, floor=style.diagram_floor)
        if size is None:
            size = style.diagram_floor
            ctx.diagnostics.append(
                warning(
                    where(slide), "text-too-long", "an activity of this timeline has a long name"
                )
            )
        for i, ((runs, start, end), (_, box)) in enumerate(zip(chunk, labels, strict=True)):
            band = Box(area.left, box.top, area.width, row_height)
            if i % 2 == 0:
                shapes.append(Drawn("rectangle", band, fill="light", name="Row band"))
            shapes.append(Drawn("rectangle", box, _label(runs, size), name="Label"))
            middle = box.top + row_height / 2
            if end is None:
                side = min(row_height * 0.7, 16.0)
                centre = x(start)
                shapes.append(
                    Drawn(
                        "diamond",
                        Box(centre - side / 2, middle - side / 2, side, side),
                        fill="marker",
                        name="Milestone",
                    )
                )
            else:
                left, right = x(start), x(end + datetime.timedelta(days=1))
                height = min(row_height * 0.5, 14.0)
                shapes.append(
                    Drawn(
                        "rectangle",
                        Box(left, middle - height / 2, max(right - left, 3.0), height),
                        fill="primary",
                        name="Activity",
                    )
                )
        page_title = title if index == 0 else continued(ctx, title, index)
        content = DiagramContent(localizer.tr("Timeline"), descr, tuple(shapes))
        plans.append(slide_plan(ctx, slide, page_title, content, continuation=index))
    return plans
