"""The logic-model slide kind: columns of boxes with block arrows between them."""

from __future__ import annotations

from councilkit.diagnostics import warning
from councilkit.localize import Localizer
from councilkit.model.slides import LogicModelSlide
from councilkit.render.pptx.kinds.diagram import (
    DiagramContent,
    Drawn,
    _commentary,
    _common_size,
    _label,
)
from councilkit.render.pptx.kinds.lists import bold, slide_plan, title_runs, where
from councilkit.render.pptx.kinds.pairing import paired
from councilkit.render.pptx.plan import Align, Box, Para, PlanContext, SlidePlan, TextBlock


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
    boxes = paired(ctx, lambda loc: _boxes(loc, slide))
    for box, paras in zip(columns, boxes, strict=True):
        for j, para in enumerate(paras):
            top = box.top + heading + gap + j * (box_height + gap)
            texts.append(([para], Box(box.left, top, box.width, box_height)))
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


def _boxes(localizer: Localizer, slide: LogicModelSlide) -> list[list[Para]]:
    """The paragraph of each box, column by column: its lead term, else its text."""
    return [
        [
            Para(
                localizer.runs(item.text) if item.lead is None else bold(localizer.runs(item.lead)),
                align=Align.CENTER,
                space_before=0,
            )
            for item in column.items
        ]
        for column in slide.columns
    ]
