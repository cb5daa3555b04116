"""The words of a slide in one language, read from the deck model (never from a drawn
slide), as *lines*: its title, each bullet at its level, each table row, each chart series,
its notes, and so on, each knowing the part of the slide it belongs to.

The slide's fields are walked in order (title and label first, notes last); a list, a
table or a chart with a name of its own ("Strengths", "Table") gets a line with that name
alone before its items. A members slide also lists the group's members, and a mandate
slide the purpose and objectives of its mandate: what the drawn slide shows of them."""

from __future__ import annotations

import dataclasses
import datetime
import enum
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from councilkit.build.reads import read_state
from councilkit.localize import Localizer, Run, decimals_of, format_quantity
from councilkit.model import Deck, Mandate, WorkingGroup
from councilkit.model.blocks import BulletList, ListItem, NumberedList, Paragraph, Table, TableData
from councilkit.model.schema import ContentPath, Ref
from councilkit.model.slides import (
    CHART_TYPE_NAMES,
    ActionStatus,
    ChartSeries,
    ChartSlide,
    ChartType,
    Column,
    MandateSlide,
    MembersSlide,
    RoadmapSlide,
    Slide,
)
from councilkit.model.text import BilingualText

PART_WORDS = {
    "title": "Title",
    "label": "Label",
    "subtitle": "Subtitle",
    "intro": "Introduction",
    "callout": "Call-out",
    "quote": "Quotation",
    "attribution": "Attribution",
    "statement": "Statement",
    "start": "Start",
    "end": "End",
    "activities": "Activities",
    "milestones": "Milestones",
    "strengths": "Strengths",
    "weaknesses": "Weaknesses",
    "opportunities": "Opportunities",
    "threats": "Threats",
    "commentary": "Commentary",
    "periods": "Periods",
    "actions": "Actions",
    "table": "Table",
    "caption": "Caption",
    "document": "Document",
    "image": "Picture",
    "alt": "Alternative text",
    "chart": "Chart",
    "categories": "Categories",
    "members": "Membership",
    "purpose": "Purpose",
    "objectives": "Objectives",
    "notes": "Speaker notes",
}
"""The name each part of a slide is shown with (message ids of the catalogs); a part
not named here (a slide's bullets) is shown without one."""

STATUS_WORDS = {ActionStatus.NEW: "New", ActionStatus.UNDER_WAY: "Under way"}
PICTURE_FILE = "{path} (file {digest})"
"""A picture as a line shows it: its path and the start of its file's sha256."""
CELL_SEPARATOR = " | "
"""Between the cells of a table row, or the values of a chart series, on one line."""

_SKIPPED = frozenset({"id", "loc", "layout_loc", "kind", "unit", "data_table"})
_FIRST = ("title", "label")
_LAST = ("notes",)


@dataclasses.dataclass(frozen=True, slots=True)
class Line:
    """One line of a slide's words: the ``part`` of the slide it is in (a field's name),
    the name it is shown with (``label``, empty for none), its ``content``, and its list
    ``level`` (None when it is not a list item)."""

    part: str
    label: str
    content: tuple[Run, ...]
    level: int | None = None

    @property
    def text(self) -> str:
        """Its words, as compared."""
        return "".join(run.text for run in self.content)


def slide_lines(
    slide: Slide, loc: Localizer, group: WorkingGroup, root: Path | None = None
) -> tuple[Line, ...]:
    """Every line of ``slide`` in the language of ``loc``; ``root``: the content folder of
    its version, where a picture's file is read to show which file it is."""
    walker = _Walker(loc, slide, root)
    names = [f.name for f in dataclasses.fields(slide) if f.name not in _SKIPPED]
    ordered = [
        *(n for n in _FIRST if n in names),
        *(n for n in names if n not in _FIRST and n not in _LAST),
    ]
    lines: list[Line] = []
    for name in ordered:
        lines.extend(walker.part(name, getattr(slide, name)))
    if isinstance(slide, MembersSlide):
        lines.extend(_members(loc, group))
    if isinstance(slide, MandateSlide):
        lines.extend(_mandate(walker, slide, group))
    lines.extend(walker.part("notes", slide.notes))
    return tuple(lines)


