"""The overview, bullets and numbered slide kinds: list items spread over as many slides
as they need (the bullets' first slide with an optional call-out)."""

from __future__ import annotations

from dataclasses import replace

from councilkit.model import BilingualText
from councilkit.model.slides import BulletsSlide, NumberedSlide, OverviewSlide, SectionSlide, Slide
from councilkit.render.pptx.kinds.body import TextContent, _callout
from councilkit.render.pptx.kinds.lists import item_units, plan_pages, title_runs
from councilkit.render.pptx.kinds.pairing import paired
from councilkit.render.pptx.plan import Box, Marker, Para, PlanContext, SlidePlan, TextBlock


def plan_overview(slide: OverviewSlide, ctx: PlanContext) -> list[SlidePlan]:
    """The items written, or the titles of the section slides (of the other slides when
    the deck has no sections)."""
    if slide.items:
        units = paired(ctx, lambda loc: item_units(loc, slide.items))
    else:
        slides = ctx.deck.slides
        sections: list[Slide] = [s for s in slides if isinstance(s, SectionSlide)]
        chosen = sections or [
            s for s in slides if s.KIND not in ("title", "overview", "closing") and s.title
        ]
        units = paired(
            ctx, lambda loc: [[Para(loc.runs(s.title), marker=Marker.BULLET)] for s in chosen]
        )
    return plan_list(ctx, slide, units)


def plan_bullets(slide: BulletsSlide, ctx: PlanContext) -> list[SlidePlan]:
    box = ctx.body(slide)
    lead = _intro(ctx, slide.intro)
    units = paired(ctx, lambda loc: item_units(loc, slide.items))
    callout: TextBlock | None = None
    callout_box: Box | None = None
    first_box = None
    if slide.callout is not None:
        first_box, column = box.columns((0.67, 0.33), ctx.style.gap * 2)
        callout, callout_box = _callout(ctx, slide.callout, column, centre=True)

    def build(block: TextBlock, index: int) -> TextContent:
        if index == 0 and first_box is not None:
            return TextContent(block, first_box, callout=callout, callout_box=callout_box)
        return TextContent(block, box)

    return plan_pages(
        ctx,
        slide,
        units,
        box,
        first_box=first_box,
        lead=lead,
        build=build,
        title=title_runs(ctx, slide),
    )


def plan_numbered(slide: NumberedSlide, ctx: PlanContext) -> list[SlidePlan]:
    lead = _intro(ctx, slide.intro)
    units = paired(ctx, lambda loc: item_units(loc, slide.items, marker=Marker.NUMBER))
    units = [[replace(unit[0], space_before=0.8), *unit[1:]] for unit in units]
    return plan_list(ctx, slide, units, lead)


def plan_list(
    ctx: PlanContext, slide: Slide, units: list[list[Para]], lead: list[Para] | None = None
) -> list[SlidePlan]:
    """Slides for ``units`` in the slide's body box, after ``lead`` paragraphs."""
    box = ctx.body(slide)
    return plan_pages(
        ctx,
        slide,
        units,
        box,
        lead=lead or [],
        build=lambda block, _: TextContent(block, box),
        title=title_runs(ctx, slide),
    )


def _intro(ctx: PlanContext, intro: BilingualText | None) -> list[Para]:
    """The intro paragraph above a list, if any."""
    if intro is None:
        return []
    return paired(ctx, lambda loc: [Para(loc.runs(intro), space_before=0)])
