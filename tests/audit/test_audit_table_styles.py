"""Which parts of a slide table style apply to a cell, as the table's flags say."""

from __future__ import annotations

import pytest
from lxml import etree

from councilkit.audit.table_styles import BUILT_IN, MEDIUM_STYLE_2_ACCENT_1, parts_for

A = "http://schemas.openxmlformats.org/drawingml/2006/main"


def _table(**flags: str) -> etree._Element:
    attributes = " ".join(f'{k}="{v}"' for k, v in flags.items())
    return etree.fromstring(f'<a:tbl xmlns:a="{A}"><a:tblPr {attributes}/></a:tbl>')


@pytest.mark.parametrize(
    ("flags", "row", "column", "parts"),
    [
        ({}, 0, 0, ["wholeTbl"]),
        ({"firstRow": "1"}, 0, 0, ["wholeTbl", "firstRow"]),
        ({"firstRow": "0"}, 0, 0, ["wholeTbl"]),
        # bands count from the first row under the header
        ({"firstRow": "1", "bandRow": "1"}, 1, 0, ["wholeTbl", "band1H"]),
        ({"firstRow": "1", "bandRow": "1"}, 2, 0, ["wholeTbl", "band2H"]),
        ({"bandRow": "1"}, 0, 0, ["wholeTbl", "band1H"]),
        ({"bandRow": "true"}, 1, 0, ["wholeTbl", "band2H"]),
        # a header row is not banded; the last row wins over a column
        ({"firstRow": "1", "bandRow": "1"}, 0, 1, ["wholeTbl", "firstRow"]),
        ({"lastRow": "1", "firstCol": "1"}, 3, 0, ["wholeTbl", "firstCol", "lastRow"]),
        ({"bandCol": "1", "firstCol": "1"}, 1, 1, ["wholeTbl", "band1V"]),
        ({"bandCol": "1", "lastCol": "1"}, 1, 2, ["wholeTbl", "lastCol"]),
        ({"bandCol": "1", "bandRow": "1"}, 1, 1, ["wholeTbl", "band2V", "band2H"]),
    ],
)
def test_the_parts_that_apply_to_a_cell(
    flags: dict[str, str], row: int, column: int, parts: list[str]
) -> None:
    assert parts_for(_table(**flags), row, column, rows=4, columns=3) == parts


def test_the_built_in_styles_are_well_formed_and_named_by_their_id() -> None:
    for style_id, xml in BUILT_IN.items():
        assert etree.fromstring(xml).get("styleId") == style_id
    style = etree.fromstring(BUILT_IN[MEDIUM_STYLE_2_ACCENT_1])
    header = style.xpath("a:firstRow/a:tcTxStyle/a:schemeClr/@val", namespaces={"a": A})
    assert header == ["lt1"]
