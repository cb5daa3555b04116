"""The title, section and closing slide kinds: a title and a few lines under it, at the
largest size that fits."""

from __future__ import annotations

from dataclasses import replace

from councilkit.model.slides import ClosingSlide, SectionSlide, TitleSlide
from councilkit.render.pptx.kinds.body import _simple
from councilkit.render.pptx.kinds.lists import bold, title_runs, title_size, words
from councilkit.render.pptx.plan import Para, PlanContext, SlidePlan


def plan_title(slide: TitleSlide, ctx: PlanContext) -> list[SlidePlan]:
    localizer = ctx.localizer
    deck = ctx.deck
    title = title_runs(ctx, slide, deck.title)
    subtitle = localizer.runs(slide.subtitle or deck.subtitle)
    group = localizer.runs(ctx.group.name)
    paras: list[Para] = []
    if subtitle:
        paras.append(Para(subtitle, scale=1.1, space_before=0, color="inherit"))
    if "".join(r.text for r in group) != "".join(r.text for r in subtitle):
        paras.append(Para(group, space_before=0.5, color="inherit"))
    paras.append(
        Para(words(localizer, localizer.date(deck.date)), space_before=0.5, color="inherit")
    )
    paras.append(
        Para(
            bold(words(localizer, localizer.marking(deck))),
            scale=0.8,
            space_before=1.0,
            color="inherit",
        )
    )
    plans = _simple(ctx, slide, title, paras, start=20, floor=14)
    size = title_size(ctx, slide.KIND, title, start=36)
    return [replace(plans[0], title_size=size)]


def plan_section(slide: SectionSlide, ctx: PlanContext) -> list[SlidePlan]:
    subtitle = ctx.localizer.runs(slide.subtitle)
    paras = [Para(subtitle, space_before=0, color="inherit")] if subtitle else []
    plans = _simple(ctx, slide, title_runs(ctx, slide), paras, start=22, floor=16)
    return [replace(plans[0], title_size=title_size(ctx, slide.KIND, plans[0].title, start=36))]


def plan_closing(slide: ClosingSlide, ctx: PlanContext) -> list[SlidePlan]:
    subtitle = ctx.localizer.runs(slide.subtitle)
    paras = [Para(subtitle, space_before=0, color="inherit")] if subtitle else []
    plans = _simple(ctx, slide, title_runs(ctx, slide, "Questions"), paras, start=22, floor=16)
    return [replace(plans[0], title_size=title_size(ctx, slide.KIND, plans[0].title, start=40))]
