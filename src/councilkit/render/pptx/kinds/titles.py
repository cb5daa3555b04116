"""The title, section and closing slide kinds: a title and a few lines under it, at the
largest size that fits. The title slide shows the deck's title and subtitle, the group,
the date (once: not when the subtitle already gives it) and the marking; the closing slide
shows how to reach the group's secretariat."""

from __future__ import annotations

from dataclasses import replace

from councilkit.localize import Localizer, Run
from councilkit.model.slides import ClosingSlide, SectionSlide, TitleSlide
from councilkit.render.pptx.kinds.body import _simple
from councilkit.render.pptx.kinds.lists import bold, title_runs, title_size, words
from councilkit.render.pptx.kinds.pairing import paired
from councilkit.render.pptx.plan import Para, PlanContext, SlidePlan


def _text(runs: tuple[Run, ...]) -> str:
    return "".join(r.text for r in runs)


def title_lines(ctx: PlanContext, localizer: Localizer, slide: TitleSlide) -> list[Para]:
    """The lines under the title of the title slide, in ``localizer``'s language."""
    deck = ctx.deck
    paras: list[Para] = []
    if slide.title is not None and localizer.plain(slide.title) != localizer.plain(deck.title):
        paras.append(Para(bold(localizer.runs(deck.title)), space_before=0, color="inherit"))
    subtitle = localizer.runs(slide.subtitle or deck.subtitle)
    if subtitle:
        paras.append(Para(subtitle, scale=1.1, space_before=0, color="inherit"))
    group = localizer.runs(ctx.group.name)
    if _text(group) not in _text(subtitle):
        paras.append(Para(group, space_before=0.5, color="inherit"))
    date = localizer.date(deck.date)
    if date not in _text(subtitle):
        paras.append(Para(words(localizer, date), space_before=0.5, color="inherit"))
    marking = bold(words(localizer, localizer.marking(deck)))
    paras.append(Para(marking, scale=0.8, space_before=1.0, color="inherit"))
    if paras:
        paras[0] = replace(paras[0], space_before=0)
    return paras


def plan_title(slide: TitleSlide, ctx: PlanContext) -> list[SlidePlan]:
    title = title_runs(ctx, slide)
    paras = paired(ctx, lambda loc: title_lines(ctx, loc, slide))
    plans = _simple(ctx, slide, title, paras, start=20, floor=14)
    size = title_size(ctx, slide, title, start=36)
    return [replace(plans[0], title_size=size)]


def plan_section(slide: SectionSlide, ctx: PlanContext) -> list[SlidePlan]:
    paras = paired(
        ctx,
        lambda loc: (
            [Para(loc.runs(slide.subtitle), space_before=0, color="inherit")]
            if slide.subtitle
            else []
        ),
    )
    plans = _simple(ctx, slide, title_runs(ctx, slide), paras, start=22, floor=16)
    return [replace(plans[0], title_size=title_size(ctx, slide, plans[0].title, start=36))]


def closing_lines(ctx: PlanContext, localizer: Localizer, slide: ClosingSlide) -> list[Para]:
    """The closing slide's subtitle, then the secretariat's name and e-mail address."""
    paras: list[Para] = []
    if slide.subtitle:
        paras.append(Para(localizer.runs(slide.subtitle), space_before=0, color="inherit"))
    secretariat = ctx.group.secretariat
    if secretariat is not None:
        organization = localizer.runs(secretariat.organization)
        if organization:
            paras.append(Para(organization, scale=0.8, space_before=1.0, color="inherit"))
        if secretariat.email:
            # plain text: a link takes the theme's link colour, unreadable on a dark slide
            email = Run(secretariat.email, language=localizer.language)
            paras.append(Para((email,), scale=0.8, space_before=0.3, color="inherit"))
    if paras:
        paras[0] = replace(paras[0], space_before=0)
    return paras


def plan_closing(slide: ClosingSlide, ctx: PlanContext) -> list[SlidePlan]:
    paras = paired(ctx, lambda loc: closing_lines(ctx, loc, slide))
    plans = _simple(ctx, slide, title_runs(ctx, slide), paras, start=22, floor=16)
    return [replace(plans[0], title_size=title_size(ctx, slide, plans[0].title, start=40))]
