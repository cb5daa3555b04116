"""Native PowerPoint tables spread over slides: a marked header row repeated on each
slide, the largest size from the table size down to the floor at which every row fits,
else rows shared out evenly over continuation slides."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from councilkit.diagnostics import warning
from councilkit.localize import Run
from councilkit.model.slides import Slide
from councilkit.render.pptx.emit import SlideCanvas, emu_int
from councilkit.render.pptx.fit import block_height
from councilkit.render.pptx.fit.pages import balanced_breaks
from councilkit.render.pptx.kinds.body import write_intro
from councilkit.render.pptx.kinds.halving import largest
from councilkit.render.pptx.kinds.lists import bold, continued, slide_plan, title_runs, where
from councilkit.render.pptx.layout import Palette
from councilkit.render.pptx.plan import Box, Para, PlanContext, SlidePlan, TextBlock


@dataclass(frozen=True, slots=True)
class Cell:
    """A table cell: its paragraphs and fill (a palette role, None for white)."""

    paras: tuple[Para, ...]
    fill: str | None = None


@dataclass(frozen=True, slots=True)
class TableContent:
    """A table: column widths, header, rows and their heights, all in points."""

    name: str
    descr: str
    box: Box
    widths: tuple[float, ...]
    header: tuple[Cell, ...]
    rows: tuple[tuple[Cell, ...], ...]
    heights: tuple[float, ...]
    size: float
    intro: TextBlock | None = None
    intro_box: Box | None = None
    commentary: TextBlock | None = None
    commentary_box: Box | None = None


def cell(runs: tuple[Run, ...], fill: str | None = None, **options: object) -> Cell:
    """A cell of one paragraph of ``runs`` (``options``: the paragraph's alignment…)."""
    return Cell((Para(runs, space_before=0, **options),), fill)  # type: ignore[arg-type]


def row_height(cells: Sequence[Cell], widths: Sequence[float], size: float) -> float:
    return max([block_height(c.paras, w, size) for c, w in zip(cells, widths, strict=True)])


def column_widths(
    box: Box,
    header: Sequence[Cell],
    rows: Sequence[Sequence[Cell]],
    weights: Sequence[float] | None = None,
) -> tuple[float, ...]:
    """Column widths in proportion to ``weights``, or to how much text each column has."""
    if weights is None:
        weights = []
        for i in range(len(header)):
            texts = [header[i], *(row[i] for row in rows)]
            longest = max(max(len(t) for p in c.paras for t in p.texts) for c in texts)
            weights.append(max(8.0, min(float(longest), 60.0)))
    total = sum(weights)
    return tuple(box.width * w / total for w in weights)


def plan_table_pages(
    ctx: PlanContext,
    slide: Slide,
    *,
    name: str,
    descr: str,
    box: Box,
    header: tuple[Cell, ...],
    rows: Sequence[tuple[Cell, ...]],
    weights: Sequence[float] | None = None,
    intro: Para | None = None,
    commentary: TextBlock | None = None,
    commentary_box: Box | None = None,
) -> list[SlidePlan]:
    """Slides for a table: the largest size from the table size down to the floor at
    which every row fits; else rows spread over continuation slides at the floor."""
    style = ctx.style
    intro_block: TextBlock | None = None
    intro_box: Box | None = None
    if intro:
        paras = (intro,)
        height = block_height(paras, box.width, 18)
        intro_block, intro_box = TextBlock(paras, 18), box.take_top(height)
        box = box.below(height + style.gap / 2)
    widths = column_widths(box, header, rows, weights)

    measured: dict[float, list[float]] = {}

    def heights_at(size: float) -> list[float]:
        """The header's and rows' heights at ``size``, measured once for each size."""
        if size not in measured:
            cells = (header, *rows)
            measured[size] = [row_height(r, widths, size) for r in cells]
        return measured[size]

    def pages_at(heights: list[float]) -> list[list[int]]:
        return balanced_breaks(heights[1:], box.height - heights[0]) if rows else [[]]

    sizes = [
        style.table_size - 0.5 * i
        for i in range(int((style.table_size - style.table_floor) * 2) + 1)
    ]
    size = largest(sizes, lambda s: sum(heights_at(s)) <= box.height)  # on one slide
    if size is None:  # over several slides: the largest size needing no more than the floor
        count = len(pages_at(heights_at(sizes[-1])))
        size = largest(sizes, lambda s: len(pages_at(heights_at(s))) <= count) or sizes[-1]
    heights = heights_at(size)
    room = box.height - heights[0]
    if any(height > room for height in heights[1:]):
        ctx.diagnostics.append(
            warning(where(slide), "text-too-long", "a row of this table is too tall for a slide")
        )
    pages = pages_at(heights)
    title = title_runs(ctx, slide)
    plans: list[SlidePlan] = []
    for index, page in enumerate(pages):
        content = TableContent(
            name,
            descr,
            box,
            widths,
            header,
            tuple(rows[i] for i in page),
            (heights[0], *(heights[i + 1] for i in page)),
            size,
            intro_block if index == 0 else None,
            intro_box if index == 0 else None,
            commentary if index == 0 else None,
            commentary_box if index == 0 else None,
        )
        page_title = title if index == 0 else continued(ctx, title, index)
        plans.append(slide_plan(ctx, slide, page_title, content, continuation=index))
    return plans


def emit_table(canvas: SlideCanvas, plan: SlidePlan) -> None:
    content = plan.content
    assert isinstance(content, TableContent)
    palette = canvas.palette
    write_intro(canvas, content.intro, content.intro_box)
    if content.commentary is not None and content.commentary_box is not None:
        canvas.text_box(content.commentary_box, content.commentary, name="Commentary")
    box = content.box
    rows = (content.header, *content.rows)
    cells = [
        [
            (_fill(palette, "primary" if i == 0 else d.fill), TextBlock(d.paras, content.size))
            for d in row
        ]
        for i, row in enumerate(rows)
    ]
    canvas.table(
        (emu_int(box.left), emu_int(box.top)),
        [emu_int(w) for w in content.widths],
        [emu_int(h) for h in content.heights],
        cells,
        name=content.name,
        descr=content.descr,
    )


def _fill(palette: Palette, fill: str | None) -> str:
    """The colour of a cell filled ``fill`` (white when none)."""
    return "FFFFFF" if fill is None else palette.colour(fill) or "FFFFFF"


def header_cells(texts: Sequence[tuple[Run, ...]]) -> tuple[Cell, ...]:
    """The header row: each text in bold white (on the primary colour)."""
    return tuple(cell(bold(t), color="white") for t in texts)
