"""Drawing a planned chart with python-pptx's chart API: the chart part, its embedded
workbook (written by XlsxWriter, with a fixed date so a build gives the same bytes), data
labels written as each value reads in the language, the value axis in a format code with
the language's separators written out, and text in the language."""

from __future__ import annotations

import datetime
import io
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from pptx.chart.data import CategoryChartData
from pptx.chart.xlsx import CategoryWorkbookWriter
from pptx.dml.color import RGBColor
from pptx.enum.chart import (
    XL_AXIS_CROSSES,
    XL_CHART_TYPE,
    XL_LABEL_POSITION,
    XL_LEGEND_POSITION,
    XL_TICK_LABEL_POSITION,
)
from pptx.oxml.xmlchemy import OxmlElement
from pptx.util import Pt
from xlsxwriter import Workbook

from councilkit.localize import LANGUAGE_TAGS
from councilkit.model import ChartType
from councilkit.render.pptx import _oxml
from councilkit.render.pptx.emit import LANGUAGE_IDS, SlideCanvas, emu
from councilkit.render.pptx.layout import Palette

if TYPE_CHECKING:
    from councilkit.render.pptx.kinds.charts import ChartContent

CHART_TYPES = {
    ChartType.BAR: XL_CHART_TYPE.BAR_CLUSTERED,
    ChartType.COLUMN: XL_CHART_TYPE.COLUMN_CLUSTERED,
    ChartType.STACKED_BAR: XL_CHART_TYPE.BAR_STACKED,
    ChartType.STACKED_COLUMN: XL_CHART_TYPE.COLUMN_STACKED,
    ChartType.LINE: XL_CHART_TYPE.LINE_MARKERS,
    ChartType.PIE: XL_CHART_TYPE.PIE,
}
LABEL_POSITIONS = {
    ChartType.BAR: XL_LABEL_POSITION.OUTSIDE_END,
    ChartType.COLUMN: XL_LABEL_POSITION.OUTSIDE_END,
    ChartType.STACKED_BAR: XL_LABEL_POSITION.CENTER,
    ChartType.STACKED_COLUMN: XL_LABEL_POSITION.CENTER,
    ChartType.LINE: XL_LABEL_POSITION.ABOVE,
    ChartType.PIE: XL_LABEL_POSITION.OUTSIDE_END,
}
AXIS_ID_BASE = 100_000
FILL_ROLES = ("primary", "line", "light", "marker", "new", "under_way")
"""Palette colours of bars and slices, in order: dark to light suits ordered series."""
LINE_ROLES = ("primary", "marker", "line")
"""Palette colours of lines, each visible on a white slide."""
_LATER_THAN_LANG = (
    "c:roundedCorners",
    "c:style",
    "c:clrMapOvr",
    "c:pivotSource",
    "c:protection",
    "c:chart",
)
"""What follows ``c:lang`` in ``c:chartSpace``, in schema order."""


def draw_chart(canvas: SlideCanvas, content: ChartContent) -> Any:
    """Add ``content``'s chart to the slide, described for screen readers."""
    data = _ChartData(number_format=content.number_format, created=content.created)
    data.categories = content.data.categories
    for name, values in content.data.series:
        data.add_series(name, values)  # type: ignore[no-untyped-call]
    box = content.box
    frame = canvas.shapes.add_chart(
        CHART_TYPES[content.chart],
        emu(box.left),
        emu(box.top),
        emu(box.width),
        emu(box.height),
        data,
    )
    frame.name = content.name
    _oxml.set_descr(frame, content.descr)
    chart = frame.chart
    chart.has_title = False
    chart.font.size = Pt(content.text_size)
    chart.font.language_id = LANGUAGE_IDS[content.language]
    _set_language(chart, LANGUAGE_TAGS[content.language])
    _renumber_axes(chart)
    several = len(content.data.series) > 1 or content.chart is ChartType.PIE
    chart.has_legend = several
    if several:
        chart.legend.position = XL_LEGEND_POSITION.BOTTOM
        chart.legend.include_in_layout = False
    _colour(chart.plots[0], content, canvas.palette)
    if content.chart is ChartType.PIE:
        return frame
    axis = chart.value_axis
    axis.tick_labels.number_format = content.axis_format
    axis.tick_labels.number_format_is_linked = False
    axis.has_major_gridlines = True
    if content.maximum is not None:
        axis.maximum_scale = content.maximum
        axis.major_unit = content.maximum / 5  # the same ticks in both languages
    if content.ticks is not None:
        axis.minimum_scale, axis.maximum_scale, axis.major_unit = content.ticks
    if (
        content.chart is not ChartType.LINE
        and min(v for _, vs in content.data.series for v in vs) >= 0
    ):
        axis.minimum_scale = 0  # bars start at zero, or their lengths mislead
    chart.category_axis.tick_label_position = XL_TICK_LABEL_POSITION.LOW  # clear of bars below 0
    if content.chart in (ChartType.BAR, ChartType.STACKED_BAR):
        chart.category_axis.reverse_order = True  # the first category on top, as written
        value_axis = axis._element  # crossing the last category: the values stay below
        value_axis._remove_crosses()
        value_axis._add_crosses(val=XL_AXIS_CROSSES.MAXIMUM)
    return frame


