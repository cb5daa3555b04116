"""Table slide kinds: roadmap (actions by period, each marked new or under way in words),
data table, and the group's members, drawn as native tables (:mod:`.table_pages`)."""

from __future__ import annotations

from councilkit.localize import Localizer
from councilkit.model import WorkingGroup
from councilkit.model.slides import ActionStatus, MembersSlide, RoadmapSlide, TableSlide
from councilkit.render.pptx.kinds.diagram import _commentary
from councilkit.render.pptx.kinds.lists import bold, words
from councilkit.render.pptx.kinds.pairing import paired
from councilkit.render.pptx.kinds.table_pages import (
    Cell,
    cell,
    emit_table,
    header_cells,
    plan_table_pages,
)
from councilkit.render.pptx.plan import Align, Para, PlanContext, SlidePlan
from councilkit.render.pptx.registry import KINDS

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
    header = header_cells(
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
        cells = [cell(localizer.runs(action.text))]
        for period in slide.periods:
            if period.id in periods:
                cells.append(cell(words(localizer, localizer.tr(status)), role, align=Align.CENTER))
            else:
                cells.append(cell(()))
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
    header = header_cells([localizer.runs(h) for h in data.header])
    rows = [
        tuple(
            cell(bold(localizer.runs(c)) if j == 0 else localizer.runs(c))
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
    header = header_cells(
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
                cell(localizer.runs(member.jurisdiction.display_name)),
                Cell(tuple(organisation)),
                cell(words(localizer, role)),
            )
        )
    return header, rows


KINDS.register("roadmap", planner=plan_roadmap, emitter=emit_table)
KINDS.register("table", planner=plan_table, emitter=emit_table)
KINDS.register("members", planner=plan_members, emitter=emit_table)
