"""Turning model text into plan paragraphs: list items (with bold lead terms and nesting),
slide titles, continuation titles, and choosing a size or spreading text over slides."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from councilkit.diagnostics import Location, warning
from councilkit.localize import Localizer, Run
from councilkit.model import ListItem
from councilkit.model.slides import Slide
from councilkit.render.pptx.fit import fit_size, fits, paginate
from councilkit.render.pptx.fit.fonts import measuring_titles, titles_bold
from councilkit.render.pptx.plan import Box, Marker, Para, PlanContext, SlidePlan, TextBlock

LEVEL_SCALES = (1.0, 0.9, 0.85, 0.8)


def bold(runs: Sequence[Run]) -> tuple[Run, ...]:
    """``runs`` set in bold."""
    return tuple(run._replace(bold=True) for run in runs)


def italic(runs: Sequence[Run]) -> tuple[Run, ...]:
    """``runs`` set in italics."""
    return tuple(run._replace(italic=True) for run in runs)


def words(localizer: Localizer, text: str) -> tuple[Run, ...]:
    """A fixed text of the renderer as runs in the localizer's language."""
    return (Run(text, language=localizer.language),)


def item_runs(localizer: Localizer, item: ListItem) -> tuple[Run, ...]:
    """The runs of a list item: its bold lead term, the separator, its text."""
    text = localizer.runs(item.text)
    if item.lead is None:
        return text
    lead = bold(localizer.runs(item.lead))
    separator = localizer.lead_separator("".join(r.text for r in lead))
    if not text:
        return (*lead, Run(separator.rstrip(), bold=True, language=localizer.language))
    return (*lead, Run(separator, language=localizer.language), *text)


def item_units(
    localizer: Localizer,
    items: Sequence[ListItem],
    *,
    marker: Marker = Marker.BULLET,
    first_number: int = 1,
) -> list[list[Para]]:
    """One unit per top-level item: its paragraph and those of its nested items (kept
    together on a slide when they fit)."""
    units: list[list[Para]] = []
    for i, item in enumerate(items):
        top = Para(item_runs(localizer, item), 0, marker, first_number + i)
        units.append([top, *_nested(localizer, item.items, 1)])
    return units


def _nested(localizer: Localizer, items: Sequence[ListItem], level: int) -> list[Para]:
    paras: list[Para] = []
    scale = LEVEL_SCALES[min(level, len(LEVEL_SCALES) - 1)]
    for item in items:
        paras.append(
            Para(item_runs(localizer, item), level, Marker.BULLET, scale=scale, space_before=0.3)
        )
        paras.extend(_nested(localizer, item.items, level + 1))
    return paras


DEFAULT_TITLES = {"overview": "Overview", "closing": "Questions"}
"""The title of a slide kind whose title may be left out (the title slide shows the
deck's title)."""


def title_runs(ctx: PlanContext, slide: Slide) -> tuple[Run, ...]:
    """The runs of the slide's title, or of its kind's default title."""
    return _title_in(ctx.localizer, ctx, slide)


def _title_in(localizer: Localizer, ctx: PlanContext, slide: Slide) -> tuple[Run, ...]:
    if slide.title is not None:
        return localizer.runs(slide.title)
    if slide.KIND == "title":
        return localizer.runs(ctx.deck.title)
    default = DEFAULT_TITLES.get(slide.KIND)
    return words(localizer, localizer.tr(default)) if default else ()


def continued(ctx: PlanContext, title: tuple[Run, ...], number: int) -> tuple[Run, ...]:
    """The title of the ``number``-th continuation of a slide: "… (cont'd)", then
    "… (cont'd 2)" so that titles stay unique."""
    return _continued(ctx.localizer, title, number)


def _continued(localizer: Localizer, title: tuple[Run, ...], number: int) -> tuple[Run, ...]:
    if number == 0:
        return title
    if number <= 1:
        mark = localizer.tr("(cont'd)")
    else:
        mark = localizer.tr("(cont'd {number})").format(number=number)
    return (*title, Run(" " + localizer.typeset(mark), language=localizer.language))


def title_size(
    ctx: PlanContext,
    slide: Slide,
    title: tuple[Run, ...],
    *,
    continuation: int = 0,
    start: float | None = None,
) -> float:
    """The largest title size that fits the layout's title box, in both languages (the
    ``continuation``-th continuation's title in the other one), measured in the
    template's title font (bold when its titles are)."""
    box = ctx.area(slide.KIND).title
    twin = None
    if ctx.twin is not None:
        twin = _continued(ctx.twin, _title_in(ctx.twin, ctx, slide), continuation)
    if titles_bold():
        title, twin = bold(title), None if twin is None else bold(twin)
    para = [Para(title, space_before=0, twin=twin)]
    with measuring_titles():
        found = fit_size(
            para, box, start=start or ctx.style.title_size, floor=ctx.style.title_floor
        )
    return found if found is not None else ctx.style.title_floor


def where(slide: Slide) -> Location:
    return slide.loc or Location("<deck>")


def plan_pages(
    ctx: PlanContext,
    slide: Slide,
    units: Sequence[Sequence[Para]],
    box: Box,
    *,
    first_box: Box | None = None,
    lead: Sequence[Para] = (),
    build: Callable[[TextBlock, int], object],
    title: tuple[Run, ...],
    start: float | None = None,
    floor: float | None = None,
) -> list[SlidePlan]:
    """Slides for a text: one slide at the largest size from ``start`` down to ``floor``
    that holds everything; else as many slides as needed at the reading size, the first
    one holding ``lead`` paragraphs (an intro) in ``first_box``. ``build(block, index)``
    makes the kind's content of each slide."""
    style = ctx.style
    start = start or style.body_size
    floor = floor or style.body_floor
    everything = [*lead, *(p for unit in units for p in unit)]
    room = first_box or box
    size = fit_size(everything, room, start=start, floor=floor)
    if size is not None:
        pages = [everything]
    else:
        size = max(floor, min(start, 18.0))
        pages = paginate([list(lead), *units] if lead else units, box, size, first_box=first_box)
        for page in pages:
            target = first_box if page is pages[0] and first_box else box
            if not fits(page, target, size):
                ctx.diagnostics.append(
                    warning(
                        where(slide),
                        "text-too-long",
                        "a paragraph of this slide is too long for one slide even at "
                        f"{floor:g} pt; shorten it",
                    )
                )
    plans: list[SlidePlan] = []
    for index, page in enumerate(pages):
        page_title = title if index == 0 else continued(ctx, title, index)
        content = build(TextBlock(tuple(page), size), index)
        plans.append(slide_plan(ctx, slide, page_title, content, continuation=index))
    return plans


def slide_plan(
    ctx: PlanContext,
    slide: Slide,
    title: tuple[Run, ...],
    content: object,
    *,
    continuation: int = 0,
) -> SlidePlan:
    """A plan with the slide's label and notes (notes on the first slide only)."""
    localizer = ctx.localizer
    return SlidePlan(
        kind=slide.KIND,
        title=title,
        content=content,
        title_size=title_size(ctx, slide, title, continuation=continuation),
        label=localizer.runs(slide.label),
        notes=localizer.runs(slide.notes) if continuation == 0 else (),
        continuation=continuation,
        source=slide,
    )
