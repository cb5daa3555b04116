"""The localize step: bilingual model in, one language out (Babel lives here)."""

from councilkit.localize.catalog import MissingTranslation, translate
from councilkit.localize.dates import LANGUAGE_TAGS, format_date, format_month, format_number
from councilkit.localize.localizer import Localizer, Run

__all__ = [
    "LANGUAGE_TAGS",
    "Localizer",
    "MissingTranslation",
    "Run",
    "format_date",
    "format_month",
    "format_number",
    "translate",
]
