"""Text slide kinds: title, overview, section, bullets, numbered, quote, statement,
two columns, mandate and closing. Their body is the layout's body placeholder (moved or
resized when a call-out takes part of it), so the text stays in the slide's outline."""

from __future__ import annotations

from dataclasses import dataclass, replace

from councilkit.diagnostics import warning
from councilkit.localize import Run
from councilkit.model import BulletList, Mandate, NumberedList, Paragraph, Table
from councilkit.model.slides import (
    BulletsSlide,
    ClosingSlide,
    MandateSlide,
    NumberedSlide,
    OverviewSlide,
    QuoteSlide,
    SectionSlide,
    Slide,
    StatementSlide,
    TitleSlide,
    TwoColumnsSlide,
)
from councilkit.render.pptx.emit import SlideCanvas, place
from councilkit.render.pptx.fit import block_height, fit_size
from councilkit.render.pptx.kinds.lists import (
    bold,
    item_units,
    plan_pages,
    slide_plan,
    title_runs,
    title_size,
    where,
    words,
)
from councilkit.render.pptx.plan import (
    Align,
    Box,
    Marker,
    Para,
    PlanContext,
    SlidePlan,
    TextBlock,
)
from councilkit.render.pptx.registry import KINDS

WHITE = "FFFFFF"


@dataclass(frozen=True, slots=True)
class TextContent:
    """A body text in the body placeholder, placed at ``box``, and an optional call-out
    box (white text on the primary colour)."""

    body: TextBlock | None
    box: Box
    anchor: str = "top"
    callout: TextBlock | None = None
    callout_box: Box | None = None


@dataclass(frozen=True, slots=True)
class ColumnsContent:
    """An optional intro above two headed columns."""

    intro: TextBlock | None
    intro_box: Box | None
    headings: tuple[TextBlock, TextBlock]
    heading_boxes: tuple[Box, Box]
    bodies: tuple[TextBlock, TextBlock]
    body_boxes: tuple[Box, Box]


def emit_text(canvas: SlideCanvas, plan: SlidePlan) -> None:
    """Draw a :class:`TextContent`."""
    content = plan.content
    assert isinstance(content, TextContent)
    body = canvas.body()
    if content.body is None:
        canvas.remove_body()
    elif body is None:
        canvas.text_box(content.box, content.body, anchor=content.anchor, name="Body")
    else:
        place(body, content.box)
        canvas.write(body.text_frame, content.body, anchor=content.anchor)
    if content.callout is not None and content.callout_box is not None:
        canvas.text_box(
            content.callout_box,
            content.callout,
            fill=canvas.palette.primary,
            anchor="middle",
            name="Call-out",
        )


def _simple(
    ctx: PlanContext,
    slide: Slide,
    title: tuple[Run, ...],
    paras: list[Para],
    *,
    start: float,
    floor: float,
    anchor: str = "top",
) -> list[SlidePlan]:
    """One slide with ``paras`` at the largest size that fits its body box."""
    box = ctx.area(slide.KIND).body
    size = fit_size(paras, box, start=start, floor=floor) if paras else start
    if size is None:
        size = floor
        ctx.diagnostics.append(
            warning(
                where(slide), "text-too-long", f"the text of this {slide.KIND} slide is too long"
            )
        )
    block = TextBlock(tuple(paras), size) if paras else None
    return [slide_plan(ctx, slide, title, TextContent(block, box, anchor))]


# -- title, section, closing -----------------------------------------------------------


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


# -- lists ------------------------------------------------------------------------------


def plan_overview(slide: OverviewSlide, ctx: PlanContext) -> list[SlidePlan]:
    """The items written, or the titles of the section slides (of the other slides when
    the deck has no sections)."""
    localizer = ctx.localizer
    if slide.items:
        units = item_units(localizer, slide.items)
    else:
        slides = ctx.deck.slides
        sections: list[Slide] = [s for s in slides if isinstance(s, SectionSlide)]
        chosen = sections or [
            s for s in slides if s.KIND not in ("title", "overview", "closing") and s.title
        ]
        units = [[Para(localizer.runs(s.title), marker=Marker.BULLET)] for s in chosen]
    box = ctx.body(slide)
    return plan_pages(
        ctx,
        slide,
        units,
        box,
        build=lambda block, _: TextContent(block, box),
        title=title_runs(ctx, slide, "Overview"),
    )


