"""A chart on a slide: a graphic frame, named and described, showing a chart part related
from the slide; the chart part's workbook holds, at each formula's cells, the names and
values the chart caches. Every chart type, in both languages, through a whole build."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path
from typing import Any

import pptx
import pytest
from contentkit import DECK, content
from pptx.enum.chart import XL_CHART_TYPE

from councilkit.build import build

TYPES = {
    "bar": XL_CHART_TYPE.BAR_CLUSTERED,
    "column": XL_CHART_TYPE.COLUMN_CLUSTERED,
    "stacked-bar": XL_CHART_TYPE.BAR_STACKED,
    "stacked-column": XL_CHART_TYPE.COLUMN_STACKED,
    "line": XL_CHART_TYPE.LINE_MARKERS,
    "pie": XL_CHART_TYPE.PIE,
}
SLIDE = """\
  - kind: chart
    title: {{en: "{kind}", fr: "{kind} (fr)"}}
    chart: {kind}
    unit: percent
    categories: [{{en: A & B, fr: A et B}}, {{en: "<C>", fr: C}}, {{en: D, fr: D}}]
    series:
{series}
"""
SERIES = "      - {{en: S{n}, fr: Série {n}, values: [{values}]}}\n"
NBSP = "\u00a0"


def slide(kind: str) -> str:
    count = 1 if kind == "pie" else 2
    series = "".join(
        SERIES.format(n=n, values=", ".join(str(10 * n + v) for v in (1, 2.5, 3)))
        for n in range(1, count + 1)
    )
    return SLIDE.format(kind=kind, series=series)


@pytest.fixture(scope="module")
def decks(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("charts")
    source = content(root / "content", groups__g__deck=DECK + "".join(map(slide, TYPES)))
    build(source, root / "out", source_date_epoch=0)
    return {
        lang: root / f"out/g-deck-{suffix}.pptx" for lang, suffix in (("en", "eng"), ("fr", "fra"))
    }


def cells(blob: bytes) -> dict[str, str]:
    """Each cell of the workbook's sheet with its text or number, as written."""
    with zipfile.ZipFile(io.BytesIO(blob)) as xlsx:
        shared = re.findall(r"<t[^>]*>([^<]*)</t>", xlsx.read("xl/sharedStrings.xml").decode())
        sheet = xlsx.read("xl/worksheets/sheet1.xml").decode()
    found = {}
    for ref, attributes, value in re.findall(r'<c r="([A-Z]+\d+)"([^>]*)><v>([^<]*)</v>', sheet):
        found[ref] = shared[int(value)] if 't="s"' in attributes else value
    return found


def referred(formula: str) -> list[str]:
    """The cells of ``Sheet1!$B$2:$B$4`` (one column)."""
    match = re.fullmatch(r"Sheet1!\$([A-Z]+)\$(\d+)(?::\$\1\$(\d+))?", formula)
    assert match is not None, formula
    column, first, last = match.group(1), int(match.group(2)), int(match.group(3) or match.group(2))
    return [f"{column}{row}" for row in range(first, last + 1)]


def unescaped(text: str) -> str:
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_each_chart_is_a_frame_showing_its_own_chart_part(
    decks: dict[str, Path], lang: str
) -> None:
    deck = pptx.Presentation(str(decks[lang]))
    pages = zip(deck.slides, TYPES.items(), strict=True)
    for number, (page, (kind, expected)) in enumerate(pages, 1):
        [frame] = [shape for shape in page.shapes if shape.has_chart]
        assert frame.chart.chart_type is expected
        assert frame.name == {"en": "Chart", "fr": "Graphique"}[lang]
        descr = frame._element.nvGraphicFramePr.cNvPr.get("descr")
        title = {"en": kind, "fr": f"{kind} (fr)"}[lang]
        assert f"{NBSP if lang == 'fr' else ''}: {title}. " in descr  # made from the data
        ids = [int(i) for i in page.shapes._spTree.xpath(".//p:cNvPr/@id")]
        assert len(ids) == len(set(ids))  # the frame's id is the slide's own
        chart_part = frame.chart.part
        assert chart_part.partname == f"/ppt/charts/chart{number}.xml"
        workbook = frame.chart.part.chart_workbook.xlsx_part
        assert workbook.partname == f"/ppt/embeddings/Microsoft_Excel_Sheet{number}.xlsx"
        assert frame.chart._chartSpace.xpath("./c:externalData/@r:id") == ["rId1"]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_workbook_holds_what_the_chart_caches_where_its_formulas_point(
    decks: dict[str, Path], lang: str
) -> None:
    deck = pptx.Presentation(str(decks[lang]))
    for page in deck.slides:
        frame = next(shape for shape in page.shapes if shape.has_chart)
        sheet = cells(frame.chart.part.chart_workbook.xlsx_part.blob)
        for ser in frame.chart._chartSpace.xpath(".//c:ser"):
            [name_formula] = ser.xpath("./c:tx//c:f/text()")
            [name] = ser.xpath("./c:tx//c:v/text()")
            assert [unescaped(sheet[ref]) for ref in referred(name_formula)] == [name]
            [category_formula] = ser.xpath("./c:cat//c:f/text()")
            categories = ser.xpath("./c:cat//c:pt/c:v/text()")
            assert [unescaped(sheet[ref]) for ref in referred(category_formula)] == categories
            assert categories == {"en": ["A & B", "<C>", "D"], "fr": ["A et B", "C", "D"]}[lang]
            [value_formula] = ser.xpath("./c:val//c:f/text()")
            values = [float(v) for v in ser.xpath("./c:val//c:pt/c:v/text()")]
            assert [float(sheet[ref]) for ref in referred(value_formula)] == values


def test_data_labels_read_the_values_in_the_language(decks: dict[str, Path]) -> None:
    for lang, expected in (
        ("en", ["11.0%", "12.5%", "13.0%"]),
        ("fr", [f"11,0{NBSP}%", f"12,5{NBSP}%", f"13,0{NBSP}%"]),
    ):
        for page in pptx.Presentation(str(decks[lang])).slides:
            chart: Any = next(shape for shape in page.shapes if shape.has_chart).chart
            series = chart.plots[0].series[0]
            texts = [series.points[j].data_label.text_frame.text for j in range(3)]
            assert texts == expected, chart.chart_type
