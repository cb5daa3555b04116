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

_PROTECTED = re.compile(
    r"(https?://\S+|mailto:\S+|www\.\S+|[\w.+-]+@[\w-]+\.[\w.-]+|\d{1,2}:\d{2})"
)


def french(text: str) -> str:
    """``text`` with Canadian French spacing and apostrophes."""
    return _outside_protected(text, _french)


def english(text: str) -> str:
    """``text`` with curly quotes and apostrophes."""
    return _outside_protected(text, _english)


def _french(text: str) -> str:
    text = re.sub(r"(?<=\w)'(?=\w)", "’", text)
    text = re.sub(r"[ \t\u202f\u00a0]*:(?=\s|$)", NBSP + ":", text)
    text = re.sub(r"(?<=\S)[ \u202f\u00a0]+([;!?])", r"\1", text)
    text = re.sub(r"«[ \u202f\u00a0]*", "«" + NBSP, text)
    text = re.sub(r"[ \u202f\u00a0]*»", NBSP + "»", text)
    text = re.sub(r"(?<=\d)[ \u202f]*([%$])", NBSP + r"\1", text)
    text = re.sub(r"(?<=\d) h (?=\d)", NBSP + "h" + NBSP, text)
    text = re.sub(r"(?<=\d) h\b", NBSP + "h", text)
    return text


def _english(text: str) -> str:
    text = re.sub(r"(?<=\w)'", "’", text)
    text = re.sub(r"'(?=\w)", "‘", text)
    text = re.sub(r'(^|[\s(\[])"', r"\1“", text)
    text = text.replace('"', "”")
    return text


def _outside_protected(text: str, rule: Callable[[str], str]) -> str:
    parts = _PROTECTED.split(text)
    return "".join(part if i % 2 else rule(part) for i, part in enumerate(parts))
