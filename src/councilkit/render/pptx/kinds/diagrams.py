"""Diagram slide kinds: timeline, SWOT and logic model, planned as plain shapes (boxes,
bars, diamonds, arrows with their text) and drawn as one group of native shapes with
alternative text describing the whole diagram."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass

from pptx.enum.shapes import MSO_SHAPE

from councilkit.diagnostics import warning
from councilkit.localize import Run
from councilkit.model import ListItem
from councilkit.model.slides import LogicModelSlide, Slide, SwotSlide, TimelineSlide
from councilkit.render.pptx import _oxml
from councilkit.render.pptx.emit import SlideCanvas
from councilkit.render.pptx.fit import fit_size, fits, paginate
from councilkit.render.pptx.kinds.lists import (
    bold,
    continued,
    item_units,
    slide_plan,
    title_runs,
    where,
    words,
)
from councilkit.render.pptx.plan import (
    Align,
    Box,
    Para,
    PlanContext,
    SlidePlan,
    TextBlock,
)
from councilkit.render.pptx.registry import KINDS

SHAPES = {
    "rectangle": MSO_SHAPE.RECTANGLE,
    "diamond": MSO_SHAPE.DIAMOND,
    "right-arrow": MSO_SHAPE.RIGHT_ARROW,
}


@dataclass(frozen=True, slots=True)
class Drawn:
    """One shape of a diagram; colours are palette roles (``primary``, ``light``…)."""

    shape: str
    box: Box
    text: TextBlock | None = None
    fill: str | None = None
    line: str | None = None
    anchor: str = "middle"
    name: str = ""


@dataclass(frozen=True, slots=True)
class DiagramContent:
    """A diagram: its shapes, drawn as one described group, and optional commentary."""

    name: str
    descr: str
    shapes: tuple[Drawn, ...]
    commentary: TextBlock | None = None
    commentary_box: Box | None = None


def emit_diagram(canvas: SlideCanvas, plan: SlidePlan) -> None:
    content = plan.content
    assert isinstance(content, DiagramContent)
    canvas.remove_body()
    palette = canvas.palette
    if content.commentary is not None and content.commentary_box is not None:
        canvas.text_box(content.commentary_box, content.commentary, name="Commentary")
    members = []
    for drawn in content.shapes:
        kind = SHAPES[drawn.shape]
        fill, line = palette.colour(drawn.fill), palette.colour(drawn.line)
        name = drawn.name or None
        if drawn.text is None:
            created = canvas.shape(kind, drawn.box, fill=fill, line=line, name=name)
        else:
            created = canvas.text_box(
                drawn.box,
                drawn.text,
                fill=fill,
                line=line,
                anchor=drawn.anchor,
                shape=kind,
                name=name,
            )
        members.append(created)
    group = canvas.group(content.name, content.descr, members)
    if content.commentary is not None:
        _oxml.move_to_back(group)  # commentary is read before the diagram's details


def _commentary(
    ctx: PlanContext, slide: Slide, items: Sequence[ListItem], box: Box, fraction: float
) -> tuple[Box, TextBlock | None, Box | None]:
    """Cut a commentary column off the right of ``box`` when there is commentary."""
    if not items:
        return box, None, None
    diagram, column = box.columns((1 - fraction, fraction), ctx.style.gap * 1.5)
    paras = [p for unit in item_units(ctx.localizer, items) for p in unit]
    size = fit_size(paras, column, start=18, floor=12)
    if size is None:
        size = 12
        ctx.diagnostics.append(
            warning(where(slide), "text-too-long", "the commentary of this slide is too long")
        )
    return diagram, TextBlock(tuple(paras), size), column


def _label(
    runs: tuple[Run, ...], size: float, *, colour: str | None = None, align: Align = Align.LEFT
) -> TextBlock:
    return TextBlock((Para(runs, align=align, color=colour, space_before=0),), size)


def _common_size(
    texts: Sequence[tuple[Sequence[Para], Box]], *, start: float, floor: float
) -> float | None:
    """The largest size at which every text fits its box."""
    size = start
    while size >= floor:
        if all(fits(paras, box, size) for paras, box in texts):
            return size
        size -= 0.5
    return None


# -- timeline ------------------------------------------------------------------------


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


# -- SWOT ------------------------------------------------------------------------------

QUADRANTS = ("Strengths", "Weaknesses", "Opportunities", "Threats")


def plan_swot(slide: SwotSlide, ctx: PlanContext) -> list[SlidePlan]:
    """A 2x2 grid of headed quadrants; when the items do not fit even at the floor size,
    the quadrants continue on a following slide."""
    localizer = ctx.localizer
    style = ctx.style
    area, commentary, commentary_box = _commentary(
        ctx, slide, slide.commentary, ctx.body(slide), 0.3
    )
    lists = (slide.strengths, slide.weaknesses, slide.opportunities, slide.threats)
    gap = 8.0
    heading = 30.0
    cells = [c for row in area.rows(2, gap) for c in row.columns((1, 1), gap)]
    bodies = [cell.below(heading) for cell in cells]
    paras = [[p for unit in item_units(localizer, items) for p in unit] for items in lists]
    size = _common_size(
        list(zip(paras, bodies, strict=True)), start=16, floor=style.diagram_floor + 1
    )
    pages: list[list[list[Para]]]
    if size is None:
        size = style.diagram_floor + 1
        split = [
            paginate(item_units(localizer, items), bodies[i], size) for i, items in enumerate(lists)
        ]
        count = max(len(s) for s in split)
        pages = [[s[n] if n < len(s) else [] for s in split] for n in range(count)]
    else:
        pages = [paras]
    descr = localizer.tr(
        "SWOT analysis: {strengths} strengths, {weaknesses} weaknesses, "
        "{opportunities} opportunities, {threats} threats."
    ).format(
        strengths=len(slide.strengths),
        weaknesses=len(slide.weaknesses),
        opportunities=len(slide.opportunities),
        threats=len(slide.threats),
    )
    title = title_runs(ctx, slide)
    plans: list[SlidePlan] = []
    for index, page in enumerate(pages):
        shapes: list[Drawn] = []
        for name, cell, body, quadrant in zip(QUADRANTS, cells, bodies, page, strict=True):
            head = _label(bold(words(localizer, localizer.tr(name))), 16, colour="white")
            shapes.append(
                Drawn("rectangle", cell.take_top(heading), head, fill="primary", name=name)
            )
            shapes.append(
                Drawn(
                    "rectangle",
                    body,
                    TextBlock(tuple(quadrant), size),
                    fill="light",
                    anchor="top",
                    name=f"{name} list",
                )
            )
        page_title = title if index == 0 else continued(ctx, title, index)
        content = DiagramContent(
            localizer.tr("SWOT analysis"),
            descr,
            tuple(shapes),
            commentary if index == 0 else None,
            commentary_box if index == 0 else None,
        )
        plans.append(slide_plan(ctx, slide, page_title, content, continuation=index))
    return plans


# -- logic model -----------------------------------------------------------------------


def plan_logic_model(slide: LogicModelSlide, ctx: PlanContext) -> list[SlidePlan]:
    """Columns of boxes, a heading on each, block arrows between columns."""
    localizer = ctx.localizer
    style = ctx.style
    area, commentary, commentary_box = _commentary(
        ctx, slide, slide.commentary, ctx.body(slide), 0.26
    )
    count = max(len(slide.columns), 1)
    arrow_gap = 24.0
    columns = area.columns(tuple(1.0 for _ in range(count)), arrow_gap)
    heading = 34.0
    gap = 8.0
    depth = max((len(c.items) for c in slide.columns), default=1) or 1
    box_height = (area.height - heading - gap - gap * (depth - 1)) / depth
    texts: list[tuple[list[Para], Box]] = []
    for column, box in zip(slide.columns, columns, strict=True):
        for j, item in enumerate(column.items):
            top = box.top + heading + gap + j * (box_height + gap)
            runs = (
                localizer.runs(item.text) if item.lead is None else bold(localizer.runs(item.lead))
            )
            texts.append(
                (
                    [Para(runs, align=Align.CENTER, space_before=0)],
                    Box(box.left, top, box.width, box_height),
                )
            )
    size = _common_size(texts, start=14, floor=style.diagram_floor)
    if size is None:
        size = style.diagram_floor
        ctx.diagnostics.append(
            warning(where(slide), "text-too-long", "a box of this logic model has too much text")
        )
    shapes: list[Drawn] = []
    for i, (column, box) in enumerate(zip(slide.columns, columns, strict=True)):
        head = _label(bold(localizer.runs(column.heading)), 15, colour="white", align=Align.CENTER)
        shapes.append(
            Drawn("rectangle", box.take_top(heading), head, fill="primary", name="Heading")
        )
        if i + 1 < count:
            middle = box.top + heading + (area.height - heading) / 2
            shapes.append(
                Drawn(
                    "right-arrow",
                    Box(box.right + 3, middle - 11, arrow_gap - 6, 22),
                    fill="line",
                    name="Arrow",
                )
            )
    for paras, box in texts:
        shapes.append(
            Drawn(
                "rectangle",
                box,
                TextBlock(tuple(paras), size),
                fill="light",
                line="line",
                name="Box",
            )
        )
    sep = localizer.lead_separator()
    parts = [f"{localizer.plain(c.heading)} ({len(c.items)})" for c in slide.columns]
    descr = f"{localizer.tr('Logic model')}{sep}{' → '.join(parts)}."
    content = DiagramContent(
        localizer.tr("Logic model"), descr, tuple(shapes), commentary, commentary_box
    )
    return [slide_plan(ctx, slide, title_runs(ctx, slide), content)]


KINDS.register("timeline", planner=plan_timeline, emitter=emit_diagram)
KINDS.register("swot", planner=plan_swot, emitter=emit_diagram)
KINDS.register("logic-model", planner=plan_logic_model, emitter=emit_diagram)
