"""Decks and their slides, one record type per slide kind.

Slide kinds are registered in ``Slide.VARIANTS`` by the name written after ``kind:`` in
content. Adding a kind is adding a record here and, in the PowerPoint renderer, a planner
and an emitter registered under the same name.
"""

from __future__ import annotations

import datetime
import enum
from collections.abc import Mapping
from dataclasses import dataclass
from typing import ClassVar

from councilkit.diagnostics import Location
from councilkit.model.blocks import ListItem, TableData
from councilkit.model.documents import Document
from councilkit.model.schema import (
    SLUG_HELP,
    SLUG_PATTERN,
    ContentPath,
    Ref,
    Variant,
    Variants,
    location,
    spec,
)
from councilkit.model.text import BilingualText


@dataclass(frozen=True, slots=True, kw_only=True)
class Slide(Variant):
    """What every slide has: a title (unique in its deck), speaker notes, an optional
    label such as "Example – for discussion purposes only"."""

    VARIANTS: ClassVar[Variants] = Variants("slide kind", by="kind")
    KIND: ClassVar[str] = ""
    # A slide whose title may be left out, and what it then is, is decided by the renderer
    # (a title slide takes the deck's title; a closing slide says "Questions").
    TITLE_OPTIONAL: ClassVar[bool] = False

    id: str | None = spec(default=None, pattern=SLUG_PATTERN, help=SLUG_HELP)
    title: BilingualText | None = None
    label: BilingualText | None = None
    notes: BilingualText | None = None
    loc: Location | None = location()


@dataclass(frozen=True, slots=True, kw_only=True)
class Column:
    """A headed column of items (two-column slides, logic models)."""

    heading: BilingualText
    items: tuple[ListItem, ...]
    loc: Location | None = location()


@Slide.VARIANTS.register("title")
@dataclass(frozen=True, slots=True, kw_only=True)
class TitleSlide(Slide):
    """The opening slide: the deck's title, a subtitle, the group, the date and marking."""

    KIND: ClassVar[str] = "title"
    TITLE_OPTIONAL: ClassVar[bool] = True
    subtitle: BilingualText | None = None


@Slide.VARIANTS.register("overview")
@dataclass(frozen=True, slots=True, kw_only=True)
class OverviewSlide(Slide):
    """An agenda: the items written, or, when none are, the titles of the section slides."""

    KIND: ClassVar[str] = "overview"
    TITLE_OPTIONAL: ClassVar[bool] = True
    items: tuple[ListItem, ...] = ()


@Slide.VARIANTS.register("section")
@dataclass(frozen=True, slots=True, kw_only=True)
class SectionSlide(Slide):
    """A section header."""

    KIND: ClassVar[str] = "section"
    subtitle: BilingualText | None = None


@Slide.VARIANTS.register("bullets")
@dataclass(frozen=True, slots=True, kw_only=True)
class BulletsSlide(Slide):
    """Bullets, nested, each with an optional bold lead term; an optional call-out box."""

    KIND: ClassVar[str] = "bullets"
    intro: BilingualText | None = None
    items: tuple[ListItem, ...]
    callout: BilingualText | None = None


@Slide.VARIANTS.register("numbered")
@dataclass(frozen=True, slots=True, kw_only=True)
class NumberedSlide(Slide):
    """A numbered list, such as the asks of a deck (1. Agree 2. Engage 3. Support)."""

    KIND: ClassVar[str] = "numbered"
    intro: BilingualText | None = None
    items: tuple[ListItem, ...]


@Slide.VARIANTS.register("quote")
@dataclass(frozen=True, slots=True, kw_only=True)
class QuoteSlide(Slide):
    """A quotation or definition with its attribution, and an optional call-out."""

    KIND: ClassVar[str] = "quote"
    quote: tuple[BilingualText, ...]
    attribution: BilingualText | None = None
    callout: BilingualText | None = None


@Slide.VARIANTS.register("statement")
@dataclass(frozen=True, slots=True, kw_only=True)
class StatementSlide(Slide):
    """A single statement in large type."""

    KIND: ClassVar[str] = "statement"
    statement: BilingualText


@Slide.VARIANTS.register("two-columns")
@dataclass(frozen=True, slots=True, kw_only=True)
class TwoColumnsSlide(Slide):
    """Two headed columns side by side."""

    KIND: ClassVar[str] = "two-columns"
    intro: BilingualText | None = None
    left: Column
    right: Column


@dataclass(frozen=True, slots=True, kw_only=True)
class Activity:
    """A bar on a timeline."""

    text: BilingualText = spec(inline=True)
    start: datetime.date
    end: datetime.date
    loc: Location | None = location()


@dataclass(frozen=True, slots=True, kw_only=True)
class Milestone:
    """A marker on a timeline."""

    text: BilingualText = spec(inline=True)
    date: datetime.date
    loc: Location | None = location()


@Slide.VARIANTS.register("timeline")
@dataclass(frozen=True, slots=True, kw_only=True)
class TimelineSlide(Slide):
    """Months across, activities as bars, milestones as markers."""

    KIND: ClassVar[str] = "timeline"
    start: datetime.date
    end: datetime.date
    activities: tuple[Activity, ...]
    milestones: tuple[Milestone, ...] = ()


@Slide.VARIANTS.register("swot")
@dataclass(frozen=True, slots=True, kw_only=True)
class SwotSlide(Slide):
    """A SWOT analysis (FFPM in French) as a 2x2 grid, with optional commentary beside it."""

    KIND: ClassVar[str] = "swot"
    strengths: tuple[ListItem, ...]
    weaknesses: tuple[ListItem, ...]
    opportunities: tuple[ListItem, ...]
    threats: tuple[ListItem, ...]
    commentary: tuple[ListItem, ...] = ()


