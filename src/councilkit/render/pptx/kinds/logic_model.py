"""The logic-model slide kind: columns of boxes with block arrows between them.

Every box is set at one size, the largest from 14 pt down to the diagram floor (12 pt) at
which all of them fit. When they do not fit at the floor, the boxes go on continuation
slides: each slide shows every column, its heading and a share of its boxes, each
column's boxes shared out evenly over as few slides as hold them (4 boxes over 2 slides
are 2 and 2, never 3 and 1). The decision is made once for both languages, on the longer
text of each box, so both decks have the same slides.
"""

from __future__ import annotations

from collections.abc import Sequence

from councilkit.diagnostics import warning
from councilkit.localize import Localizer
from councilkit.model.slides import LogicModelSlide
from councilkit.render.pptx.fit import fits
from councilkit.render.pptx.kinds.diagram import (
    DiagramContent,
    Drawn,
    _commentary,
    _common_size,
    _label,
)
from councilkit.render.pptx.kinds.lists import bold, continued, slide_plan, title_runs, where
from councilkit.render.pptx.kinds.pairing import paired
from councilkit.render.pptx.plan import Align, Box, Para, PlanContext, SlidePlan, TextBlock

HEADING = 34.0
"""Height of a column's heading, in points."""
GAP = 8.0
"""Space between a heading and the boxes under it, and between boxes."""
ARROW_GAP = 24.0
"""Space between columns, where the arrows go."""
START = 14.0
"""The size boxes are set at when they fit."""

Page = list[list[Para]]
"""The boxes of one slide, column by column (a column may have none on a slide)."""


def plan_logic_model(slide: LogicModelSlide, ctx: PlanContext) -> list[SlidePlan]:
    """Columns of boxes, a heading on each, block arrows between columns; continued on
    more slides when the boxes do not fit one at the diagram floor."""
    area, commentary, commentary_box = _commentary(
        ctx, slide, slide.commentary, ctx.body(slide), 0.26
    )
    columns = area.columns(tuple(1.0 for _ in range(max(len(slide.columns), 1))), ARROW_GAP)
    boxes = paired(ctx, lambda loc: _boxes(loc, slide))
    pages, size = _pagination(ctx, slide, columns, boxes)
    title = title_runs(ctx, slide)
    plans: list[SlidePlan] = []
    for index, page in enumerate(pages):
        content = DiagramContent(
            ctx.localizer.tr("Logic model"),
            _description(ctx.localizer, slide, page),
            _shapes(ctx.localizer, slide, columns, page, _depth(pages), size),
            commentary if index == 0 else None,
            commentary_box if index == 0 else None,
        )
        page_title = title if index == 0 else continued(ctx, title, index)
        plans.append(slide_plan(ctx, slide, page_title, content, continuation=index))
    return plans


def _pagination(
    ctx: PlanContext, slide: LogicModelSlide, columns: Sequence[Box], boxes: list[list[Para]]
) -> tuple[list[Page], float]:
    """The fewest slides whose boxes all fit at the floor, and the largest size at which
    they do. A box too long for a column's whole height is a warning and left out of the
    decision; it overflows wherever it goes, so every box is then set at the floor."""
    floor = ctx.style.diagram_floor
    whole = [column.below(HEADING + GAP) for column in columns]
    alone = {
        id(para)
        for column, paras in zip(whole, boxes, strict=True)
        for para in paras
        if not fits([para], column, floor)
    }
    if alone:
        ctx.diagnostics.append(
            warning(
                where(slide),
                "text-too-long",
                "a box of this logic model has too much text for a slide even at "
                f"{floor:g} pt; shorten it",
            )
        )
    deepest = max((len(paras) for paras in boxes), default=1) or 1
    for count in range(1, deepest + 1):
        pages = shared_out(boxes, count)
        texts = [
            (paras, box)
            for page in pages
            for paras, box in _placed(columns, page, _depth(pages))
            if id(paras[0]) not in alone
        ]
        size = _common_size(texts, start=floor if alone else START, floor=floor)
        if size is not None:
            return pages, size
    return shared_out(boxes, deepest), floor  # only boxes too long for any slide are left


def shared_out(boxes: Sequence[Sequence[Para]], count: int) -> list[Page]:
    """The boxes of each column spread evenly over ``count`` slides, in order, the first
    slides taking one more when they do not divide evenly.

    >>> [[len(c) for c in page] for page in shared_out([[Para(())] * 5, [Para(())] * 2], 2)]
    [[3, 1], [2, 1]]
    """
    pages: list[Page] = [[] for _ in range(count)]
    for paras in boxes:
        share, extra = divmod(len(paras), count)
        start = 0
        for index, page in enumerate(pages):
            end = start + share + (1 if index < extra else 0)
            page.append(list(paras[start:end]))
            start = end
    return pages


def _depth(pages: Sequence[Page]) -> int:
    """The most boxes a column has on a slide."""
    return max((len(paras) for page in pages for paras in page), default=1) or 1


def _placed(columns: Sequence[Box], page: Page, depth: int) -> list[tuple[list[Para], Box]]:
    """Each box of ``page`` with where it goes: under its column's heading, each as tall
    as one of ``depth`` boxes, so that boxes line up across columns and slides."""
    placed: list[tuple[list[Para], Box]] = []
    for column, paras in zip(columns, page, strict=True):
        room = column.below(HEADING + GAP)
        height = (room.height - GAP * (depth - 1)) / depth
        for j, para in enumerate(paras):
            top = room.top + j * (height + GAP)
            placed.append(([para], Box(column.left, top, column.width, height)))
    return placed


def _shapes(
    localizer: Localizer,
    slide: LogicModelSlide,
    columns: Sequence[Box],
    page: Page,
    depth: int,
    size: float,
) -> tuple[Drawn, ...]:
    """The headings, arrows and boxes of one slide of the model."""
    shapes: list[Drawn] = []
    for i, (column, box) in enumerate(zip(slide.columns, columns, strict=True)):
        head = _label(bold(localizer.runs(column.heading)), 15, colour="white", align=Align.CENTER)
        shapes.append(
            Drawn("rectangle", box.take_top(HEADING), head, fill="primary", name="Heading")
        )
        if i + 1 < len(columns):
            middle = box.top + HEADING + (box.height - HEADING) / 2
            arrow = Box(box.right + 3, middle - 11, ARROW_GAP - 6, 22)
            shapes.append(Drawn("right-arrow", arrow, fill="line", name="Arrow"))
    for paras, box in _placed(columns, page, depth):
        block = TextBlock(tuple(paras), size)
        shapes.append(Drawn("rectangle", box, block, fill="light", line="line", name="Box"))
    return tuple(shapes)


def _description(localizer: Localizer, slide: LogicModelSlide, page: Page) -> str:
    """The alternative text: each column's heading and how many boxes it has here."""
    sep = localizer.lead_separator()
    parts = [
        f"{localizer.plain(c.heading)} ({len(paras)})"
        for c, paras in zip(slide.columns, page, strict=True)
    ]
    return f"{localizer.tr('Logic model')}{sep}{' → '.join(parts)}."


def _boxes(localizer: Localizer, slide: LogicModelSlide) -> list[list[Para]]:
    """The paragraph of each box, column by column: its lead term, else its text."""
    return [
        [
            Para(
                localizer.runs(item.text) if item.lead is None else bold(localizer.runs(item.lead)),
                align=Align.CENTER,
                space_before=0,
            )
            for item in column.items
        ]
        for column in slide.columns
    ]
