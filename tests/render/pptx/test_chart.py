"""A chart slide is a native PowerPoint chart: its chart part and embedded workbook hold the
data with names in the deck's language, values drawn in the language's number format, alt
text read from the data, and an optional data table a screen reader can walk through."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path
from typing import Any

import pptx
import pytest
from contentkit import content
from pptx.enum.chart import XL_CHART_TYPE
from pptx.enum.shapes import MSO_SHAPE_TYPE

from councilkit.build import build

DECK = """\
schema: 1
kind: deck
title: {en: Deck, fr: Présentation}
version: "1.0"
status: approved
date: 2016-09-14
slides:
  - kind: chart
    title: {en: Budget by year, fr: Budget par année}
    chart: column
    unit: dollars
    categories:
      - {en: "2016", fr: "2016"}
      - {en: "2017", fr: "2017"}
    series:
      - en: Budget
        fr: Budget
        values: [1000.5, 1200]
  - kind: chart
    title: {en: Alignment, fr: Correspondance}
    chart: stacked-bar
    unit: percent
    categories:
      - {en: Both councils, fr: Ensemble des conseils}
      - {en: PSSDC, fr: CPSSP}
    series:
      - {en: High, fr: Élevée, values: [41.7, 37.5]}
      - {en: Low, fr: Faible, values: [58.3, 62.5]}
    data_table: true
  - kind: chart
    title: {en: Members, fr: Membres}
    chart: pie
    categories:
      - {en: Provinces, fr: Provinces}
      - {en: Territories, fr: Territoires}
    series:
      - {en: Members, fr: Membres, values: [10, 3]}
    alt:
      en: Ten provinces and three territories.
      fr: Dix provinces et trois territoires.
  - kind: chart
    title: {en: Requests, fr: Demandes}
    chart: line
    categories:
      - {en: Spring, fr: Printemps}
      - {en: Fall, fr: Automne}
    series:
      - {en: Received, fr: Reçues, values: [1234, 2000]}
      - {en: Answered, fr: Traitées, values: [1000, 1999]}
  - kind: chart
    title: {en: Bars, fr: Barres}
    chart: bar
    categories: [{en: One, fr: Un}]
    series: [{en: Count, fr: Nombre, values: [-2]}]
  - kind: chart
    title: {en: Columns, fr: Colonnes}
    chart: stacked-column
    categories: [{en: One, fr: Un}]
    series: [{en: Count, fr: Nombre, values: [2]}]
"""
NBSP = "\u00a0"


@pytest.fixture(scope="module")
def decks(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("chart")
    source = content(root / "content", groups__g__deck=DECK)
    build(source, root / "out", source_date_epoch=0)
    return {
        lang: root / f"out/g-deck-{suffix}.pptx" for lang, suffix in (("en", "eng"), ("fr", "fra"))
    }


def charts(path: Path) -> list[Any]:
    """The graphic frame of each slide's chart, slide by slide."""
    deck = pptx.Presentation(str(path))
    return [next(s for s in slide.shapes if s.has_chart) for slide in deck.slides]


def read(frame: Any) -> tuple[Any, tuple[str, ...], list[tuple[str, tuple[float, ...]]]]:
    chart = frame.chart
    plot = chart.plots[0]
    return (
        chart.chart_type,
        tuple(plot.categories),
        [(s.name, tuple(s.values)) for s in plot.series],
    )


def descr(frame: Any) -> str:
    return str(frame._element.nvGraphicFramePr.cNvPr.get("descr"))


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "en",
            [
                (XL_CHART_TYPE.COLUMN_CLUSTERED, ("2016", "2017"), [("Budget", (1000.5, 1200.0))]),
                (
                    XL_CHART_TYPE.BAR_STACKED,
                    ("Both councils", "PSSDC"),
                    [("High", (41.7, 37.5)), ("Low", (58.3, 62.5))],
                ),
                (XL_CHART_TYPE.PIE, ("Provinces", "Territories"), [("Members", (10.0, 3.0))]),
                (
                    XL_CHART_TYPE.LINE_MARKERS,
                    ("Spring", "Fall"),
                    [("Received", (1234.0, 2000.0)), ("Answered", (1000.0, 1999.0))],
                ),
                (XL_CHART_TYPE.BAR_CLUSTERED, ("One",), [("Count", (-2.0,))]),
                (XL_CHART_TYPE.COLUMN_STACKED, ("One",), [("Count", (2.0,))]),
            ],
        ),
        (
            "fr",
            [
                (XL_CHART_TYPE.COLUMN_CLUSTERED, ("2016", "2017"), [("Budget", (1000.5, 1200.0))]),
                (
                    XL_CHART_TYPE.BAR_STACKED,
                    ("Ensemble des conseils", "CPSSP"),
                    [("Élevée", (41.7, 37.5)), ("Faible", (58.3, 62.5))],
                ),
                (XL_CHART_TYPE.PIE, ("Provinces", "Territoires"), [("Membres", (10.0, 3.0))]),
                (
                    XL_CHART_TYPE.LINE_MARKERS,
                    ("Printemps", "Automne"),
                    [("Reçues", (1234.0, 2000.0)), ("Traitées", (1000.0, 1999.0))],
                ),
                (XL_CHART_TYPE.BAR_CLUSTERED, ("Un",), [("Nombre", (-2.0,))]),
                (XL_CHART_TYPE.COLUMN_STACKED, ("Un",), [("Nombre", (2.0,))]),
            ],
        ),
    ],
)
def test_chart_part_holds_type_names_and_values_in_the_language(
    decks: dict[str, Path], lang: str, expected: list[Any]
) -> None:
    assert [read(frame) for frame in charts(decks[lang])] == expected


