"""Numbers of charts in ``en_CA`` and ``fr_CA``: the text a reader sees (through Babel) and
the number format code a chart and its workbook apply to the same values.

Both are made from one pattern, so the data labels PowerPoint draws and the alternative
text a screen reader says agree. The format code carries the language's locale
(``[$-C0C]`` for fr-CA): LibreOffice then draws French separators whatever the machine's
own settings; PowerPoint uses the separators of the computer it runs on.

>>> format_quantity(1000.5, Language.FR, unit=ChartUnit.NUMBER, decimals=1)
'1\\xa0000,5'
>>> format_quantity(1000.5, Language.EN, unit=ChartUnit.NUMBER, decimals=1)
'1,000.5'
>>> format_quantity(37.5, Language.FR, unit=ChartUnit.PERCENT, decimals=1)
'37,5\\xa0%'
>>> format_quantity(-1000, Language.EN, unit=ChartUnit.DOLLARS, decimals=0)
'-$1,000'
>>> number_format(Language.FR, unit=ChartUnit.DOLLARS, decimals=2)
'[$-C0C]#,##0.00"\\xa0$"'
>>> decimals_of((40.0, 37.5, 2.25))
2
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from babel.numbers import format_decimal

from councilkit.localize.dates import BABEL_LOCALES
from councilkit.model import ChartUnit, Language

NBSP = "\u00a0"
MAX_DECIMALS = 6
LOCALE_IDS = {Language.EN: "1009", Language.FR: "C0C"}
"""Windows locale ids of en-CA and fr-CA, as number format codes name them."""


def decimals_of(values: Iterable[float]) -> int:
    """The decimal places the most precise of ``values`` was written with (at most 6)."""
    places = 0
    for value in values:
        exponent = Decimal(repr(float(value))).normalize().as_tuple().exponent
        if isinstance(exponent, int):
            places = max(places, -exponent)
    return min(places, MAX_DECIMALS)


def _pattern(decimals: int) -> str:
    return "#,##0" + ("." + "0" * decimals if decimals else "")


def format_quantity(value: float, language: Language, *, unit: ChartUnit, decimals: int) -> str:
    """``value`` as a reader sees it: grouped by thousands, ``decimals`` places, and its
    unit (``37,5 %`` and ``1 000 $`` in French, ``37.5%`` and ``$1,000`` in English)."""
    number = format_decimal(
        Decimal(repr(float(abs(value)))), format=_pattern(decimals), locale=BABEL_LOCALES[language]
    )
    sign = "-" if value < 0 else ""
    if unit is ChartUnit.PERCENT:
        return f"{sign}{number}{NBSP if language is Language.FR else ''}%"
    if unit is ChartUnit.DOLLARS:
        return f"{sign}{number}{NBSP}$" if language is Language.FR else f"{sign}${number}"
    return sign + number


def number_format(language: Language, *, unit: ChartUnit, decimals: int) -> str:
    """The spreadsheet number format code that draws values as :func:`format_quantity`
    writes them (the percent sign is literal: values are written as 37.5, not 0.375)."""
    code = f"[$-{LOCALE_IDS[language]}]" + _pattern(decimals)
    if unit is ChartUnit.PERCENT:
        return code + ('"\u00a0%"' if language is Language.FR else '"%"')
    if unit is ChartUnit.DOLLARS:
        if language is Language.FR:
            return code + '"\u00a0$"'
        return f'[$-{LOCALE_IDS[language]}]"$"' + _pattern(decimals)
    return code
