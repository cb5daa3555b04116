"""The localize step: bilingual model in, one language out (Babel lives here)."""

from councilkit.localize.catalog import MissingTranslation, translate
from councilkit.localize.dates import LANGUAGE_TAGS, format_date, format_month, format_number
from councilkit.localize.localizer import Localizer, Run
from councilkit.localize.numbers import decimals_of, format_quantity, number_format

__all__ = [
    "LANGUAGE_TAGS",
    "Localizer",
    "MissingTranslation",
    "Run",
    "decimals_of",
    "format_date",
    "format_month",
    "format_number",
    "format_quantity",
    "number_format",
    "translate",
]
