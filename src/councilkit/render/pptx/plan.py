"""The slide plan: what goes on each slide, decided in plain data before any file is opened.

Each slide kind's planner turns one model slide into one or more :class:`SlidePlan` (a long
list continues on a slide titled "… (cont'd)"); its emitter later draws the plan with
python-pptx. Plans hold one-language runs, sizes in points and boxes in points, so that
planning is tested without python-pptx.
"""

from __future__ import annotations

import enum
import operator
from dataclasses import dataclass, field, fields, replace

from councilkit.diagnostics import Diagnostic
from councilkit.localize import Localizer, Run
from councilkit.model import Deck, Project, WorkingGroup
from councilkit.model.slides import Slide

POINTS_PER_INCH = 72.0


@dataclass(frozen=True, slots=True)
class Box:
    """A rectangle on the slide, in points from the top left corner."""

    left: float
    top: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.left + self.width

    @property
    def bottom(self) -> float:
        return self.top + self.height

    def below(self, height: float) -> Box:
        """This box with its top ``height`` points cut off."""
        return Box(self.left, self.top + height, self.width, max(self.height - height, 0.0))

    def take_top(self, height: float) -> Box:
        """The top ``height`` points of this box."""
        return Box(self.left, self.top, self.width, min(height, self.height))

    def columns(self, fractions: tuple[float, ...], gap: float) -> tuple[Box, ...]:
        """This box cut into columns whose widths are in the ratio ``fractions``."""
        usable = self.width - gap * (len(fractions) - 1)
        total = sum(fractions)
        boxes: list[Box] = []
        left = self.left
        for fraction in fractions:
            width = usable * fraction / total
            boxes.append(Box(left, self.top, width, self.height))
            left += width + gap
        return tuple(boxes)

    def rows(self, count: int, gap: float) -> tuple[Box, ...]:
        """This box cut into ``count`` rows of equal height."""
        height = (self.height - gap * (count - 1)) / count
        return tuple(
            Box(self.left, self.top + i * (height + gap), self.width, height) for i in range(count)
        )


def inches(value: float) -> float:
    """``value`` inches in points."""
    return value * POINTS_PER_INCH


class Marker(enum.Enum):
    """What stands before a paragraph."""

    NONE = "none"
    BULLET = "bullet"
    NUMBER = "number"


class Align(enum.Enum):
    LEFT = "l"
    CENTER = "ctr"
    RIGHT = "r"


@dataclass(frozen=True, slots=True)
class Para:
    """One paragraph of a text box: runs, list level, marker, and size relative to the
    box's size (nested levels are set a little smaller)."""

    runs: tuple[Run, ...]
    level: int = 0
    marker: Marker = Marker.NONE
    number: int = 1
    align: Align = Align.LEFT
    scale: float = 1.0
    space_before: float = 0.45
    """Space above the paragraph, as a multiple of its font size."""
    color: str | None = None
    twin: tuple[Run, ...] | None = None
    """The same paragraph in the deck's other language, measured with this one so that
    both languages' slides get the same sizes and breaks; never drawn."""

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)

    @property
    def texts(self) -> tuple[str, ...]:
        """The paragraph's text in each language it is measured in."""
        if self.twin is None:
            return (self.text,)
        return (self.text, "".join(run.text for run in self.twin))

    def with_twin(self, twin: tuple[Run, ...]) -> Para:
        """This paragraph with ``twin`` as its other-language text (as
        :func:`dataclasses.replace` makes it, in a third of the time)."""
        values = list(_PARA_VALUES(self))
        values[_TWIN] = twin
        return Para(*values)


_PARA_VALUES = operator.attrgetter(*(f.name for f in fields(Para)))
"""The values of a paragraph's fields, in their order."""
_TWIN = [f.name for f in fields(Para)].index("twin")


@dataclass(frozen=True, slots=True)
class TextBlock:
    """Paragraphs set at one base size in points."""

    paragraphs: tuple[Para, ...]
    size: float

    @property
    def text(self) -> str:
        return "\n".join(p.text for p in self.paragraphs)


@dataclass(frozen=True, slots=True)
class SlideArea:
    """Where a layout puts the title and the body of a slide."""

    title: Box
    body: Box


@dataclass(frozen=True, slots=True)
class Style:
    """Sizes in points that planners choose between."""

    title_size: float = 28.0
    title_floor: float = 20.0
    body_size: float = 20.0
    body_floor: float = 14.0
    diagram_size: float = 14.0
    diagram_floor: float = 12.0
    table_size: float = 18.0
    table_floor: float = 12.0
    statement_size: float = 40.0
    label_height: float = 30.0
    gap: float = 14.0


@dataclass(frozen=True, slots=True)
class SlidePlan:
    """One slide to draw: its kind, title, label, notes, and the kind's own content."""

    kind: str
    title: tuple[Run, ...]
    content: object
    title_size: float = 28.0
    label: tuple[Run, ...] = ()
    notes: tuple[Run, ...] = ()
    continuation: int = 0
    """0 for the first slide of a model slide, 1 for its first continuation, …"""
    source: Slide | None = None

    @property
    def title_text(self) -> str:
        return "".join(run.text for run in self.title)

    def retitled(self, title: tuple[Run, ...]) -> SlidePlan:
        return replace(self, title=title)


@dataclass
class PlanContext:
    """What planners read besides their slide: the deck, its group and project, the
    language, the layout's geometry and sizes. Planners add diagnostics here."""

    localizer: Localizer
    deck: Deck
    group: WorkingGroup
    project: Project
    areas: dict[str, SlideArea]
    style: Style = field(default_factory=Style)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    twin: Localizer | None = None
    """The deck's other language: planners measure every text in both languages, so that
    slide N is the same slide in both decks (None for a one-language project)."""
    paired: bool = True
    """Find :attr:`twin` in the project's languages when it is not given."""

    def __post_init__(self) -> None:
        if self.twin is None and self.paired:
            others = [x for x in self.project.settings.languages if x != self.localizer.language]
            if others:
                self.twin = Localizer(self.project, others[0])

    def partner(self) -> PlanContext | None:
        """This context in the other language (its own diagnostics), or None."""
        if self.twin is None:
            return None
        return replace(self, localizer=self.twin, twin=self.localizer, diagnostics=[])

    def area(self, kind: str) -> SlideArea:
        """The title and body boxes of ``kind``'s layout."""
        return self.areas[kind]

    def body(self, slide: Slide) -> Box:
        """The body box of ``slide``, less the band its label takes."""
        body = self.areas[slide.KIND].body
        if slide.label is not None:
            body = body.below(self.style.label_height)
        return body


def default_areas(kinds: tuple[str, ...]) -> dict[str, SlideArea]:
    """The boxes of the default layout (16:9), for planning without a template."""
    title = Box(inches(0.6), inches(0.35), inches(12.13), inches(0.95))
    body = Box(inches(0.6), inches(1.55), inches(12.13), inches(5.05))
    title_slide = SlideArea(
        Box(inches(1.0), inches(1.4), inches(11.5), inches(2.0)),
        Box(inches(1.0), inches(3.6), inches(11.5), inches(2.9)),
    )
    section = SlideArea(
        Box(inches(1.0), inches(2.0), inches(11.5), inches(1.9)),
        Box(inches(1.0), inches(4.05), inches(11.5), inches(1.8)),
    )
    special = {"title": title_slide, "section": section, "closing": section}
    return {kind: special.get(kind, SlideArea(title, body)) for kind in kinds}