def deck_lines(deck: Deck, loc: Localizer) -> tuple[Line, ...]:
    """The deck's own title and subtitle (its title slide shows them)."""
    walker = _Walker(loc, None)
    return (*walker.part("title", deck.title), *walker.part("subtitle", deck.subtitle))


UNTITLED_WORDS = {"overview": "Overview", "closing": "Questions"}
"""What a slide without a title is called (a title slide takes the deck's title)."""


def slide_title(slide: Slide, deck: Deck, loc: Localizer) -> str:
    """What a slide is called in the redline: its title, else what the drawn slide shows."""
    if slide.title is not None:
        return loc.plain(slide.title)
    if slide.KIND in UNTITLED_WORDS:
        return loc.tr(UNTITLED_WORDS[slide.KIND])
    return loc.plain(deck.title) if deck.title is not None else ""


class _Walker:
    """Lines of the values of one slide's fields."""

    def __init__(self, loc: Localizer, slide: Slide | None, root: Path | None = None) -> None:
        self.loc = loc
        self.slide = slide
        self.root = root

    def label(self, part: str) -> str:
        msgid = PART_WORDS.get(part)
        return self.loc.tr(msgid) if msgid else ""

    def part(self, name: str, value: Any) -> Iterator[Line]:
        """The lines of field ``name`` holding ``value``."""
        if value is None or value == () or isinstance(value, bool):
            return
        label = self.label(name)
        if name == "categories":
            yield Line(name, label, self.joined(value))
        elif name == "quote":  # one line per paragraph
            for paragraph in value:
                yield Line(name, label, self.loc.runs(paragraph))
        elif isinstance(value, TableData):
            yield from self.table(name, label, value)
        elif isinstance(value, Column):  # a two-column slide's left or right
            yield from self.item(name, value, 0)
        elif isinstance(value, tuple):  # items, columns, series, activities...
            if label:
                yield Line(name, label, ())
            for item in value:
                yield from self.item(name, item, 0)
        elif isinstance(value, BilingualText):
            yield Line(name, label, self.loc.runs(value))
        else:
            yield Line(name, label, (Run(self.plain(value), language=self.loc.language),))

    def item(self, part: str, value: Any, level: int) -> Iterator[Line]:
        """A list item, or a record of a list (a column, an activity, a chart series)."""
        if isinstance(value, ListItem):
            yield Line(part, "", self.list_item(value), level)
            for inner in value.items:
                yield from self.item(part, inner, level + 1)
        elif isinstance(value, Column):
            yield Line(part, "", self.loc.runs(value.heading), level)
            for inner in value.items:
                yield from self.item(part, inner, level + 1)
        elif isinstance(value, ChartSeries):
            yield Line(part, "", self.series(value), level)
        elif isinstance(value, BilingualText):
            yield Line(part, "", self.loc.runs(value), level)
        else:
            yield Line(part, "", self.record(value), level)

    def list_item(self, item: ListItem) -> tuple[Run, ...]:
        loc = self.loc
        text = loc.runs(item.text)
        if item.lead is None:
            return text
        lead = tuple(r._replace(bold=True) for r in loc.runs(item.lead))
        separator = loc.lead_separator(loc.plain(item.lead)) if text else ""
        return (*lead, Run(separator, language=loc.language), *text)

    def record(self, value: Any) -> tuple[Run, ...]:
        """A record with a text (an activity, a milestone, a roadmap action, a period): its
        text, then its other values in brackets."""
        fields = [f.name for f in dataclasses.fields(value) if f.name not in _SKIPPED]
        text = self.loc.runs(value.text) if "text" in fields else ()
        others = [self.plain(getattr(value, n)) for n in fields if n != "text"]
        others = [o for o in others if o]
        if not others:
            return text
        return (*text, Run(f" ({', '.join(others)})", language=self.loc.language))

    def series(self, series: ChartSeries) -> tuple[Run, ...]:
        loc = self.loc
        slide = self.slide
        unit = slide.unit if isinstance(slide, ChartSlide) else None
        values = series.values
        every = (v for s in slide.series for v in s.values) if isinstance(slide, ChartSlide) else ()
        decimals = decimals_of(every)  # as the chart's data labels
        shown = CELL_SEPARATOR.join(
            format_quantity(v, loc.language, unit=unit, decimals=decimals)
            if unit is not None
            else str(v)
            for v in values
        )
        name = loc.runs(series.text)
        return (
            *name,
            Run(loc.lead_separator(loc.plain(series.text)) + shown, language=loc.language),
        )

    def table(self, part: str, label: str, table: TableData) -> Iterator[Line]:
        yield Line(part, label, self.loc.runs(table.caption) if table.caption else ())
        yield Line(part, "", self.joined(table.header))
        for row in table.rows:
            yield Line(part, "", self.joined(row))

    def joined(self, texts: tuple[BilingualText, ...]) -> tuple[Run, ...]:
        """Texts on one line, between separators."""
        runs: list[Run] = []
        for index, text in enumerate(texts):
            if index:
                runs.append(Run(CELL_SEPARATOR, language=self.loc.language))
            runs.extend(self.loc.runs(text))
        return tuple(runs)

    def named(self, id: str) -> str:
        """What a reference by ``id`` shows: a roadmap period's words, else the id."""
        if isinstance(self.slide, RoadmapSlide):
            for period in self.slide.periods:
                if period.id == id:
                    return self.loc.plain(period.text)
        return id

    def picture(self, path: str) -> str:
        """A picture's path and the start of its file's sha256 ("images/team.png (file
        3fa2b1c9)"): a file replaced under the same name reads as a change."""
        if self.root is None:
            return path
        state = read_state(self.root / path)  # as a build reads it: plain files only
        if state.stat is None:  # both versions passed check: the file was there
            return path
        return self.loc.tr(PICTURE_FILE).format(path=path, digest=state.digest[:8])

    def plain(self, value: Any) -> str:
        """A value that is not a text of the content, as words of this language."""
        loc = self.loc
        if isinstance(value, datetime.date):
            return loc.date(value)
        if isinstance(value, ChartType):
            return loc.tr(CHART_TYPE_NAMES[value])
        if isinstance(value, ActionStatus):
            return loc.tr(STATUS_WORDS[value])
        if isinstance(value, Ref):
            return self.named(value.id)
        if isinstance(value, ContentPath):
            return self.picture(value.path)
        if isinstance(value, tuple):
            return ", ".join(self.plain(v) for v in value)
        if isinstance(value, BilingualText):
            return loc.plain(value)
        if isinstance(value, enum.Enum):
            return str(value.value)
        return str(value)


