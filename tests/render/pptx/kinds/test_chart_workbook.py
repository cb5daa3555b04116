"""The workbook embedded with a chart holds its data where the chart's formulas point, in
the values' number format, dated with the deck's date, and every name as text."""

from __future__ import annotations

import datetime
import io
import re
import zipfile

from councilkit.render.pptx.kinds.chart_workbook import (
    categories_ref,
    name_ref,
    values_ref,
    workbook,
)
from councilkit.render.pptx.kinds.charts import ChartData

CREATED = datetime.datetime(2016, 9, 14, tzinfo=datetime.UTC)


def data(names: tuple[str, ...] = ("High", "Low")) -> ChartData:
    return ChartData(
        categories=("Both councils", "PSSDC"),
        series=tuple((name, (41.7 + i, 58.3 + i)) for i, name in enumerate(names)),
        read=(),
    )


def sheet_of(blob: bytes) -> tuple[list[str], str, set[str], str, str]:
    """The shared strings, the sheet's XML, the entries, the styles and the core
    properties of an .xlsx file."""
    with zipfile.ZipFile(io.BytesIO(blob)) as xlsx:
        shared = xlsx.read("xl/sharedStrings.xml").decode()
        return (
            re.findall(r"<t[^>]*>([^<]*)</t>", shared),
            xlsx.read("xl/worksheets/sheet1.xml").decode(),
            set(xlsx.namelist()),
            xlsx.read("xl/styles.xml").decode(),
            xlsx.read("docProps/core.xml").decode(),
        )


def cells(sheet: str) -> dict[str, str]:
    """Each cell's reference and its value (a number, or the index of a shared string)."""
    return dict(re.findall(r'<c r="([A-Z]+[0-9]+)"[^>]*><v>([^<]*)</v></c>', sheet))


def test_each_cell_is_where_the_formulas_point() -> None:
    strings, sheet, _, styles, core = sheet_of(workbook(data(), '#,##0.0"%"', CREATED))
    found = cells(sheet)
    text = {ref: strings[int(found[ref])] for ref in ("A2", "A3", "B1", "C1")}
    assert text == {"A2": "Both councils", "A3": "PSSDC", "B1": "High", "C1": "Low"}
    assert [float(found[ref]) for ref in ("B2", "B3", "C2", "C3")] == [41.7, 58.3, 42.7, 59.3]
    assert (name_ref(0), name_ref(1)) == ("Sheet1!$B$1", "Sheet1!$C$1")
    assert categories_ref(2) == "Sheet1!$A$2:$A$3"
    assert (values_ref(0, 2), values_ref(1, 2)) == ("Sheet1!$B$2:$B$3", "Sheet1!$C$2:$C$3")
    assert 'formatCode="#,##0.0&quot;%&quot;"' in styles  # the values' number format
    # Dated with the deck's date, not the time of the build: the same bytes every build.
    assert '<dcterms:created xsi:type="dcterms:W3CDTF">2016-09-14T00:00:00Z' in core
    assert workbook(data(), '#,##0.0"%"', CREATED) == workbook(data(), '#,##0.0"%"', CREATED)


def test_columns_past_z_are_named_as_a_spreadsheet_names_them() -> None:
    assert name_ref(24) == "Sheet1!$Z$1"
    assert name_ref(25) == "Sheet1!$AA$1"
    assert values_ref(26, 3) == "Sheet1!$AB$2:$AB$4"


def test_names_that_look_like_formulas_or_links_stay_text() -> None:
    odd = ("=1+2", "https://example.ca", "mailto:a@example.ca")
    strings, sheet, names, _, _ = sheet_of(workbook(data(odd), "0", CREATED))
    assert sorted(strings) == sorted(["Both councils", "PSSDC", *odd])
    assert "<f>" not in sheet and "hyperlink" not in sheet
    assert not [name for name in names if "rels/sheet" in name]  # no links from the sheet