def _colour(plot: Any, content: ChartContent, palette: Palette) -> None:
    """Fill each series (each slice of a pie) with a colour of the palette, and set its
    data labels in the number format, in a colour readable on what they sit on."""
    line_chart = content.chart is ChartType.LINE
    roles = LINE_ROLES if line_chart else FILL_ROLES
    inside = content.chart in (ChartType.STACKED_BAR, ChartType.STACKED_COLUMN)
    text = palette.text
    for i, series in enumerate(plot.series):
        fill = palette.colour(roles[i % len(roles)]) or palette.primary
        if content.chart is ChartType.PIE:
            for j, point in enumerate(series.points):
                _fill(point.format, palette.colour(roles[j % len(roles)]) or fill, palette)
        elif line_chart:
            series.format.line.color.rgb = _rgb(fill)
            series.format.line.width = Pt(2.5)
            series.marker.format.fill.solid()
            series.marker.format.fill.fore_color.rgb = _rgb(fill)
        else:
            _fill(series.format, fill, palette)
        labels = series.data_labels
        labels.number_format = content.number_format
        labels.number_format_is_linked = False
        labels.show_value = True
        labels.position = LABEL_POSITIONS[content.chart]
        labels.font.size = Pt(content.text_size)
        colour = readable_on(fill, text) if inside else text
        labels.font.color.rgb = _rgb(colour)
        _label_texts(series, content.data.read[i], content, colour)


def _label_texts(series: Any, texts: tuple[str, ...], content: ChartContent, colour: str) -> None:
    """Write each point's label as its value reads in the language (``1 000,5 $``): a
    label drawn from the number format would take the separators of the computer that
    shows the deck."""
    tag = LANGUAGE_TAGS[content.language]
    position = LABEL_POSITIONS[content.chart]
    for point, read in zip(series.points, texts, strict=False):
        label = point.data_label
        paragraph = label.text_frame.paragraphs[0]
        run = paragraph.add_run()
        run.text = read
        run.font.size = Pt(content.text_size)
        run.font.color.rgb = _rgb(colour)
        run.font._rPr.set("lang", tag)
        label.position = position


def _fill(format_: Any, colour: str, palette: Palette) -> None:
    format_.fill.solid()
    format_.fill.fore_color.rgb = _rgb(colour)
    if contrast(colour, "FFFFFF") < 1.5:  # a light fill on a white slide: outline it
        format_.line.color.rgb = _rgb(palette.line)


def _rgb(hex_colour: str) -> RGBColor:
    return RGBColor(*(int(hex_colour[i : i + 2], 16) for i in (0, 2, 4)))  # type: ignore[no-untyped-call]


def readable_on(fill: str, dark: str) -> str:
    """White or ``dark``: the text colour that keeps a 4.5:1 contrast on ``fill``.

    >>> readable_on("26374A", "1F1F1F"), readable_on("EAEFF4", "1F1F1F")
    ('FFFFFF', '1F1F1F')
    """
    return "FFFFFF" if contrast(fill, "FFFFFF") >= 4.5 else dark


def contrast(a: str, b: str) -> float:
    """The WCAG contrast ratio of two hex colours (1 to 21)."""
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def _renumber_axes(chart: Any) -> None:
    """Give the axes small positive ids: python-pptx writes negative ones, which the
    schema (``xsd:unsignedInt``) and so PowerPoint refuse."""
    elements = chart._chartSpace.xpath(".//c:axId | .//c:crossAx")
    ids: dict[str, str] = {}
    for element in elements:
        old = element.get("val")
        element.set("val", ids.setdefault(old, str(AXIS_ID_BASE + len(ids))))


def _set_language(chart: Any, tag: str) -> None:
    """Say the chart's language in ``c:lang`` (its editing language in PowerPoint)."""
    lang = OxmlElement("c:lang")
    lang.set("val", tag)
    chart._chartSpace.insert_element_before(lang, *_LATER_THAN_LANG)


class _ChartData(CategoryChartData):
    """Chart data whose workbook is dated ``created`` instead of the time of the build."""

    def __init__(self, *, number_format: str, created: datetime.datetime) -> None:
        super().__init__(number_format=number_format)  # type: ignore[no-untyped-call]
        self._created = created

    @property
    def _workbook_writer(self) -> CategoryWorkbookWriter:
        return _DatedWorkbookWriter(self, self._created)


class _DatedWorkbookWriter(CategoryWorkbookWriter):
    """python-pptx's category workbook writer, with the workbook's creation date fixed."""

    def __init__(self, chart_data: Any, created: datetime.datetime) -> None:
        super().__init__(chart_data)  # type: ignore[no-untyped-call]
        self._created = created

    @contextmanager
    def _open_worksheet(self, xlsx_file: io.BytesIO) -> Iterator[tuple[Any, Any]]:
        workbook = Workbook(xlsx_file, {"in_memory": True})
        workbook.set_properties({"created": self._created})
        worksheet = workbook.add_worksheet()
        yield workbook, worksheet
        workbook.close()
