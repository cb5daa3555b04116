"""Planning a whole deck: every slide through its kind's planner, then titles made unique
(a continuation or a default title could repeat another slide's)."""

from __future__ import annotations

from councilkit.diagnostics import Location, warning
from councilkit.localize import Run
from councilkit.model import Deck
from councilkit.render.pptx.plan import PlanContext, SlidePlan
from councilkit.render.pptx.registry import KINDS


def plan_deck(deck: Deck, ctx: PlanContext) -> list[SlidePlan]:
    """The slide plans of ``deck``, in order, with unique titles."""
    plans: list[SlidePlan] = []
    for slide in deck.slides:
        plans.extend(KINDS.get(slide.KIND).planner(slide, ctx))
    return unique_titles(plans, ctx)


def unique_titles(plans: list[SlidePlan], ctx: PlanContext) -> list[SlidePlan]:
    """``plans`` with a number added to any title already used, and a warning for each."""
    seen: set[str] = set()
    result: list[SlidePlan] = []
    for plan in plans:
        title = plan.title
        key = plan.title_text.strip().casefold()
        number = 2
        while key in seen:
            title = (*plan.title, Run(f" ({number})", language=ctx.localizer.language))
            key = "".join(r.text for r in title).strip().casefold()
            number += 1
        if title is not plan.title:
            source = plan.source
            ctx.diagnostics.append(
                warning(
                    (source.loc if source else None) or Location("<deck>"),
                    "duplicate-title",
                    f"the slide title '{plan.title_text}' is used twice in this deck; "
                    "a number was added",
                )
            )
            plan = plan.retitled(title)
        seen.add(key)
        result.append(plan)
    return result