def _members(loc: Localizer, group: WorkingGroup) -> Iterator[Line]:
    """The group's members as the members slide shows them."""
    yield Line("members", loc.tr(PART_WORDS["members"]), ())
    for member in group.members:
        cells = [
            loc.plain(member.jurisdiction.display_name),
            loc.plain(member.organization),
        ]
        if member.position is not None:
            cells.append(loc.plain(member.position))
        cells.append(loc.role(member.role, co_chair=group.is_co_chair(member.id)))
        yield Line("members", "", (Run(CELL_SEPARATOR.join(cells), language=loc.language),), 0)


def _mandate(walker: _Walker, slide: MandateSlide, group: WorkingGroup) -> Iterator[Line]:
    """The purpose and objectives of the slide's mandate (or the group's first), as the
    mandate slide shows them."""
    mandate = group.document(slide.document.id) if slide.document is not None else None
    if mandate is None:
        mandate = next((d for d in group.documents if isinstance(d, Mandate)), None)
    if not isinstance(mandate, Mandate):
        return
    yield Line("purpose", walker.label("purpose"), ())
    for block in mandate.purpose:
        if isinstance(block, Paragraph):
            yield Line("purpose", "", walker.loc.runs(block.text))
        elif isinstance(block, (BulletList, NumberedList)):
            for item in block.items:
                yield from walker.item("purpose", item, 0)
        elif isinstance(block, Table):
            yield from walker.table("purpose", "", block.table)
    yield from walker.part("objectives", mandate.objectives)
