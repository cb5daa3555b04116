"""Whether a language tag in a document (Word's ``w:lang``, PowerPoint's ``lang``) is one
screen readers can use: a BCP 47 tag (RFC 5646) that is well formed, whose language,
script and region are known.

Languages, scripts and regions are checked against the CLDR data Babel ships (every
two-letter ISO 639-1 language, and the three-letter ones CLDR names). A three-letter
language CLDR does not name is accepted first in a tag: ISO 639-3 has thousands, and the
audit cannot tell a rare one from a made-up one (an extended language after it, as in
``zh-yue``, must be one CLDR names). Word's four-digit hexadecimal language ids (``0409``)
and private-use tags (``x-none``, which Word writes) are accepted too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from babel import Locale

_TAG = re.compile(
    r"""^(?P<language>[a-z]{2,8})
    (?P<extlang>(-[a-z]{3}){0,3})
    (-(?P<script>[a-z]{4}))?
    (-(?P<region>[a-z]{2}|[0-9]{3}))?
    (-([a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*
    (-[0-9a-wyz](-[a-z0-9]{2,8})+)*
    (-x(-[a-z0-9]{1,8})+)?$""",
    re.VERBOSE,
)
_PRIVATE = re.compile(r"^x(-[a-z0-9]{1,8})+$")
_LCID = re.compile(r"^[0-9a-f]{4}$")


@cache
def _known() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The languages, scripts and regions CLDR names (lower case)."""
    names = Locale("en")

    def codes(table: Iterable[object]) -> frozenset[str]:
        return frozenset(str(k).lower() for k in table if "_" not in str(k))

    return codes(names.languages), codes(names.scripts), codes(names.territories)


@cache
def tag_problem(tag: str) -> str | None:
    """Why ``tag`` is not a language tag screen readers can use, or None when it is."""
    value = tag.strip().lower()
    if _PRIVATE.match(value) or _LCID.match(value):
        return None
    found = _TAG.match(value)
    if found is None:
        return f"{tag!r} is not a language tag"
    languages, scripts, regions = _known()
    language = found["language"]
    if len(language) > 3 or (len(language) == 2 and language not in languages):
        return f"{tag!r} does not start with a known language"
    unknown = [x for x in found["extlang"].split("-")[1:] if x not in languages]
    if unknown:
        return f"{tag!r} names an unknown language ({unknown[0]})"
    if found["script"] and found["script"] not in scripts:
        return f"{tag!r} names an unknown script ({found['script'].title()})"
    if found["region"] and found["region"] not in regions:
        return f"{tag!r} names an unknown region ({found['region'].upper()})"
    return None


def fix(problem: str) -> str:
    """The message for text whose language tag has ``problem``, with how to fix it."""
    return (
        f"{problem}, so screen readers cannot tell how to read the text: select the text, "
        "then Review > Language > Set Proofing Language (a tag such as en-CA or fr-CA)"
    )