def plan_bullets(slide: BulletsSlide, ctx: PlanContext) -> list[SlidePlan]:
    localizer = ctx.localizer
    box = ctx.body(slide)
    lead = [Para(localizer.runs(slide.intro), space_before=0)] if slide.intro else []
    units = item_units(localizer, slide.items)
    callout: TextBlock | None = None
    callout_box: Box | None = None
    first_box = None
    if slide.callout is not None:
        first_box, column = box.columns((0.67, 0.33), ctx.style.gap * 2)
        callout, callout_box = _callout(ctx, localizer.runs(slide.callout), column, centre=True)

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


def _callout(
    ctx: PlanContext, runs: tuple[Run, ...], column: Box, *, centre: bool
) -> tuple[TextBlock, Box]:
    """A call-out block and its box: as tall as its text needs, in ``column``."""
    padding = 16.0
    paras = [Para(runs, color=WHITE, space_before=0)]
    inner = Box(column.left, column.top, column.width, column.height)
    inner_paras_box = Box(
        inner.left + padding, inner.top, inner.width - 2 * padding, inner.height - 2 * padding
    )
    size = fit_size(paras, inner_paras_box, start=22, floor=14) or 14.0
    height = min(block_height(paras, inner_paras_box.width, size) + 2 * padding, column.height)
    top = column.top + (column.height - height) / 2 if centre else column.bottom - height
    block = TextBlock(tuple(replace(p, align=Align.LEFT) for p in paras), size)
    return block, Box(column.left, top, column.width, height)


def plan_numbered(slide: NumberedSlide, ctx: PlanContext) -> list[SlidePlan]:
    localizer = ctx.localizer
    box = ctx.body(slide)
    lead = [Para(localizer.runs(slide.intro), space_before=0)] if slide.intro else []
    units = item_units(localizer, slide.items, marker=Marker.NUMBER)
    units = [[replace(unit[0], space_before=0.8), *unit[1:]] for unit in units]
    return plan_pages(
        ctx,
        slide,
        units,
        box,
        lead=lead,
        build=lambda block, _: TextContent(block, box),
        title=title_runs(ctx, slide),
    )


# -- quote and statement -------------------------------------------------------------


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


# -- two columns ---------------------------------------------------------------------


def plan_two_columns(slide: TwoColumnsSlide, ctx: PlanContext) -> list[SlidePlan]:
    localizer = ctx.localizer
    style = ctx.style
    box = ctx.body(slide)
    intro: TextBlock | None = None
    intro_box: Box | None = None
    if slide.intro is not None:
        paras = [Para(localizer.runs(slide.intro), space_before=0)]
        height = block_height(paras, box.width, style.body_size)
        intro = TextBlock(tuple(paras), style.body_size)
        intro_box = box.take_top(height)
        box = box.below(height + style.gap / 2)
    columns = box.columns((1, 1), style.gap * 2)
    heading_height = 40.0
    headings: list[TextBlock] = []
    bodies_paras: list[list[Para]] = []
    for column in (slide.left, slide.right):
        headings.append(
            TextBlock(
                (Para(bold(localizer.runs(column.heading)), color=WHITE, space_before=0),), 18
            )
        )
        bodies_paras.append([p for unit in item_units(localizer, column.items) for p in unit])
    body_boxes = tuple(c.below(heading_height + 6) for c in columns)
    heading_boxes = tuple(c.take_top(heading_height) for c in columns)
    size = fit_size(bodies_paras[0], body_boxes[0], start=style.body_size, floor=style.body_floor)
    other = fit_size(bodies_paras[1], body_boxes[1], start=style.body_size, floor=style.body_floor)
    if size is None or other is None:
        ctx.diagnostics.append(
            warning(where(slide), "text-too-long", "a column of this slide is too long; shorten it")
        )
    chosen = min(size or style.body_floor, other or style.body_floor)
    bodies = (TextBlock(tuple(bodies_paras[0]), chosen), TextBlock(tuple(bodies_paras[1]), chosen))
    content = ColumnsContent(
        intro,
        intro_box,
        (headings[0], headings[1]),
        (heading_boxes[0], heading_boxes[1]),
        bodies,
        (body_boxes[0], body_boxes[1]),
    )
    return [slide_plan(ctx, slide, title_runs(ctx, slide), content)]