EN_AXES = (
    '[>=1000000]"$"0","000","000;[>=1000]"$"0","000;"$"0',
    '[>=1000000]0","000","000"%";[>=1000]0","000"%";0"%"',
    None,
    '[>=1000000]0","000","000;[>=1000]0","000;0',
)
FR_AXES = (
    f'[>=1000000]0"{NBSP}"000"{NBSP}"000"{NBSP}$";[>=1000]0"{NBSP}"000"{NBSP}$";0"{NBSP}$"',
    f'[>=1000000]0"{NBSP}"000"{NBSP}"000"{NBSP}%";[>=1000]0"{NBSP}"000"{NBSP}%";0"{NBSP}%"',
    None,
    f'[>=1000000]0"{NBSP}"000"{NBSP}"000;[>=1000]0"{NBSP}"000;0',
)


@pytest.mark.parametrize(
    ("lang", "formats", "axes"),
    [
        (
            "en",
            ['[$-1009]"$"#,##0.0', '[$-1009]#,##0.0"%"', "[$-1009]#,##0", "[$-1009]#,##0"],
            EN_AXES,
        ),
        (
            "fr",
            [
                f'[$-C0C]#,##0.0"{NBSP}$"',
                f'[$-C0C]#,##0.0"{NBSP}%"',
                "[$-C0C]#,##0",
                "[$-C0C]#,##0",
            ],
            FR_AXES,
        ),
    ],
)
def test_data_labels_and_value_axis_use_the_language_number_format(
    decks: dict[str, Path], lang: str, formats: list[str], axes: tuple[str | None, ...]
) -> None:
    frames = charts(decks[lang])[:4]
    for frame, expected, axis in zip(frames, formats, axes, strict=True):
        chart = frame.chart
        for series in chart.plots[0].series:
            labels = series.data_labels
            assert labels.number_format == expected
            assert not labels.number_format_is_linked
            assert labels.show_value
        if axis is not None:
            # Whole ticks, thousands grouped with the language's separator written out.
            assert chart.value_axis.tick_labels.number_format == axis
    tag = {"en": "en-CA", "fr": "fr-CA"}[lang]
    space = frames[0].chart._chartSpace
    assert space.xpath("./c:lang/@val") == [tag]
    assert space.xpath("./c:txPr//a:defRPr/@lang") == [tag]


def test_percentages_that_reach_no_more_than_100_end_the_axis_at_100(
    decks: dict[str, Path],
) -> None:
    stacked = charts(decks["en"])[1].chart.value_axis
    assert (stacked.minimum_scale, stacked.maximum_scale) == (0.0, 100.0)
    assert stacked.major_unit == 20.0
    assert charts(decks["en"])[0].chart.value_axis.maximum_scale is None  # dollars: automatic


def test_generated_alt_text_reads_the_data_in_each_language(decks: dict[str, Path]) -> None:
    english = [descr(frame) for frame in charts(decks["en"])]
    french = [descr(frame) for frame in charts(decks["fr"])]
    assert english[0] == "Column chart: Budget by year. 2016: $1,000.5; 2017: $1,200.0."
    assert french[0] == (
        f"Graphique à colonnes{NBSP}: Budget par année. 2016{NBSP}: 1{NBSP}000,5{NBSP}$; "
        f"2017{NBSP}: 1{NBSP}200,0{NBSP}$."
    )
    # Several series: read category by category, or series by series for a line chart.
    assert english[1] == (
        "Stacked bar chart: Alignment. Both councils: High 41.7%, Low 58.3%; "
        "PSSDC: High 37.5%, Low 62.5%."
    )
    assert french[3] == (
        f"Graphique en courbes{NBSP}: Demandes. Reçues{NBSP}: Printemps 1{NBSP}234, "
        f"Automne 2{NBSP}000; Traitées{NBSP}: Printemps 1{NBSP}000, Automne 1{NBSP}999."
    )
    # Written alt text wins.
    assert english[2] == "Ten provinces and three territories."
    assert french[2] == "Dix provinces et trois territoires."


