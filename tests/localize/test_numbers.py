"""Chart numbers per language: the text read (Babel, CLDR's fr-CA no-break space) and the
number format code that draws the same text in a chart."""

from __future__ import annotations

import pytest

from councilkit.localize import decimals_of, format_quantity, number_format
from councilkit.model import ChartUnit, Language

NBSP = "\u00a0"
EN, FR = Language.EN, Language.FR


@pytest.mark.parametrize(
    ("value", "unit", "decimals", "english", "french"),
    [
        (1000.5, ChartUnit.NUMBER, 1, "1,000.5", f"1{NBSP}000,5"),
        (1234567, ChartUnit.NUMBER, 0, "1,234,567", f"1{NBSP}234{NBSP}567"),
        (-1000.5, ChartUnit.NUMBER, 2, "-1,000.50", f"-1{NBSP}000,50"),
        (37.5, ChartUnit.PERCENT, 1, "37.5%", f"37,5{NBSP}%"),
        (40, ChartUnit.PERCENT, 1, "40.0%", f"40,0{NBSP}%"),
        (1000, ChartUnit.DOLLARS, 0, "$1,000", f"1{NBSP}000{NBSP}$"),
        (-2.25, ChartUnit.DOLLARS, 2, "-$2.25", f"-2,25{NBSP}$"),
        (0, ChartUnit.NUMBER, 0, "0", "0"),
    ],
)
def test_quantities_read_as_each_language_writes_them(
    value: float, unit: ChartUnit, decimals: int, english: str, french: str
) -> None:
    assert format_quantity(value, EN, unit=unit, decimals=decimals) == english
    assert format_quantity(value, FR, unit=unit, decimals=decimals) == french


@pytest.mark.parametrize(
    ("unit", "decimals", "english", "french"),
    [
        (ChartUnit.NUMBER, 0, "[$-1009]#,##0", "[$-C0C]#,##0"),
        (ChartUnit.NUMBER, 2, "[$-1009]#,##0.00", "[$-C0C]#,##0.00"),
        (ChartUnit.PERCENT, 1, '[$-1009]#,##0.0"%"', f'[$-C0C]#,##0.0"{NBSP}%"'),
        (ChartUnit.DOLLARS, 0, '[$-1009]"$"#,##0', f'[$-C0C]#,##0"{NBSP}$"'),
    ],
)
def test_number_format_codes_carry_the_locale_and_a_literal_unit(
    unit: ChartUnit, decimals: int, english: str, french: str
) -> None:
    """The percent sign is quoted: values are written as 37.5, and a bare % would
    multiply them by 100."""
    assert number_format(EN, unit=unit, decimals=decimals) == english
    assert number_format(FR, unit=unit, decimals=decimals) == french


@pytest.mark.parametrize(
    ("values", "places"),
    [
        ((), 0),
        ((40.0, 25.0), 0),
        ((40.0, 37.5), 1),
        ((1.0, 0.125, 1000.0), 3),
        ((1e-9,), 6),  # at most six places
        ((-2.25,), 2),
    ],
)
def test_decimals_are_those_of_the_most_precise_value(
    values: tuple[float, ...], places: int
) -> None:
    assert decimals_of(values) == places
