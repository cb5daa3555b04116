"""The quote and statement slide kinds: a quotation (with its attribution and an optional
call-out) and a statement set large in the middle of the slide."""

from __future__ import annotations

from councilkit.localize import Run
from councilkit.model.slides import QuoteSlide, StatementSlide
from councilkit.render.pptx.kinds.body import TextContent, _callout, _simple
from councilkit.render.pptx.kinds.lists import bold, plan_pages, title_runs
from councilkit.render.pptx.plan import Align, Box, Para, PlanContext, SlidePlan, TextBlock


def plan_quote(slide: QuoteSlide, ctx: PlanContext) -> list[SlidePlan]:
    localizer = ctx.localizer
    box = ctx.body(slide)
    units = [[Para(localizer.runs(text), space_before=0.6)] for text in slide.quote]
    if slide.attribution is not None:
        dash = Run("— ", language=localizer.language)
        units[-1].append(
            Para(
                (dash, *localizer.runs(slide.attribution)),
                align=Align.RIGHT,
                scale=0.85,
                space_before=0.9,
            )
        )
    callout: TextBlock | None = None
    callout_box: Box | None = None
    quote_box = box
    if slide.callout is not None:
        callout, callout_box = _callout(ctx, localizer.runs(slide.callout), box, centre=False)
        quote_box = Box(box.left, box.top, box.width, callout_box.top - box.top - ctx.style.gap)

    def build(block: TextBlock, index: int) -> TextContent:
        if index == 0:
            return TextContent(block, quote_box, callout=callout, callout_box=callout_box)
        return TextContent(block, box)

    return plan_pages(
        ctx, slide, units, box, first_box=quote_box, build=build, title=title_runs(ctx, slide)
    )


def plan_statement(slide: StatementSlide, ctx: PlanContext) -> list[SlidePlan]:
    runs = bold(ctx.localizer.runs(slide.statement))
    para = Para(runs, align=Align.CENTER, color="primary", space_before=0)
    plans = _simple(
        ctx,
        slide,
        title_runs(ctx, slide),
        [para],
        start=ctx.style.statement_size,
        floor=24,
        anchor="middle",
    )
    return plans
