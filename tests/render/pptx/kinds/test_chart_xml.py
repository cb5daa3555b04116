"""The chart part's XML, written as text, reads back with python-pptx's chart API as the
chart it describes: its type, names, values and data labels as read in the language, its
colours, axes, legend and language; it is valid against the ECMA chart schema, and any
text from the content is escaped."""

from __future__ import annotations

import datetime
import doctest
from typing import Any

import pytest
from lxml import etree
from ooxml_schemas import schema
from pptx.chart.chart import Chart
from pptx.enum.chart import XL_CHART_TYPE, XL_LABEL_POSITION, XL_LEGEND_POSITION
from pptx.oxml import parse_xml
from pptx.util import Pt

from councilkit.contrast import contrast
from councilkit.model import ChartType, ChartUnit, Language
from councilkit.render.pptx.kinds import chart_colours
from councilkit.render.pptx.kinds.chart_colours import FILL_ROLES
from councilkit.render.pptx.kinds.chart_numbers import axis_format
from councilkit.render.pptx.kinds.chart_xml import chart_space
from councilkit.render.pptx.kinds.charts import ChartContent, ChartData
from councilkit.render.pptx.layout import Palette
from councilkit.render.pptx.plan import Box

NBSP = "\u00a0"
PALETTE = Palette()
TYPES = {
    ChartType.BAR: XL_CHART_TYPE.BAR_CLUSTERED,
    ChartType.COLUMN: XL_CHART_TYPE.COLUMN_CLUSTERED,
    ChartType.STACKED_BAR: XL_CHART_TYPE.BAR_STACKED,
    ChartType.STACKED_COLUMN: XL_CHART_TYPE.COLUMN_STACKED,
    ChartType.LINE: XL_CHART_TYPE.LINE_MARKERS,
    ChartType.PIE: XL_CHART_TYPE.PIE,
}
READ = {Language.EN: ("$1,000.5", "$20.0"), Language.FR: (f"1{NBSP}000,5{NBSP}$", f"20,0{NBSP}$")}


def content(
    chart: ChartType,
    language: Language = Language.EN,
    *,
    series: tuple[tuple[str, tuple[float, ...]], ...] = (("Budget", (1000.5, 20.0)),),
    categories: tuple[str, ...] = ("2016", "2017"),
    read: tuple[tuple[str, ...], ...] | None = None,
    number_format: str = '[$-1009]"$"#,##0.0',
    maximum: float | None = None,
    ticks: tuple[float, float, float] | None = None,
) -> ChartContent:
    return ChartContent(
        chart=chart,
        data=ChartData(
            categories=categories,
            series=series,
            read=read or tuple(READ[language] for _ in series),
        ),
        number_format=number_format,
        axis_format=axis_format(language, ChartUnit.DOLLARS),
        name="Chart",
        descr="A chart.",
        box=Box(36.0, 100.0, 600.0, 300.0),
        language=language,
        text_size=16.0,
        created=datetime.datetime(2016, 9, 14, tzinfo=datetime.UTC),
        maximum=maximum,
        ticks=ticks,
    )


def drawn(planned: ChartContent, palette: Palette = PALETTE) -> Any:
    """The chart python-pptx reads from the XML written for ``planned``."""
    blob = chart_space(planned, palette, "rId1")
    problems = schema("iso-a/dml-chart.xsd")
    assert problems.validate(etree.fromstring(blob)), problems.error_log
    return Chart(parse_xml(blob), None)


def run(series: Any, point: int) -> Any:
    """The run of text in the data label of ``point``."""
    return series.points[point].data_label.text_frame.paragraphs[0].runs[0]


def label_texts(series: Any) -> list[str]:
    return [series.points[j].data_label.text_frame.text for j in range(len(series.values))]


