"""Table slide kinds: roadmap (actions by period, each marked new or under way in words),
data table, and the group's members. Native PowerPoint tables with a marked header row;
rows that do not fit continue on a following slide with the header repeated."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from councilkit.diagnostics import warning
from councilkit.localize import Localizer, Run
from councilkit.model import WorkingGroup
from councilkit.model.slides import ActionStatus, MembersSlide, RoadmapSlide, Slide, TableSlide
from councilkit.render.pptx import _oxml
from councilkit.render.pptx.emit import SlideCanvas, emu, place, write_body
from councilkit.render.pptx.fit import INSET_X, INSET_Y, block_height
from councilkit.render.pptx.fit.pages import balanced_breaks
from councilkit.render.pptx.kinds.diagram import _commentary
from councilkit.render.pptx.kinds.lists import bold, continued, slide_plan, title_runs, where, words
from councilkit.render.pptx.kinds.pairing import paired
from councilkit.render.pptx.plan import Align, Box, Para, PlanContext, SlidePlan, TextBlock
from councilkit.render.pptx.registry import KINDS


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


def _cell(runs: tuple[Run, ...], fill: str | None = None, **options: object) -> Cell:
    return Cell((Para(runs, space_before=0, **options),), fill)  # type: ignore[arg-type]


def _row_height(cells: Sequence[Cell], widths: Sequence[float], size: float) -> float:
    return max(block_height(c.paras, w, size) for c, w in zip(cells, widths, strict=True))


def _widths(
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
    widths = _widths(box, header, rows, weights)

    def heights_at(size: float) -> list[float]:
        return [_row_height(header, widths, size)] + [_row_height(r, widths, size) for r in rows]

    def pages_at(heights: list[float]) -> list[list[int]]:
        return balanced_breaks(heights[1:], box.height - heights[0]) if rows else [[]]

    sizes = [
        style.table_size - 0.5 * i
        for i in range(int((style.table_size - style.table_floor) * 2) + 1)
    ]
    size, heights = sizes[-1], heights_at(sizes[-1])
    for candidate in sizes:  # the largest size on one slide
        heights = heights_at(candidate)
        if sum(heights) <= box.height:
            size = candidate
            break
    else:  # over several slides: the largest size that needs no more of them than the floor
        count = len(pages_at(heights))
        for candidate in sizes:
            heights = heights_at(candidate)
            if len(pages_at(heights)) <= count:
                size = candidate
                break
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
    body = canvas.body()
    if content.intro is not None and content.intro_box is not None and body is not None:
        place(body, content.intro_box)
        canvas.write(body.text_frame, content.intro)
    else:
        canvas.remove_body()
    if content.commentary is not None and content.commentary_box is not None:
        canvas.text_box(content.commentary_box, content.commentary, name="Commentary")
    box = content.box
    rows = (content.header, *content.rows)
    frame = canvas.shapes.add_table(
        len(rows),
        len(content.widths),
        emu(box.left),
        emu(box.top),
        emu(box.width),
        emu(sum(content.heights)),
    )
    frame.name = content.name
    _oxml.set_descr(frame, content.descr)
    table = frame.table
    table.first_row = True
    table.horz_banding = False
    cells = _oxml.table_cells(
        frame, [emu(w) for w in content.widths], [emu(h) for h in content.heights]
    )
    margin_x, margin_y = emu(INSET_X), emu(INSET_Y)
    for i, (row, targets) in enumerate(zip(rows, cells, strict=True)):
        for cell, (tc, body) in zip(row, targets, strict=False):
            fill = "primary" if i == 0 else cell.fill
            colour = "FFFFFF" if fill is None else palette.colour(fill) or "FFFFFF"
            _oxml.format_cell(tc, margin_x=margin_x, margin_y=margin_y, fill=colour.upper())
            write_body(body, frame, TextBlock(cell.paras, content.size), palette)


def _header(texts: Sequence[tuple[Run, ...]]) -> tuple[Cell, ...]:
    return tuple(_cell(bold(t), color="white") for t in texts)


# -- roadmap -----------------------------------------------------------------------------


def plan_roadmap(slide: RoadmapSlide, ctx: PlanContext) -> list[SlidePlan]:
    localizer = ctx.localizer
    box, commentary, commentary_box = _commentary(
        ctx, slide, slide.commentary, ctx.body(slide), 0.27
    )
    header, rows = paired(ctx, lambda loc: _roadmap_cells(loc, slide))
    new = sum(1 for a in slide.actions if a.status is ActionStatus.NEW)
    descr = localizer.tr(
        "Roadmap: {actions} actions over {periods} periods, {new} new and {under_way} under way."
    ).format(
        actions=len(slide.actions),
        periods=len(slide.periods),
        new=new,
        under_way=len(slide.actions) - new,
    )
    weights = [2.2 * len(slide.periods) / 4, *(1.0 for _ in slide.periods)]
    return plan_table_pages(
        ctx,
        slide,
        name=localizer.tr("Roadmap"),
        descr=descr,
        box=box,
        header=header,
        rows=rows,
        weights=weights,
        commentary=commentary,
        commentary_box=commentary_box,
    )


def _roadmap_cells(
    localizer: Localizer, slide: RoadmapSlide
) -> tuple[tuple[Cell, ...], list[tuple[Cell, ...]]]:
    """The header and rows of a roadmap: an action, then its status in each period."""
    header = _header(
        [
            words(localizer, localizer.tr("Action")),
            *(localizer.runs(p.text) for p in slide.periods),
        ],
    )
    rows: list[tuple[Cell, ...]] = []
    for action in slide.actions:
        periods = {ref.id for ref in action.periods}
        status = "New" if action.status is ActionStatus.NEW else "Under way"
        role = "new" if action.status is ActionStatus.NEW else "under_way"
        cells = [_cell(localizer.runs(action.text))]
        for period in slide.periods:
            if period.id in periods:
                cells.append(
                    _cell(words(localizer, localizer.tr(status)), role, align=Align.CENTER)
                )
            else:
                cells.append(_cell(()))
        rows.append(tuple(cells))
    return header, rows


# -- data table ----------------------------------------------------------------------------


def plan_table(slide: TableSlide, ctx: PlanContext) -> list[SlidePlan]:
    localizer = ctx.localizer
    data = slide.table
    box, commentary, commentary_box = _commentary(
        ctx, slide, slide.commentary, ctx.body(slide), 0.27
    )
    header, rows = paired(ctx, lambda loc: _table_cells(loc, slide))
    descr = (
        localizer.plain(data.caption)
        if data.caption
        else localizer.tr("Table of {rows} rows and {columns} columns.").format(
            rows=len(data.rows), columns=len(data.header)
        )
    )
    return plan_table_pages(
        ctx,
        slide,
        name=localizer.tr("Table"),
        descr=descr,
        box=box,
        header=header,
        rows=rows,
        commentary=commentary,
        commentary_box=commentary_box,
    )


def _table_cells(
    localizer: Localizer, slide: TableSlide
) -> tuple[tuple[Cell, ...], list[tuple[Cell, ...]]]:
    """The header and rows of a data table, the first column in bold."""
    data = slide.table
    header = _header([localizer.runs(h) for h in data.header])
    rows = [
        tuple(
            _cell(bold(localizer.runs(c)) if j == 0 else localizer.runs(c))
            for j, c in enumerate(row)
        )
        for row in data.rows
    ]
    return header, rows


# -- members --------------------------------------------------------------------------------


def plan_members(slide: MembersSlide, ctx: PlanContext) -> list[SlidePlan]:
    """The group's members, from group.yaml: jurisdiction, organisation and position, role
    (co-chairs named in ``co_chairs``)."""
    localizer = ctx.localizer
    group = ctx.group
    header, rows = paired(ctx, lambda loc: _member_cells(loc, group))
    intro_text = slide.intro
    intro = (
        paired(ctx, lambda loc: Para(loc.runs(intro_text), space_before=0))
        if intro_text is not None
        else None
    )
    descr = localizer.tr("Members of {group}: {count}.").format(
        group=localizer.plain(group.name), count=len(group.members)
    )
    return plan_table_pages(
        ctx,
        slide,
        name=localizer.tr("Membership"),
        descr=descr,
        box=ctx.body(slide),
        header=header,
        rows=rows,
        weights=(1.0, 2.6, 0.8),
        intro=intro,
    )


def _member_cells(
    localizer: Localizer, group: WorkingGroup
) -> tuple[tuple[Cell, ...], list[tuple[Cell, ...]]]:
    """The header and rows of the members table."""
    header = _header(
        [words(localizer, localizer.tr(w)) for w in ("Jurisdiction", "Organization", "Role")]
    )
    rows: list[tuple[Cell, ...]] = []
    for member in group.members:
        organisation = [Para(localizer.runs(member.organization), space_before=0)]
        if member.position is not None:
            organisation.append(Para(localizer.runs(member.position), scale=0.85, space_before=0.2))
        role = localizer.role(member.role, co_chair=group.is_co_chair(member.id))
        rows.append(
            (
                _cell(localizer.runs(member.jurisdiction.display_name)),
                Cell(tuple(organisation)),
                _cell(words(localizer, role)),
            )
        )
    return header, rows


KINDS.register("roadmap", planner=plan_roadmap, emitter=emit_table)
KINDS.register("table", planner=plan_table, emitter=emit_table)
KINDS.register("members", planner=plan_members, emitter=emit_table)