def emit_two_columns(canvas: SlideCanvas, plan: SlidePlan) -> None:
    content = plan.content
    assert isinstance(content, ColumnsContent)
    body = canvas.body()
    if content.intro is not None and content.intro_box is not None and body is not None:
        place(body, content.intro_box)
        canvas.write(body.text_frame, content.intro)
    else:
        canvas.remove_body()
    for heading, heading_box, text, text_box in zip(
        content.headings, content.heading_boxes, content.bodies, content.body_boxes, strict=True
    ):
        canvas.text_box(
            heading_box,
            heading,
            fill=canvas.palette.primary,
            anchor="middle",
            name="Column heading",
        )
        canvas.text_box(text_box, text, name="Column")


# -- mandate -------------------------------------------------------------------------


def plan_mandate(slide: MandateSlide, ctx: PlanContext) -> list[SlidePlan]:
    """The purpose and objectives of the mandate named by the slide, or of the group's
    first mandate."""
    localizer = ctx.localizer
    mandate = None
    if slide.document is not None:
        mandate = ctx.group.document(slide.document.id)
    if mandate is None:
        mandate = next((d for d in ctx.group.documents if isinstance(d, Mandate)), None)
    box = ctx.body(slide)
    units: list[list[Para]] = []
    if isinstance(mandate, Mandate):
        sections: list[tuple[str, list[list[Para]]]] = [("Purpose", _block_units(ctx, mandate))]
        if mandate.objectives:
            sections.append(("Objectives", item_units(localizer, mandate.objectives)))
        for heading, section_units in sections:
            head = Para(
                bold(words(localizer, localizer.tr(heading))), color="primary", space_before=0.8
            )
            if section_units:
                units.append([head, *section_units[0]])
                units.extend(section_units[1:])
            else:
                units.append([head])
        if units:
            units[0] = [replace(units[0][0], space_before=0), *units[0][1:]]
    return plan_pages(
        ctx,
        slide,
        units,
        box,
        build=lambda block, _: TextContent(block, box),
        title=title_runs(ctx, slide),
    )


def _block_units(ctx: PlanContext, mandate: Mandate) -> list[list[Para]]:
    localizer = ctx.localizer
    units: list[list[Para]] = []
    for block in mandate.purpose:
        if isinstance(block, Paragraph):
            units.append([Para(localizer.runs(block.text), space_before=0.4)])
        elif isinstance(block, BulletList):
            units.extend(item_units(localizer, block.items))
        elif isinstance(block, NumberedList):
            units.extend(item_units(localizer, block.items, marker=Marker.NUMBER))
        elif isinstance(block, Table):
            for row in block.table.rows:
                cells = [localizer.plain(cell) for cell in row]
                units.append([Para(words(localizer, " – ".join(cells)), marker=Marker.BULLET)])
    return units


KINDS.register("title", planner=plan_title, emitter=emit_text)
KINDS.register("overview", planner=plan_overview, emitter=emit_text)
KINDS.register("section", planner=plan_section, emitter=emit_text)
KINDS.register("bullets", planner=plan_bullets, emitter=emit_text)
KINDS.register("numbered", planner=plan_numbered, emitter=emit_text)
KINDS.register("quote", planner=plan_quote, emitter=emit_text)
KINDS.register("statement", planner=plan_statement, emitter=emit_text)
KINDS.register("two-columns", planner=plan_two_columns, emitter=emit_two_columns)
KINDS.register("mandate", planner=plan_mandate, emitter=emit_text)
KINDS.register("closing", planner=plan_closing, emitter=emit_text)