@pytest.mark.parametrize("language", list(Language))
@pytest.mark.parametrize("kind", list(ChartType))
def test_each_chart_type_reads_back_with_its_data_in_the_language(
    kind: ChartType, language: Language
) -> None:
    chart = drawn(content(kind, language))
    assert chart.chart_type is TYPES[kind]
    plot = chart.plots[0]
    assert tuple(plot.categories) == ("2016", "2017")
    [series] = plot.series
    assert (series.name, series.values) == ("Budget", (1000.5, 20.0))
    assert label_texts(series) == list(READ[language])
    labels = series.data_labels
    assert (labels.number_format, labels.number_format_is_linked) == ('[$-1009]"$"#,##0.0', False)
    assert labels.show_value
    tag = {Language.EN: "en-CA", Language.FR: "fr-CA"}[language]
    space = chart._chartSpace
    assert space.xpath("./c:lang/@val") == [tag]
    assert space.xpath("./c:txPr//a:defRPr/@lang") == [tag]
    assert {run(series, j).font.language_id for j in range(2)} == {chart.font.language_id}
    assert {run(series, j).font.size for j in range(2)} == {Pt(16)}
    assert chart.font.size == Pt(16)
    assert space.xpath("./c:externalData/@r:id") == ["rId1"]
    assert not chart.has_title
    if kind is not ChartType.PIE:
        assert chart.value_axis.tick_labels.number_format == axis_format(
            language, ChartUnit.DOLLARS
        )
        assert not chart.value_axis.tick_labels.number_format_is_linked
        assert chart.value_axis.has_major_gridlines
        # small positive axis ids, each axis crossing the other
        assert space.xpath(".//c:catAx/c:axId/@val") == ["100000"]
        assert space.xpath(".//c:valAx/c:axId/@val") == ["100001"]
        assert space.xpath(".//c:catAx/c:crossAx/@val") == ["100001"]


@pytest.mark.parametrize(
    ("kind", "position"),
    [
        (ChartType.BAR, XL_LABEL_POSITION.OUTSIDE_END),
        (ChartType.COLUMN, XL_LABEL_POSITION.OUTSIDE_END),
        (ChartType.STACKED_BAR, XL_LABEL_POSITION.CENTER),
        (ChartType.STACKED_COLUMN, XL_LABEL_POSITION.CENTER),
        (ChartType.LINE, XL_LABEL_POSITION.ABOVE),
        (ChartType.PIE, XL_LABEL_POSITION.OUTSIDE_END),
    ],
)
def test_labels_sit_outside_bars_inside_stacks_and_above_points(
    kind: ChartType, position: XL_LABEL_POSITION
) -> None:
    series = drawn(content(kind)).plots[0].series[0]
    assert series.data_labels.position is position
    assert {series.points[j].data_label.position for j in range(2)} == {position}


def colours(fill: Any) -> str:
    return str(fill.fore_color.rgb)


def test_bars_take_the_palette_in_order_and_light_fills_are_outlined() -> None:
    many = tuple((f"S{i}", (float(i + 1), 2.0)) for i in range(len(FILL_ROLES) + 1))
    chart = drawn(content(ChartType.COLUMN, series=many))
    fills = [colours(s.format.fill) for s in chart.plots[0].series]
    expected = [PALETTE.colour(role) for role in (*FILL_ROLES, FILL_ROLES[0])]
    assert fills == expected
    outlined = {
        colours(s.format.fill): str(s.format.line.color.rgb)
        for s in chart.plots[0].series
        if s.format.line.fill.type is not None
    }
    light = (PALETTE.light, PALETTE.new, PALETTE.under_way)
    assert outlined == dict.fromkeys(light, PALETTE.line)
    assert chart.has_legend
    assert chart.legend.position is XL_LEGEND_POSITION.BOTTOM
    assert not chart.legend.include_in_layout


def test_labels_inside_stacks_are_white_on_dark_fills_and_dark_on_light_ones() -> None:
    two = (("High", (1.0, 2.0)), ("Low", (3.0, 4.0)), ("None", (5.0, 6.0)))
    chart = drawn(content(ChartType.STACKED_BAR, series=two))
    texts = [
        {str(run(s, j).font.color.rgb) for j in range(2)} | {str(s.data_labels.font.color.rgb)}
        for s in chart.plots[0].series
    ]
    assert texts == [{"FFFFFF"}, {PALETTE.text}, {PALETTE.text}]  # primary, line, light
    outside = drawn(content(ChartType.COLUMN, series=two))
    assert set(outside._chartSpace.xpath(".//c:dLbls//a:srgbClr/@val")) == {PALETTE.text}


def test_lines_are_wide_with_markers_of_their_colour() -> None:
    two = (("Received", (1.0, 2.0)), ("Answered", (3.0, 4.0)))
    series = drawn(content(ChartType.LINE, series=two)).plots[0].series
    assert [str(s.format.line.color.rgb) for s in series] == [PALETTE.primary, PALETTE.marker]
    assert {s.format.line.width for s in series} == {Pt(2.5)}
    assert [colours(s.marker.format.fill) for s in series] == [PALETTE.primary, PALETTE.marker]


