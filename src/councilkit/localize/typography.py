"""Typography applied to output text, so the YAML stays plain.

French (Canadian usage, Translation Bureau): a no-break space before ``:``, inside ``« »``,
before ``%`` and ``$``; no space before ``; ! ?``; a typographic apostrophe. English: curly
quotes and apostrophes. URLs and e-mail addresses are never touched.

>>> french("Mandat : le groupe « conseille » à 15 % ; pourquoi ?")
'Mandat\\xa0: le groupe «\\xa0conseille\\xa0» à 15\\xa0%; pourquoi?'
>>> english('The group\\'s "mandate"')
'The group’s “mandate”'
"""

from __future__ import annotations

import re
from collections.abc import Callable

NBSP = "\u00a0"

_PROTECTABLE = re.compile(r"[@:/]|www\.")
_PROTECTED = re.compile(
    r"(https?://\S+|mailto:\S+|www\.\S+|[\w.+-]+@[\w-]+\.[\w.-]+|\d{1,2}:\d{2})"
)


def french(text: str) -> str:
    """``text`` with Canadian French spacing and apostrophes."""
    return _outside_protected(text, _french)


def english(text: str) -> str:
    """``text`` with curly quotes and apostrophes."""
    return _outside_protected(text, _english)


_FRENCH_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (r"(?<=\w)'(?=\w)", "’"),
        (r"[ \t\u202f\u00a0]*:(?=\s|$)", NBSP + ":"),
        (r"(?<=\S)[ \u202f\u00a0]+([;!?])", r"\1"),
        (r"«[ \u202f\u00a0]*", "«" + NBSP),
        (r"[ \u202f\u00a0]*»", NBSP + "»"),
        (r"(?<=\d)[ \u202f]*([%$])", NBSP + r"\1"),
        (r"(?<=\d) h (?=\d)", NBSP + "h" + NBSP),
        (r"(?<=\d) h\b", NBSP + "h"),
    )
)
_FRENCH_TRIGGERS = re.compile(r"[':;!?«»%$]|\d h")
_ENGLISH_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (r"(?<=\w)'", "’"),
        (r"'(?=\w)", "‘"),
        (r'(^|[\s(\[])"', r"\1“"),
        (r'"', "”"),
    )
)


def _french(text: str) -> str:
    if not _FRENCH_TRIGGERS.search(text):
        return text
    for pattern, replacement in _FRENCH_RULES:
        text = pattern.sub(replacement, text)
    return text


def _english(text: str) -> str:
    if "'" not in text and '"' not in text:
        return text
    for pattern, replacement in _ENGLISH_RULES:
        text = pattern.sub(replacement, text)
    return text


def _outside_protected(text: str, rule: Callable[[str], str]) -> str:
    if not _PROTECTABLE.search(text):
        return rule(text)
    parts = _PROTECTED.split(text)
    return "".join(part if i % 2 else rule(part) for i, part in enumerate(parts))
