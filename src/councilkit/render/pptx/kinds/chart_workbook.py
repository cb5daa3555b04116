"""The workbook embedded in a chart part, which PowerPoint opens to edit the chart's data,
and the worksheet references the chart's formulas point at.

The sheet is laid out as python-pptx lays out a category chart's: the category names down
column A from row 2, each series in the next columns, its name in row 1 and its values
below, in the values' number format. XlsxWriter writes it, dated ``created`` (the deck's
date) rather than at the time of the build, so a build gives the same bytes. Names are
written as text, whatever they look like: one starting with ``=`` is not a formula, and an
address is not a link.
"""

from __future__ import annotations

import datetime
import io
from typing import TYPE_CHECKING, Any

from xlsxwriter import Workbook
from xlsxwriter.utility import xl_col_to_name

if TYPE_CHECKING:
    from councilkit.render.pptx.kinds.charts import ChartData

SHEET = "Sheet1"
CATEGORY_FORMAT = "General"
CATEGORY_WIDTH = 10
"""The width of the category column, in characters."""


def series_column(index: int) -> str:
    """The letter(s) of the column of series ``index`` (``B`` for the first)."""
    return str(xl_col_to_name(index + 1))


def name_ref(index: int) -> str:
    """The cell holding the name of series ``index``: ``Sheet1!$B$1``."""
    return f"{SHEET}!${series_column(index)}$1"


def categories_ref(count: int) -> str:
    """The cells holding ``count`` category names: ``Sheet1!$A$2:$A$4``."""
    return f"{SHEET}!$A$2:$A${count + 1}"


def values_ref(index: int, count: int) -> str:
    """The cells holding the ``count`` values of series ``index``: ``Sheet1!$B$2:$B$4``."""
    column = series_column(index)
    return f"{SHEET}!${column}$2:${column}${count + 1}"


def workbook(data: ChartData, number_format: str, created: datetime.datetime) -> bytes:
    """The .xlsx file of ``data``, its values in ``number_format``, dated ``created``."""
    file = io.BytesIO()
    book = Workbook(file, {"in_memory": True})
    book.set_properties({"created": created})
    sheet = book.add_worksheet()
    general = book.add_format({"num_format": CATEGORY_FORMAT})
    sheet.set_column(0, 0, CATEGORY_WIDTH)
    for row, name in enumerate(data.categories, start=1):
        _write_text(sheet, row, 0, name, general)
    for column, (name, values) in enumerate(data.series, start=1):
        numbers = book.add_format({"num_format": number_format})
        _write_text(sheet, 0, column, name)
        for row, value in enumerate(values, start=1):
            sheet.write_number(row, column, value, numbers)
    book.close()
    return file.getvalue()


def _write_text(sheet: Any, row: int, column: int, text: str, style: Any = None) -> None:
    """``text`` in a cell as text (an empty cell for no text, as XlsxWriter writes it)."""
    if text:
        sheet.write_string(row, column, text, style)
    else:
        sheet.write_blank(row, column, None, style)
