"""The quote and statement slide kinds: a quotation set as one (the language's quotation
marks, larger type, centred on the slide, its attribution under it, an optional call-out)
and a statement set large in the middle of the slide."""

from __future__ import annotations

import re

from councilkit.localize import Localizer, Run
from councilkit.model import Language
from councilkit.model.slides import QuoteSlide, StatementSlide
from councilkit.render.pptx.kinds.body import TextContent, _callout, _simple
from councilkit.render.pptx.kinds.lists import bold, plan_pages, title_runs
from councilkit.render.pptx.kinds.pairing import paired
from councilkit.render.pptx.plan import Align, Box, Para, PlanContext, SlidePlan, TextBlock

QUOTE_SIZE = 28.0
"""The size a quotation starts from: larger than body text, it is the slide's point."""
MARKS = {Language.EN: ("\u201c", "\u201d"), Language.FR: ("\u00ab\u00a0", "\u00a0\u00bb")}
"""Opening and closing quotation marks: “…” in English, « … » with no-break spaces in
French."""
INNER_FR = re.compile("\u00ab[\u00a0\u202f ]?|[\u00a0\u202f ]?\u00bb")
"""French quotation marks with their spaces, which become “ ” inside a quotation."""


def quotation(localizer: Localizer, slide: QuoteSlide) -> list[list[Para]]:
    """The quotation's paragraphs in the language's marks (opening on the first, closing
    on the last), and its attribution after a dash, right-aligned."""
    opening, closing = MARKS.get(localizer.language, MARKS[Language.EN])
    language = localizer.language
    texts = [[_inner(run, language) for run in localizer.runs(text)] for text in slide.quote]
    if texts:
        texts[0].insert(0, Run(opening, language=language))
        texts[-1].append(Run(closing, language=language))
    units = [[Para(tuple(runs), space_before=0.6)] for runs in texts]
    if units:
        units[0] = [Para(units[0][0].runs, space_before=0)]
    if slide.attribution is not None and units:
        dash = Run("\u2014 ", language=language)
        units[-1].append(
            Para(
                (dash, *localizer.runs(slide.attribution)),
                align=Align.RIGHT,
                scale=0.75,
                space_before=0.9,
                color="primary",
            )
        )
    return units


def _inner(run: Run, language: Language) -> Run:
    """``run`` with its own quotation marks turned into the marks of a quote within a
    quote: ‘…’ in English, “…” in French."""
    text = run.text
    if language is Language.FR:
        text = INNER_FR.sub(lambda m: "\u201c" if "\u00ab" in m.group() else "\u201d", text)
    else:
        text = text.replace("\u201c", "\u2018").replace("\u201d", "\u2019")
    return run._replace(text=text)


def plan_quote(slide: QuoteSlide, ctx: PlanContext) -> list[SlidePlan]:
    body = ctx.body(slide)
    inset = min(body.width * 0.08, 72.0)
    box = Box(body.left + inset, body.top, body.width - 2 * inset, body.height)
    units = paired(ctx, lambda loc: quotation(loc, slide))
    callout: TextBlock | None = None
    callout_box: Box | None = None
    quote_box = box
    if slide.callout is not None:
        callout, callout_box = _callout(ctx, slide.callout, box, centre=False)
        quote_box = Box(box.left, box.top, box.width, callout_box.top - box.top - ctx.style.gap)

    def build(block: TextBlock, index: int) -> TextContent:
        if index == 0:
            return TextContent(
                block, quote_box, anchor="middle", callout=callout, callout_box=callout_box
            )
        return TextContent(block, box, anchor="middle")

    return plan_pages(
        ctx,
        slide,
        units,
        box,
        first_box=quote_box,
        build=build,
        title=title_runs(ctx, slide),
        start=QUOTE_SIZE,
    )


def plan_statement(slide: StatementSlide, ctx: PlanContext) -> list[SlidePlan]:
    para = paired(
        ctx,
        lambda loc: Para(
            bold(loc.runs(slide.statement)), align=Align.CENTER, color="primary", space_before=0
        ),
    )
    return _simple(
        ctx,
        slide,
        title_runs(ctx, slide),
        [para],
        start=ctx.style.statement_size,
        floor=24,
        anchor="middle",
    )