@Slide.VARIANTS.register("logic-model")
@dataclass(frozen=True, slots=True, kw_only=True)
class LogicModelSlide(Slide):
    """A logic model: columns of boxes (inputs → activities → outputs → outcomes)."""

    KIND: ClassVar[str] = "logic-model"
    columns: tuple[Column, ...]
    commentary: tuple[ListItem, ...] = ()


class ActionStatus(enum.StrEnum):
    """Whether a roadmap action is new or already under way."""

    NEW = "new"
    UNDER_WAY = "under-way"


@dataclass(frozen=True, slots=True, kw_only=True)
class Period:
    """A column of a roadmap."""

    id: str = spec(pattern=SLUG_PATTERN, help=SLUG_HELP)
    text: BilingualText = spec(inline=True)
    loc: Location | None = location()


@dataclass(frozen=True, slots=True, kw_only=True)
class RoadmapAction:
    """A row of a roadmap: an action, the periods it runs in, and whether it is new."""

    text: BilingualText = spec(inline=True)
    periods: tuple[Ref, ...]
    status: ActionStatus = ActionStatus.NEW
    loc: Location | None = location()


@Slide.VARIANTS.register("roadmap")
@dataclass(frozen=True, slots=True, kw_only=True)
class RoadmapSlide(Slide):
    """A roadmap: a table of actions by period, each marked new or under way."""

    KIND: ClassVar[str] = "roadmap"
    periods: tuple[Period, ...]
    actions: tuple[RoadmapAction, ...]
    commentary: tuple[ListItem, ...] = ()


@Slide.VARIANTS.register("table")
@dataclass(frozen=True, slots=True, kw_only=True)
class TableSlide(Slide):
    """A data table (a gap analysis, a change analysis), with optional commentary."""

    KIND: ClassVar[str] = "table"
    table: TableData
    commentary: tuple[ListItem, ...] = ()


@Slide.VARIANTS.register("members")
@dataclass(frozen=True, slots=True, kw_only=True)
class MembersSlide(Slide):
    """The group's membership, drawn from the group's data (never typed twice)."""

    KIND: ClassVar[str] = "members"
    intro: BilingualText | None = None


@Slide.VARIANTS.register("mandate")
@dataclass(frozen=True, slots=True, kw_only=True)
class MandateSlide(Slide):
    """The purpose and objectives of a mandate document of the group."""

    KIND: ClassVar[str] = "mandate"
    document: Ref | None = None


@Slide.VARIANTS.register("picture")
@dataclass(frozen=True, slots=True, kw_only=True)
class PictureSlide(Slide):
    """A picture with its alternative text and an optional caption."""

    KIND: ClassVar[str] = "picture"
    image: ContentPath
    alt: BilingualText
    caption: BilingualText | None = None


class ChartType(enum.StrEnum):
    """How a chart draws its data: bars across, columns up, stacked, a line, a pie."""

    BAR = "bar"
    COLUMN = "column"
    STACKED_BAR = "stacked-bar"
    STACKED_COLUMN = "stacked-column"
    LINE = "line"
    PIE = "pie"


CHART_TYPE_NAMES: Mapping[ChartType, str] = {
    ChartType.BAR: "Bar chart",
    ChartType.COLUMN: "Column chart",
    ChartType.STACKED_BAR: "Stacked bar chart",
    ChartType.STACKED_COLUMN: "Stacked column chart",
    ChartType.LINE: "Line chart",
    ChartType.PIE: "Pie chart",
}
"""The words naming each chart type (message ids the localizer translates), as a deck's
alternative text and a deck redline say them."""


class ChartUnit(enum.StrEnum):
    """What a chart's values count: plain numbers, percentages (written as 37.5 for
    37.5 %) or dollars."""

    NUMBER = "number"
    PERCENT = "percent"
    DOLLARS = "dollars"


@dataclass(frozen=True, slots=True, kw_only=True)
class ChartSeries:
    """A series of a chart: its name in both languages and one value per category."""

    text: BilingualText = spec(inline=True)
    values: tuple[float, ...]
    loc: Location | None = location()


@Slide.VARIANTS.register("chart")
@dataclass(frozen=True, slots=True, kw_only=True)
class ChartSlide(Slide):
    """A native, editable chart of data written in the content: categories and series,
    with alternative text made from the data unless ``alt`` is given, and optionally the
    same data as a table for screen-reader users."""

    KIND: ClassVar[str] = "chart"
    chart: ChartType
    categories: tuple[BilingualText, ...]
    series: tuple[ChartSeries, ...]
    unit: ChartUnit = ChartUnit.NUMBER
    alt: BilingualText | None = None
    data_table: bool = False


@Slide.VARIANTS.register("closing")
@dataclass(frozen=True, slots=True, kw_only=True)
class ClosingSlide(Slide):
    """The closing slide ("Questions")."""

    KIND: ClassVar[str] = "closing"
    TITLE_OPTIONAL: ClassVar[bool] = True
    subtitle: BilingualText | None = None


@Document.VARIANTS.register("deck")
@dataclass(frozen=True, slots=True, kw_only=True)
class Deck(Document):
    """A briefing deck: an ordered list of slides."""

    KIND: ClassVar[str] = "deck"
    subtitle: BilingualText | None = None
    slides: tuple[Slide, ...]
