"""The SWOT slide kind: strengths, weaknesses, opportunities and threats in a 2x2 grid of
headed quadrants."""

from __future__ import annotations

from councilkit.model.slides import SwotSlide
from councilkit.render.pptx.fit import paginate
from councilkit.render.pptx.kinds.diagram import (
    DiagramContent,
    Drawn,
    _commentary,
    _common_size,
    _label,
)
from councilkit.render.pptx.kinds.lists import (
    bold,
    continued,
    item_units,
    slide_plan,
    title_runs,
    words,
)
from councilkit.render.pptx.kinds.pairing import paired
from councilkit.render.pptx.plan import Para, PlanContext, SlidePlan, TextBlock

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
    units = paired(ctx, lambda loc: [item_units(loc, items) for items in lists])
    paras = [[p for unit in quadrant for p in unit] for quadrant in units]
    size = _common_size(list(zip(paras, bodies, strict=True)), start=16, floor=style.diagram_floor)
    pages: list[list[list[Para]]]
    if size is None:
        size = style.diagram_floor
        split = [paginate(quadrant, bodies[i], size) for i, quadrant in enumerate(units)]
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
