"""The timeline slide kind: a scale across (months for up to about a year, then quarters,
then years, with a row of years above months and quarters), a bar per activity and a
diamond per milestone, each milestone's date after its name. Rows are as tall as their
labels need in both languages; rows that do not fit go on a continuation slide."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass

from councilkit.diagnostics import warning
from councilkit.localize import Localizer, Run
from councilkit.model import Language
from councilkit.model.slides import TimelineSlide
from councilkit.render.pptx.fit import INSET_X, block_height, text_width
from councilkit.render.pptx.kinds.diagram import DiagramContent, Drawn, _label
from councilkit.render.pptx.kinds.lists import bold, continued, slide_plan, title_runs, where
from councilkit.render.pptx.kinds.pairing import paired
from councilkit.render.pptx.plan import Align, Box, Para, PlanContext, SlidePlan

LABEL_SHARE = (0.25, 0.42)
"""The least and the most of the slide's width the activity names take: as much as the
longest name needs on one line at the smallest size, within these; the bars get the
rest."""
MONTHS_UP_TO = 13
"""The longest span, in months, drawn month by month; quarters up to :data:`QUARTERS_UP_TO`,
then years."""
QUARTERS_UP_TO = 48
QUARTER = {Language.EN: "Q{n}", Language.FR: "T{n}"}
"""A quarter's short name: Q1 (quarter), T1 (trimestre)."""
SCALE_ROW = 22.0
MIN_ROW, MAX_ROW = 24.0, 40.0
HEADING_SIZE = 12.0


@dataclass(frozen=True, slots=True)
class Period:
    """A cell of the scale: its first day, the day after its last, and its name."""

    start: datetime.date
    end: datetime.date
    name: str