def test_each_slice_of_a_pie_has_its_colour_and_a_legend() -> None:
    slices = ("A", "B", "C", "D", "E", "F", "G")
    values = (("Members", tuple(float(n + 1) for n in range(len(slices)))),)
    read = (tuple(str(n + 1) for n in range(len(slices))),)
    chart = drawn(content(ChartType.PIE, series=values, categories=slices, read=read))
    series = chart.plots[0].series[0]
    fills = [colours(series.points[j].format.fill) for j in range(len(slices))]
    assert fills == [PALETTE.colour(FILL_ROLES[j % len(FILL_ROLES)]) for j in range(len(slices))]
    assert chart.has_legend  # one series, but several slices
    assert chart._chartSpace.xpath(".//c:valAx | .//c:catAx") == []


def test_one_series_has_no_legend() -> None:
    assert not drawn(content(ChartType.COLUMN)).has_legend
    assert not drawn(content(ChartType.LINE)).has_legend


def test_value_axis_bounds_and_steps() -> None:
    fixed = drawn(content(ChartType.STACKED_COLUMN, maximum=100.0)).value_axis
    assert (fixed.minimum_scale, fixed.maximum_scale, fixed.major_unit) == (0.0, 100.0, 20.0)
    ticks = drawn(content(ChartType.COLUMN, ticks=(0.0, 3.0, 1.0))).value_axis
    assert (ticks.minimum_scale, ticks.maximum_scale, ticks.major_unit) == (0.0, 3.0, 1.0)
    free = drawn(content(ChartType.COLUMN)).value_axis
    assert (free.minimum_scale, free.maximum_scale, free.major_unit) == (0.0, None, None)
    # A line starts where its values do; bars below zero leave the bottom free.
    assert drawn(content(ChartType.LINE)).value_axis.minimum_scale is None
    negative = (("Change", (-2.0, 5.0)),)
    assert drawn(content(ChartType.BAR, series=negative)).value_axis.minimum_scale is None
    line = drawn(content(ChartType.LINE, ticks=(100.0, 101.0, 1.0))).value_axis
    assert (line.minimum_scale, line.maximum_scale, line.major_unit) == (100.0, 101.0, 1.0)


@pytest.mark.parametrize("kind", [ChartType.BAR, ChartType.STACKED_BAR])
def test_bars_list_categories_from_the_top_with_values_below(kind: ChartType) -> None:
    chart = drawn(content(kind))
    assert chart.category_axis.reverse_order
    assert chart.value_axis._element.xpath("./c:crosses/@val") == ["max"]
    assert chart.category_axis._element.xpath("./c:tickLblPos/@val") == ["low"]


@pytest.mark.parametrize("kind", [ChartType.COLUMN, ChartType.STACKED_COLUMN, ChartType.LINE])
def test_columns_and_lines_keep_the_usual_order(kind: ChartType) -> None:
    chart = drawn(content(kind))
    assert not chart.category_axis.reverse_order
    assert chart.value_axis._element.xpath("./c:crosses/@val") == ["autoZero"]


def test_text_from_the_content_is_escaped() -> None:
    odd = 'A & <B> "C"'
    planned = content(
        ChartType.COLUMN,
        series=((odd, (1.0, 2.0)),),
        categories=("x < y", "Q&A"),
        read=(("1 > 0", "&"),),
        number_format='[$-1009]#,##0"<&>"',
    )
    series = drawn(planned).plots[0].series[0]
    assert series.name == odd
    assert tuple(drawn(planned).plots[0].categories) == ("x < y", "Q&A")
    assert label_texts(series) == ["1 > 0", "&"]
    assert series.data_labels.number_format == '[$-1009]#,##0"<&>"'
    cached = parse_xml(chart_space(planned, PALETTE, "rId1")).xpath(".//c:formatCode/text()")
    assert cached == ['[$-1009]#,##0"<&>"']


def test_formulas_point_at_the_workbook_cells() -> None:
    two = (("High", (1.0, 2.0)), ("Low", (3.0, 4.0)))
    space = drawn(content(ChartType.COLUMN, series=two))._chartSpace
    assert space.xpath(".//c:ser/c:tx//c:f/text()") == ["Sheet1!$B$1", "Sheet1!$C$1"]
    assert space.xpath(".//c:ser/c:cat//c:f/text()") == ["Sheet1!$A$2:$A$3"] * 2
    assert space.xpath(".//c:ser/c:val//c:f/text()") == ["Sheet1!$B$2:$B$3", "Sheet1!$C$2:$C$3"]


def test_the_colour_examples_hold() -> None:
    assert doctest.testmod(chart_colours).failed == 0
    assert contrast(PALETTE.primary, "FFFFFF") > 4.5 > contrast(PALETTE.light, "FFFFFF")
