"""A chart part's XML (``c:chartSpace``), written as text from a planned chart.

What it holds, as python-pptx's chart API left it before (the same bytes): the plot of the
chart's type with one ``c:ser`` per series (its name, category names and values cached
beside the formulas of :mod:`.chart_workbook`), its colours (:mod:`.chart_colours`), data
labels that hold each value as it reads in the language (``1 000,5 $``: a label drawn from
the number format would take the separators of the computer that shows the deck) over the
number format PowerPoint uses for a label it makes afresh, the axes (:mod:`.chart_axes`), a
legend below when there are several series or slices, and the language of the chart's text.
Every text and attribute value from the content goes through :mod:`councilkit.xml_escape`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from councilkit import xml_escape
from councilkit.localize import LANGUAGE_TAGS
from councilkit.model import ChartType
from councilkit.render.pptx.kinds.chart_axes import AXIS_IDS, axes_xml
from councilkit.render.pptx.kinds.chart_colours import (
    outline,
    readable_on,
    series_colour,
    slice_colour,
)
from councilkit.render.pptx.kinds.chart_workbook import categories_ref, name_ref, values_ref
from councilkit.render.pptx.layout import Palette

if TYPE_CHECKING:
    from councilkit.render.pptx.kinds.charts import ChartContent

_NAMESPACES = (
    'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
)
_HEAD = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace {_NAMESPACES}>'
_LABEL_FLAGS = (
    '<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/>'
    '<c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/>'
)
_DATE1904 = '<c:date1904 val="0"/>'
_SMOOTH = '<c:smooth val="0"/>'
_EMU_PER_POINT, _EMU_PER_CENTIPOINT = 12700, 127


@dataclass(frozen=True, slots=True)
class Plot:
    """How a chart type is written: its plot element, what comes before and after its
    series, and where its data labels sit."""

    element: str
    before: str
    after: str
    label_position: str
    """``c:dLblPos``: outside the end of a bar or slice, inside a stacked bar, above a point."""
    date1904: bool = True
    """Whether the part says its dates do not count from 1904 (python-pptx's pie does not)."""


PLOTS = {
    ChartType.BAR: Plot(
        "barChart", '<c:barDir val="bar"/><c:grouping val="clustered"/>', "", "outEnd"
    ),
    ChartType.COLUMN: Plot(
        "barChart", '<c:barDir val="col"/><c:grouping val="clustered"/>', "", "outEnd"
    ),
    ChartType.STACKED_BAR: Plot(
        "barChart",
        '<c:barDir val="bar"/><c:grouping val="stacked"/>',
        '<c:overlap val="100"/>',
        "ctr",
    ),
    ChartType.STACKED_COLUMN: Plot(
        "barChart",
        '<c:barDir val="col"/><c:grouping val="stacked"/>',
        '<c:overlap val="100"/>',
        "ctr",
    ),
    ChartType.LINE: Plot(
        "lineChart",
        '<c:grouping val="standard"/><c:varyColors val="0"/>',
        '<c:marker val="1"/><c:smooth val="0"/>',
        "t",
    ),
    ChartType.PIE: Plot("pieChart", '<c:varyColors val="1"/>', "", "outEnd", date1904=False),
}
STACKED = (ChartType.STACKED_BAR, ChartType.STACKED_COLUMN)
"""Charts whose data labels sit inside their bars."""
LINE_WIDTH = 2.5
"""The width of a line chart's lines, in points."""


def chart_space(content: ChartContent, palette: Palette, workbook_rid: str) -> bytes:
    """The chart part of ``content`` in ``palette``'s colours, its data in the workbook
    related to it as ``workbook_rid``."""
    tag = LANGUAGE_TAGS[content.language]
    plot = PLOTS[content.chart]
    size = _centipoints(content.text_size)
    series = "".join(
        _series(content, palette, index, size) for index in range(len(content.data.series))
    )
    pie = content.chart is ChartType.PIE
    line = content.chart is ChartType.LINE
    several = len(content.data.series) > 1 or pie
    legend = ""
    if several:
        layout = "<c:layout/>" if line else ""  # python-pptx's line chart has one
        legend = f'<c:legend><c:legendPos val="b"/>{layout}<c:overlay val="0"/></c:legend>'
    blanks = '<c:dispBlanksAs val="gap"/>'
    if line:
        blanks = f'<c:plotVisOnly val="1"/>{blanks}<c:showDLblsOverMax val="0"/>'
    return (
        f'{_HEAD}{_DATE1904 if plot.date1904 else ""}<c:lang val="{tag}"/>'
        f'<c:chart><c:autoTitleDeleted val="1"/><c:plotArea>'
        f"<c:{plot.element}>{plot.before}{series}{plot.after}{'' if pie else AXIS_IDS}"
        f"</c:{plot.element}>{'' if pie else axes_xml(content)}</c:plotArea>"
        f"{legend}{blanks}</c:chart>"
        f'<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="{size}" lang="{tag}"/>'
        '</a:pPr><a:endParaRPr lang="en-US"/></a:p></c:txPr>'
        f'<c:externalData r:id="{xml_escape.attribute(workbook_rid)}">'
        '<c:autoUpdate val="0"/></c:externalData></c:chartSpace>'
    ).encode()


def _series(content: ChartContent, palette: Palette, index: int, size: int) -> str:
    """Series ``index``: its name, colours, data labels, categories and values."""
    name, values = content.data.series[index]
    chart = content.chart
    line = chart is ChartType.LINE
    colour = series_colour(palette, index, line=line)
    if chart is ChartType.PIE:
        looks = "".join(
            f'<c:dPt><c:idx val="{j}"/>{_fill(palette, slice_colour(palette, j, colour))}</c:dPt>'
            for j in range(len(values))
        )
    elif line:
        width = int(LINE_WIDTH * _EMU_PER_POINT)
        looks = (
            f'<c:spPr><a:ln w="{width}">{_solid(colour)}</a:ln></c:spPr>'
            f"<c:marker><c:spPr>{_solid(colour)}</c:spPr></c:marker>"
        )
    else:
        looks = _fill(palette, colour)
    text = palette.text.upper()
    label_colour = readable_on(colour, text) if chart in STACKED else text
    categories = content.data.categories
    return (
        f'<c:ser><c:idx val="{index}"/><c:order val="{index}"/><c:tx><c:strRef>'
        f"<c:f>{name_ref(index)}</c:f>{_strings((name,))}</c:strRef></c:tx>{looks}"
        f"{_labels(content, content.data.read[index], label_colour, size)}"
        f"<c:cat><c:strRef><c:f>{categories_ref(len(categories))}</c:f>"
        f"{_strings(categories)}</c:strRef></c:cat>"
        f"<c:val><c:numRef><c:f>{values_ref(index, len(values))}</c:f><c:numCache>"
        f"<c:formatCode>{xml_escape.text(content.number_format)}</c:formatCode>"
        f'<c:ptCount val="{len(values)}"/>'
        + "".join(f'<c:pt idx="{j}"><c:v>{value}</c:v></c:pt>' for j, value in enumerate(values))
        + f"</c:numCache></c:numRef></c:val>{_SMOOTH if line else ''}</c:ser>"
    )


def _labels(content: ChartContent, texts: tuple[str, ...], colour: str, size: int) -> str:
    """A series' data labels: each point's label holds its value as read, over the
    number format; all in ``colour``."""
    tag = LANGUAGE_TAGS[content.language]
    position = f'<c:dLblPos val="{PLOTS[content.chart].label_position}"/>'
    run = (  # the same around each label's text
        '"/><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr/></a:pPr><a:r>'
        f'<a:rPr sz="{size}" lang="{tag}">{_solid(colour)}</a:rPr><a:t>'
    )
    end = f"</a:t></a:r></a:p></c:rich></c:tx>{position}{_LABEL_FLAGS}</c:dLbl>"
    points = "".join(
        f'<c:dLbl><c:idx val="{j}{run}{xml_escape.text(read)}{end}' for j, read in enumerate(texts)
    )
    return (
        f"<c:dLbls>{points}"
        f'<c:numFmt formatCode="{xml_escape.attribute(content.number_format)}" sourceLinked="0"/>'
        f'<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="{size}">{_solid(colour)}'
        f"</a:defRPr></a:pPr></a:p></c:txPr>{position}{_LABEL_FLAGS}"
        '<c:showLeaderLines val="1"/></c:dLbls>'
    )


def _strings(texts: tuple[str, ...]) -> str:
    """A ``c:strCache`` of ``texts``."""
    points = "".join(
        f'<c:pt idx="{j}"><c:v>{xml_escape.text(text)}</c:v></c:pt>' for j, text in enumerate(texts)
    )
    return f'<c:strCache><c:ptCount val="{len(texts)}"/>{points}</c:strCache>'


def _fill(palette: Palette, colour: str) -> str:
    """The shape properties of a bar or slice filled with ``colour``, outlined if light."""
    edge = outline(palette, colour)
    line = "" if edge is None else f"<a:ln>{_solid(edge)}</a:ln>"
    return f"<c:spPr>{_solid(colour)}{line}</c:spPr>"


def _solid(colour: str) -> str:
    """A solid fill of ``colour`` (six hex digits)."""
    return f'<a:solidFill><a:srgbClr val="{xml_escape.attribute(colour)}"/></a:solidFill>'


def _centipoints(points: float) -> int:
    """A font size in hundredths of a point, as python-pptx rounds it."""
    return int(points * _EMU_PER_POINT) // _EMU_PER_CENTIPOINT
