"""The axes of a bar, column or line chart, written as chart XML (``c:catAx`` and
``c:valAx``, in schema order).

The category axis puts its labels at the low end, clear of bars below zero; a bar chart
lists its first category on top, as written, with the values below it. The value axis has
gridlines, the whole-tick format of :mod:`.chart_numbers`, and its bounds and step when
they are fixed; bars start at zero, or their lengths mislead. The axes have small positive
ids: the schema wants ``xsd:unsignedInt``, and PowerPoint refuses others.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from councilkit import xml_escape
from councilkit.model import ChartType

if TYPE_CHECKING:
    from councilkit.render.pptx.kinds.charts import ChartContent

CATEGORY_AXIS_ID = 100_000
VALUE_AXIS_ID = 100_001
AXIS_IDS = f'<c:axId val="{CATEGORY_AXIS_ID}"/><c:axId val="{VALUE_AXIS_ID}"/>'
"""What a plot says of the axes it is drawn on."""
ACROSS = (ChartType.BAR, ChartType.STACKED_BAR)
"""Charts whose bars run across: their category axis is upright, on the left."""


def axes_xml(content: ChartContent) -> str:
    """The category and value axes of ``content``'s chart."""
    across = content.chart in ACROSS
    bottom, top, step = value_bounds(content)
    return (
        f'<c:catAx><c:axId val="{CATEGORY_AXIS_ID}"/>'
        f'<c:scaling><c:orientation val="{"maxMin" if across else "minMax"}"/></c:scaling>'
        f'<c:delete val="0"/><c:axPos val="{"l" if across else "b"}"/>'
        '<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/>'
        f'<c:crossAx val="{VALUE_AXIS_ID}"/><c:crosses val="autoZero"/><c:auto val="1"/>'
        '<c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>'
        f'<c:valAx><c:axId val="{VALUE_AXIS_ID}"/>{_scaling(bottom, top)}'
        f'<c:delete val="0"/><c:axPos val="{"b" if across else "l"}"/><c:majorGridlines/>'
        f'<c:numFmt formatCode="{xml_escape.attribute(content.axis_format)}" sourceLinked="0"/>'
        '<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>'
        f'<c:crossAx val="{CATEGORY_AXIS_ID}"/>'
        f'<c:crosses val="{"max" if across else "autoZero"}"/>{_major_unit(step)}</c:valAx>'
    )


def value_bounds(content: ChartContent) -> tuple[float | None, float | None, float | None]:
    """The bottom, top and step of the value axis, None where the renderer chooses."""
    bottom = top = step = None
    if content.maximum is not None:
        top, step = content.maximum, content.maximum / 5  # the same ticks in both languages
    if content.ticks is not None:
        bottom, top, step = content.ticks
    if (
        content.chart is not ChartType.LINE
        and min(v for _, values in content.data.series for v in values) >= 0
    ):
        bottom = 0.0
    return bottom, top, step


def _scaling(bottom: float | None, top: float | None) -> str:
    inner = ""
    if top is not None:
        inner += f'<c:max val="{float(top)}"/>'
    if bottom is not None:
        inner += f'<c:min val="{float(bottom)}"/>'
    return f"<c:scaling>{inner}</c:scaling>" if inner else "<c:scaling/>"


def _major_unit(step: float | None) -> str:
    return "" if step is None else f'<c:majorUnit val="{float(step)}"/>'
