"""What the text slide kinds share: a body text in the layout's body placeholder (moved
or resized when a call-out takes part of it, so the text stays in the slide's outline), an
optional call-out box, and one slide of text fitted to its box."""

from __future__ import annotations

from dataclasses import dataclass, replace

from councilkit.diagnostics import warning
from councilkit.localize import Run
from councilkit.model import BilingualText
from councilkit.model.slides import Slide
from councilkit.render.pptx.emit import SlideCanvas, place
from councilkit.render.pptx.fit import block_height, fit_size
from councilkit.render.pptx.kinds.lists import slide_plan, where
from councilkit.render.pptx.kinds.pairing import paired
from councilkit.render.pptx.plan import Align, Box, Para, PlanContext, SlidePlan, TextBlock

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
        canvas.write(body, content.body, anchor=content.anchor)
    if content.callout is not None and content.callout_box is not None:
        canvas.text_box(
            content.callout_box,
            content.callout,
            fill=canvas.palette.primary,
            anchor="middle",
            name="Call-out",
        )


def write_intro(canvas: SlideCanvas, intro: TextBlock | None, box: Box | None) -> None:
    """Put the text above a table or columns in the body placeholder, moved to ``box`` (in
    a text box when the layout has none); without intro, take the placeholder off."""
    body = canvas.body()
    if intro is None or box is None:
        canvas.remove_body()
    elif body is None:
        canvas.text_box(box, intro, name="Intro")
    else:
        place(body, box)
        canvas.write(body, intro)


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


def _callout(
    ctx: PlanContext, text: BilingualText, column: Box, *, centre: bool
) -> tuple[TextBlock, Box]:
    """A call-out block and its box: as tall as its text needs, in ``column``."""
    padding = 16.0
    paras = paired(ctx, lambda loc: [Para(loc.runs(text), color=WHITE, space_before=0)])
    inner = Box(column.left, column.top, column.width, column.height)
    inner_paras_box = Box(
        inner.left + padding, inner.top, inner.width - 2 * padding, inner.height - 2 * padding
    )
    size = fit_size(paras, inner_paras_box, start=22, floor=14) or 14.0
    height = min(block_height(paras, inner_paras_box.width, size) + 2 * padding, column.height)
    top = column.top + (column.height - height) / 2 if centre else column.bottom - height
    block = TextBlock(tuple(replace(p, align=Align.LEFT) for p in paras), size)
    return block, Box(column.left, top, column.width, height)
