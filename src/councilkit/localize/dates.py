"""Dates and numbers in ``en_CA`` and ``fr_CA``, through Babel with explicit patterns.

Babel's CLDR data has changed between releases, so every pattern is spelt out here and
Babel is pinned. Babel does not write ``1er`` for the first of a month: this module does.

>>> import datetime
>>> format_date(datetime.date(2016, 9, 14), Language.EN)
'September 14, 2016'
>>> format_date(datetime.date(2016, 9, 14), Language.FR)
'14 septembre 2016'
>>> format_date(datetime.date(2016, 7, 1), Language.FR)
'1er juillet 2016'
"""

from __future__ import annotations

import datetime
from functools import cache

from babel import Locale
from babel.dates import format_date as babel_format_date
from babel.numbers import format_decimal

from councilkit.model import Language

BABEL_LOCALES = {Language.EN: "en_CA", Language.FR: "fr_CA"}
LANGUAGE_TAGS = {Language.EN: "en-CA", Language.FR: "fr-CA"}
LONG_DATE = {Language.EN: "MMMM d, y", Language.FR: "d MMMM y"}
MONTH_YEAR = {Language.EN: "MMMM y", Language.FR: "MMMM y"}
MONTH = {Language.EN: "MMM", Language.FR: "MMM"}


@cache
def _locale(language: Language) -> Locale:
    return Locale.parse(BABEL_LOCALES[language])


_LONG_DATES: dict[tuple[datetime.date, Language], str] = {}
"""Long dates by value (Babel's data is part of the pinned package: the same date always
reads the same); a document writes the same few dates many times."""


def format_date(date: datetime.date, language: Language) -> str:
    """A long date: ``September 14, 2016`` / ``14 septembre 2016`` (``1er`` on the first)."""
    text = _LONG_DATES.get((date, language))
    if text is None:
        text = babel_format_date(date, LONG_DATE[language], locale=_locale(language))
        if language is Language.FR and date.day == 1:
            text = "1er" + text[1:]
        if len(_LONG_DATES) >= 10_000:
            _LONG_DATES.clear()
        _LONG_DATES[date, language] = text
    return text


def format_month_year(date: datetime.date, language: Language) -> str:
    """``September 2016`` / ``septembre 2016``."""
    return babel_format_date(date, MONTH_YEAR[language], locale=_locale(language))


def format_month(date: datetime.date, language: Language) -> str:
    """A short month name for timeline headings: ``Jun`` / ``juin``.

    >>> format_month(datetime.date(2016, 6, 1), Language.FR)
    'juin'
    """
    return babel_format_date(date, MONTH[language], locale=_locale(language))


def format_number(value: float | int, language: Language) -> str:
    """A number grouped by thousands: ``1,000.5`` / ``1 000,5`` (never use it for years).

    >>> format_number(1000.5, Language.FR)
    '1\\xa0000,5'
    """
    return format_decimal(value, locale=BABEL_LOCALES[language])
