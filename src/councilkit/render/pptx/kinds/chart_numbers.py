"""Chart numbers that read the same on every computer.

PowerPoint draws a number format such as ``#,##0.0`` with the separators of the computer it
runs on: a French chart shows ``1,000.5`` on an English Windows. Two ways round that, both
drawn alike by PowerPoint and LibreOffice:

- **Data labels** are written as text (each point's label holds ``1 000,5 $``, the same text
  the alternative text and data table give), over the number format, which stays for any
  label PowerPoint makes afresh. The values stay numbers in the chart and its workbook.
- **The value axis** ticks are whole numbers, and its format code writes the thousands
  separator as literal text, one section per magnitude (``[>=1000]0" "000``): a format code
  cannot group digits with a separator of its own choosing, but it can print text between
  digit placeholders. A whole-number tick has no decimal mark, so nothing is left for the
  computer to choose. (An axis with negative ticks is not grouped: see :func:`axis_format`.)

>>> axis_format(Language.FR, ChartUnit.DOLLARS)
'[>=1000000]0"\\xa0"000"\\xa0"000"\\xa0$";[>=1000]0"\\xa0"000"\\xa0$";0"\\xa0$"'
>>> axis_format(Language.EN, ChartUnit.PERCENT)
'[>=1000000]0","000","000"%";[>=1000]0","000"%";0"%"'
>>> axis_format(Language.EN, ChartUnit.DOLLARS).split(";")[1]
'[>=1000]"$"0","000'
"""

from __future__ import annotations

import math

from councilkit.model import ChartUnit, Language

NBSP = "\u00a0"
GROUP_SEPARATORS = {Language.EN: ",", Language.FR: NBSP}
"""What separates groups of three digits: a comma in English, a no-break space in French."""


def axis_format(language: Language, unit: ChartUnit, *, negative: bool = False) -> str:
    """The format code of a value axis with whole ticks: grouped by thousands with the
    language's separator written as text, and the unit's sign.

    One section per magnitude needs conditions, and a negative number in the last section
    is drawn without its minus sign by LibreOffice: an axis with ``negative`` ticks has a
    section for positive and one for negative numbers instead, and no grouping.

    >>> axis_format(Language.EN, ChartUnit.DOLLARS, negative=True)
    '"$"0;-"$"0'
    """
    separator = f'"{GROUP_SEPARATORS[language]}"'
    prefix = suffix = ""
    if unit is ChartUnit.DOLLARS:
        prefix, suffix = ('"$"', "") if language is Language.EN else ("", f'"{NBSP}$"')
    elif unit is ChartUnit.PERCENT:
        suffix = '"%"' if language is Language.EN else f'"{NBSP}%"'

    def grouped(groups: int) -> str:
        return prefix + "0" + (separator + "000") * groups + suffix

    if negative:
        return f"{grouped(0)};-{grouped(0)}"
    return f"[>=1000000]{grouped(2)};[>=1000]{grouped(1)};{grouped(0)}"


def whole_ticks(low: float, high: float) -> tuple[float, float, float] | None:
    """The bounds and step of an axis from ``low`` to ``high`` whose ticks would not all
    be whole numbers (a span under 10): whole bounds around the values, a tick at each
    whole number; None when the renderer's own ticks are whole anyway.

    >>> whole_ticks(0.0, 2.5)
    (0.0, 3.0, 1.0)
    >>> whole_ticks(100.25, 100.75)
    (100.0, 101.0, 1.0)
    >>> whole_ticks(0.0, 12.5) is None
    True
    """
    if high - low >= 10:
        return None
    bottom, top = float(math.floor(low)), float(math.ceil(high))
    if top == bottom:
        top += 1.0
    return bottom, top, 1.0
