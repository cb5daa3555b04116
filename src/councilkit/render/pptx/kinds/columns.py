"""The two-columns slide kind: an optional intro above two headed columns of items."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from councilkit.diagnostics import warning
from councilkit.localize import Localizer
from councilkit.model import ListItem
from councilkit.model.slides import TwoColumnsSlide
from councilkit.render.pptx.emit import SlideCanvas
from councilkit.render.pptx.fit import block_height, fit_size
from councilkit.render.pptx.kinds.body import WHITE, write_intro
from councilkit.render.pptx.kinds.lists import bold, item_units, slide_plan, title_runs, where
from councilkit.render.pptx.kinds.pairing import paired
from councilkit.render.pptx.plan import Box, Para, PlanContext, SlidePlan, TextBlock


@dataclass(frozen=True, slots=True)
class ColumnsContent:
    """An optional intro above two headed columns."""

    intro: TextBlock | None
    intro_box: Box | None
    headings: tuple[TextBlock, TextBlock]
    heading_boxes: tuple[Box, Box]
    bodies: tuple[TextBlock, TextBlock]
    body_boxes: tuple[Box, Box]


def plan_two_columns(slide: TwoColumnsSlide, ctx: PlanContext) -> list[SlidePlan]:
    localizer = ctx.localizer
    style = ctx.style
    box = ctx.body(slide)
    intro: TextBlock | None = None
    intro_box: Box | None = None
    if slide.intro is not None:
        intro_text = slide.intro
        paras = paired(ctx, lambda loc: [Para(loc.runs(intro_text), space_before=0)])
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
        bodies_paras.append(paired(ctx, _column_paras(column.items)))
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
    write_intro(canvas, content.intro, content.intro_box)
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


def _column_paras(items: Sequence[ListItem]) -> Callable[[Localizer], list[Para]]:
    """What makes the paragraphs of a column's items in a language."""
    return lambda loc: [p for unit in item_units(loc, items) for p in unit]
