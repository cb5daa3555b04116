"""What the diagram slide kinds share: plain shapes (boxes, bars, diamonds, arrows with
their text) drawn as one group of native shapes with alternative text describing the whole
diagram, an optional commentary column, labels, and one text size for every box."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pptx.enum.shapes import MSO_SHAPE

from councilkit.diagnostics import warning
from councilkit.localize import Run
from councilkit.model import ListItem
from councilkit.model.slides import Slide
from councilkit.render.pptx.emit import SlideCanvas
from councilkit.render.pptx.fit import fit_size, fits
from councilkit.render.pptx.kinds.halving import largest
from councilkit.render.pptx.kinds.lists import item_units, where
from councilkit.render.pptx.kinds.pairing import paired
from councilkit.render.pptx.plan import Align, Box, Para, PlanContext, SlidePlan, TextBlock

SHAPES = {
    "rectangle": MSO_SHAPE.RECTANGLE,
    "diamond": MSO_SHAPE.DIAMOND,
    "right-arrow": MSO_SHAPE.RIGHT_ARROW,
}


@dataclass(frozen=True, slots=True)
class Drawn:
    """One shape of a diagram; colours are palette roles (``primary``, ``light``…)."""

    shape: str
    box: Box
    text: TextBlock | None = None
    fill: str | None = None
    line: str | None = None
    anchor: str = "middle"
    name: str = ""


@dataclass(frozen=True, slots=True)
class DiagramContent:
    """A diagram: its shapes, drawn as one described group, and optional commentary."""

    name: str
    descr: str
    shapes: tuple[Drawn, ...]
    commentary: TextBlock | None = None
    commentary_box: Box | None = None


def emit_diagram(canvas: SlideCanvas, plan: SlidePlan) -> None:
    content = plan.content
    assert isinstance(content, DiagramContent)
    canvas.remove_body()
    palette = canvas.palette
    if content.commentary is not None and content.commentary_box is not None:
        canvas.text_box(content.commentary_box, content.commentary, name="Commentary")
    members = []
    for drawn in content.shapes:
        kind = SHAPES[drawn.shape]
        fill, line = palette.colour(drawn.fill), palette.colour(drawn.line)
        name = drawn.name or None
        if drawn.text is None:
            created = canvas.shape(kind, drawn.box, fill=fill, line=line, name=name)
        else:
            created = canvas.text_box(
                drawn.box,
                drawn.text,
                fill=fill,
                line=line,
                anchor=drawn.anchor,
                shape=kind,
                name=name,
            )
        members.append(created)
    canvas.group(content.name, content.descr, members)  # last: read after the commentary


def _commentary(
    ctx: PlanContext, slide: Slide, items: Sequence[ListItem], box: Box, fraction: float
) -> tuple[Box, TextBlock | None, Box | None]:
    """Cut a commentary column off the right of ``box`` when there is commentary."""
    if not items:
        return box, None, None
    diagram, column = box.columns((1 - fraction, fraction), ctx.style.gap * 1.5)
    paras = paired(ctx, lambda loc: [p for unit in item_units(loc, items) for p in unit])
    size = fit_size(paras, column, start=18, floor=12)
    if size is None:
        size = 12
        ctx.diagnostics.append(
            warning(where(slide), "text-too-long", "the commentary of this slide is too long")
        )
    return diagram, TextBlock(tuple(paras), size), column


def _label(
    runs: tuple[Run, ...], size: float, *, colour: str | None = None, align: Align = Align.LEFT
) -> TextBlock:
    return TextBlock((Para(runs, align=align, color=colour, space_before=0),), size)


def _common_size(
    texts: Sequence[tuple[Sequence[Para], Box]], *, start: float, floor: float
) -> float | None:
    """The largest size from ``start`` down to ``floor``, by half points, at which every
    text fits its box."""
    sizes = [start - 0.5 * i for i in range(int((start - floor) * 2) + 1)]
    return largest(sizes, lambda size: all(fits(paras, box, size) for paras, box in texts))