def _next_month(date: datetime.date, months: int = 1) -> datetime.date:
    index = date.year * 12 + date.month - 1 + months
    return datetime.date(index // 12, index % 12 + 1, 1)


def span_in_months(start: datetime.date, end: datetime.date) -> int:
    """How many calendar months the days from ``start`` to ``end`` touch."""
    return (end.year - start.year) * 12 + end.month - start.month + 1


def scale(localizer: Localizer, start: datetime.date, end: datetime.date) -> list[Period]:
    """The cells of the scale: months, quarters or years, from the span."""
    months = span_in_months(start, end)
    periods: list[Period] = []
    if months <= MONTHS_UP_TO:
        current = start.replace(day=1)
        while current <= end:
            periods.append(Period(current, _next_month(current), localizer.month(current)))
            current = _next_month(current)
    elif months <= QUARTERS_UP_TO:
        current = datetime.date(start.year, (start.month - 1) // 3 * 3 + 1, 1)
        name = QUARTER.get(localizer.language, QUARTER[Language.EN])
        while current <= end:
            quarter = (current.month - 1) // 3 + 1
            periods.append(Period(current, _next_month(current, 3), name.format(n=quarter)))
            current = _next_month(current, 3)
    else:
        for year in range(start.year, end.year + 1):
            periods.append(
                Period(datetime.date(year, 1, 1), datetime.date(year + 1, 1, 1), str(year))
            )
    return periods


def years(start: datetime.date, end: datetime.date) -> list[Period]:
    """One cell per calendar year the span touches."""
    return [
        Period(
            max(start, datetime.date(year, 1, 1)),
            min(end, datetime.date(year + 1, 1, 1)),
            str(year),
        )
        for year in range(start.year, end.year + 1)
    ]


def row_labels(localizer: Localizer, slide: TimelineSlide) -> list[Para]:
    """The name of each activity, then of each milestone in bold."""
    paras = [Para(localizer.runs(a.text), space_before=0) for a in slide.activities]
    paras += [Para(bold(localizer.runs(m.text)), space_before=0) for m in slide.milestones]
    return paras


def milestone_date(localizer: Localizer, date: datetime.date) -> Para:
    """The date written beside a milestone's diamond."""
    return Para((Run(localizer.date(date), language=localizer.language),), space_before=0)


def plan_timeline(slide: TimelineSlide, ctx: PlanContext) -> list[SlidePlan]:
    """The scale, then one row per activity (a bar) and per milestone (a diamond)."""
    localizer = ctx.localizer
    style = ctx.style
    area = ctx.body(slide)
    first = slide.start
    last = slide.end + datetime.timedelta(days=1)
    periods = scale(localizer, first, slide.end)
    yearly = len(periods) and periods[0].name.isdigit()
    header = SCALE_ROW if yearly else 2 * SCALE_ROW
    labels = paired(ctx, lambda loc: row_labels(loc, slide))
    longest = max((_one_line(p, style.diagram_floor) for p in labels), default=0.0)
    share = min(max(longest / (area.width - 8), LABEL_SHARE[0]), LABEL_SHARE[1])
    label_col, grid = area.columns((share, 1 - share), 8)
    dates: list[tuple[datetime.date, datetime.date | None]] = [
        (a.start, a.end) for a in slide.activities
    ] + [(m.date, None) for m in slide.milestones]
    room = area.height - header - 4
    size, row = _row_size(labels, label_col.width, room, style.diagram_size, style.diagram_floor)
    per_slide = max(1, int(room // row))
    if any(block_height([p], label_col.width, size) > MAX_ROW for p in labels):
        ctx.diagnostics.append(
            warning(where(slide), "text-too-long", "an activity of this timeline has a long name")
        )
    indexes = list(range(len(labels)))
    chunks = [indexes[i : i + per_slide] for i in range(0, len(indexes), per_slide)] or [[]]
    # spread the rows evenly over the slides they need
    if len(chunks) > 1:
        count = len(chunks)
        chunks = [
            indexes[i * len(indexes) // count : (i + 1) * len(indexes) // count]
            for i in range(count)
        ]
    span = max((last - first).days, 1)

    def x(date: datetime.date) -> float:
        days = min(max((date - first).days, 0), span)
        return grid.left + grid.width * days / span

    scale_shapes = _scale(
        periods, [] if yearly else years(first, last), x, area.top, localizer.language
    )
    descr = localizer.tr(
        "Timeline from {start} to {end}: {activities} activities and {milestones} milestones."
    ).format(
        start=localizer.date(slide.start),
        end=localizer.date(slide.end),
        activities=len(slide.activities),
        milestones=len(slide.milestones),
    )
    title = title_runs(ctx, slide)
    plans: list[SlidePlan] = []
    for index, chunk in enumerate(chunks):
        row_height = max(row, min(MAX_ROW, room / max(len(chunk), 1)))
        shapes = list(scale_shapes)
        top = area.top + header + 4
        for i, n in enumerate(chunk):
            box = Box(label_col.left, top + i * row_height, label_col.width, row_height)
            if i % 2 == 0:
                band = Box(area.left, box.top, area.width, row_height)
                shapes.append(Drawn("rectangle", band, fill="light", name="Row band"))
            para = labels[n]
            shapes.append(Drawn("rectangle", box, _label(para.runs, size), name="Label"))
            middle = box.top + row_height / 2
            start, end = dates[n]
            if end is None:
                side = min(row_height * 0.6, 16.0)
                centre = x(start)
                diamond = Box(centre - side / 2, middle - side / 2, side, side)
                shapes.append(Drawn("diamond", diamond, fill="marker", name="Milestone"))
                shapes.append(_date_beside(localizer, start, diamond, grid, row_height))
            else:
                left, right = x(start), x(end + datetime.timedelta(days=1))
                height = min(row_height * 0.5, 14.0)
                bar = Box(left, middle - height / 2, max(right - left, 3.0), height)
                shapes.append(Drawn("rectangle", bar, fill="primary", name="Activity"))
        page_title = title if index == 0 else continued(ctx, title, index)
        content = DiagramContent(localizer.tr("Timeline"), descr, tuple(shapes))
        plans.append(slide_plan(ctx, slide, page_title, content, continuation=index))
    return plans


def _date_beside(
    localizer: Localizer, date: datetime.date, diamond: Box, grid: Box, height: float
) -> Drawn:
    """The milestone's date in a box right of its diamond, or left when the grid ends."""
    para = milestone_date(localizer, date)
    width = _one_line(para, HEADING_SIZE)
    top = diamond.top + diamond.height / 2 - height / 2
    if diamond.right + 2 + width <= grid.right:
        box = Box(diamond.right + 2, top, width, height)
        align = Align.LEFT
    else:
        box = Box(max(diamond.left - 2 - width, grid.left), top, width, height)
        align = Align.RIGHT
    text = _label(para.runs, HEADING_SIZE, align=align)
    return Drawn("rectangle", box, text, name="Milestone date")


def _one_line(para: Para, size: float) -> float:
    """The width ``para`` takes on one line at ``size``, in its longer language."""
    runs = [para.runs, *([para.twin] if para.twin else [])]
    widths = [sum(text_width(r.text, size, bold=r.bold) for r in rs) for rs in runs]
    return max(widths) + 2 * INSET_X + 2.0


def _row_size(
    labels: list[Para], width: float, room: float, start: float, floor: float
) -> tuple[float, float]:
    """The largest label size from ``start`` down to ``floor`` at which every row fits on
    one slide, and the row height it needs (at the floor when none does)."""
    size = start
    while True:
        needed = max((block_height([p], width, size) for p in labels), default=MIN_ROW)
        row = min(max(MIN_ROW, needed), MAX_ROW)
        if row * len(labels) <= room or size <= floor:
            return size, row
        size -= 0.5


def _scale(
    periods: list[Period],
    year_cells: list[Period],
    x: Callable[[datetime.date], float],
    top: float,
    language: Language,
) -> list[Drawn]:
    """The scale's cells: a row of years (when the cells are months or quarters), then a
    row of months, quarters or years. A name wider than its cell is left out."""
    shapes: list[Drawn] = []
    rows = [(year_cells, top, "Year"), (periods, top + (SCALE_ROW if year_cells else 0), "Period")]
    for cells, row_top, name in rows:
        for i, cell in enumerate(cells):
            left, right = x(cell.start), x(cell.end)
            box = Box(left, row_top, right - left, SCALE_ROW)
            fits = text_width(cell.name, HEADING_SIZE, bold=True) + 2 * INSET_X <= box.width
            runs = (Run(cell.name, bold=True, language=language),) if fits else ()
            period = name == "Period"  # white on the primary colour; years dark on light
            colour, fill = ("white", "primary") if period else ("primary", "light")
            text = _label(runs, HEADING_SIZE, colour=colour, align=Align.CENTER)
            shapes.append(
                Drawn("rectangle", box, text, fill=fill, line="white", name=f"{name} {i + 1}")
            )
    return shapes