def test_embedded_workbook_holds_the_data_with_names_in_the_language(
    decks: dict[str, Path],
) -> None:
    for lang, names in (("en", ["Both councils", "PSSDC", "High", "Low"]), ("fr", None)):
        frame = charts(decks[lang])[1]
        workbook = frame.chart.part.chart_workbook.xlsx_part
        assert workbook.partname.startswith("/ppt/embeddings/")
        with zipfile.ZipFile(io.BytesIO(workbook.blob)) as xlsx:
            shared = xlsx.read("xl/sharedStrings.xml").decode()
            sheet = xlsx.read("xl/worksheets/sheet1.xml").decode()
            core = xlsx.read("docProps/core.xml").decode()
        strings = re.findall(r"<t[^>]*>([^<]*)</t>", shared)
        expected = names or ["Ensemble des conseils", "CPSSP", "Élevée", "Faible"]
        assert sorted(strings) == sorted(expected)
        values = [float(v) for v in re.findall(r"<c r=\"[BC][23]\"[^>]*><v>([^<]*)</v>", sheet)]
        assert values == [41.7, 58.3, 37.5, 62.5]  # row by row: B2 C2 B3 C3
        # Dated with the deck's date, not the time of the build: same bytes every build.
        assert '<dcterms:created xsi:type="dcterms:W3CDTF">2016-09-14T00:00:00Z' in core


def test_the_chart_and_its_workbook_are_parts_of_the_package(decks: dict[str, Path]) -> None:
    """Related from the slide and the chart, listed in [Content_Types].xml: ordinary parts
    that any writer of the package's parts carries along."""
    with zipfile.ZipFile(decks["fr"]) as package:
        names = set(package.namelist())
        types = package.read("[Content_Types].xml").decode()
        slide_rels = package.read("ppt/slides/_rels/slide1.xml.rels").decode()
        chart_rels = package.read("ppt/charts/_rels/chart1.xml.rels").decode()
    assert {"ppt/charts/chart1.xml", "ppt/embeddings/Microsoft_Excel_Sheet1.xlsx"} <= names
    assert 'Target="../charts/chart1.xml"' in slide_rels
    assert 'Target="../embeddings/Microsoft_Excel_Sheet1.xlsx"' in chart_rels
    assert "drawingml.chart+xml" in types and 'Extension="xlsx"' in types


def test_data_table_is_a_native_table_of_the_same_data(decks: dict[str, Path]) -> None:
    for lang, header, rows in (
        (
            "en",
            ["", "High", "Low"],
            [["Both councils", "41.7%", "58.3%"], ["PSSDC", "37.5%", "62.5%"]],
        ),
        (
            "fr",
            ["", "Élevée", "Faible"],
            [
                ["Ensemble des conseils", f"41,7{NBSP}%", f"58,3{NBSP}%"],
                ["CPSSP", f"37,5{NBSP}%", f"62,5{NBSP}%"],
            ],
        ),
    ):
        slide = pptx.Presentation(str(decks[lang])).slides[1]
        tables = [s for s in slide.shapes if s.has_table]
        assert len(tables) == 1
        table = tables[0].table
        cells = [[cell.text for cell in row.cells] for row in table.rows]
        assert cells == [header, *rows]
        assert table.first_row  # a header row screen readers announce
        chart = next(s for s in slide.shapes if s.has_chart)
        assert (
            tables[0].left + tables[0].width
            <= slide.part.package.presentation_part.presentation.slide_width
        )
        assert chart.left + chart.width <= tables[0].left  # beside the chart, not over it
    # Without data_table, no table.
    first = pptx.Presentation(str(decks["en"])).slides[0]
    assert not [s for s in first.shapes if s.has_table]
    assert [s.shape_type for s in first.shapes if s.has_chart] == [MSO_SHAPE_TYPE.CHART]


def test_bar_charts_list_categories_from_the_top_with_the_values_below(
    decks: dict[str, Path],
) -> None:
    chart = charts(decks["en"])[1].chart
    assert chart.category_axis.reverse_order
    assert chart.value_axis._element.xpath("./c:crosses/@val") == ["max"]
    assert not charts(decks["en"])[0].chart.category_axis.reverse_order  # columns: as usual
