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

# Addresses and times are never touched. A text holds one only if it holds "@", "://",
# "www.", "mailto:" or a digit, colon, digit: substring tests rule most texts out at once.
_TIME = re.compile(r"\d:\d")
_PROTECTED = re.compile(
    r"(https?://\S+|mailto:\S+|www\.\S+|[\w.+-]+@[\w-]+\.[\w.-]+|\d{1,2}:\d{2})"
)


MEMO_LIMIT = 10_000
"""Texts remembered at most per language (a long-lived process forgets them all past this)."""

_FRENCH_DONE: dict[str, str] = {}
_ENGLISH_DONE: dict[str, str] = {}
"""Typeset texts by their value: the rules depend on the text alone, and a document (and a
build) typesets the same names, headings and phrases again and again."""


def french(text: str) -> str:
    """``text`` with Canadian French spacing and apostrophes."""
    done = _FRENCH_DONE.get(text)
    if done is None:
        done = _remember(_FRENCH_DONE, text, _outside_protected(text, _french))
    return done


def english(text: str) -> str:
    """``text`` with curly quotes and apostrophes."""
    done = _ENGLISH_DONE.get(text)
    if done is None:
        done = _remember(_ENGLISH_DONE, text, _outside_protected(text, _english))
    return done


def _remember(memo: dict[str, str], text: str, done: str) -> str:
    if len(memo) >= MEMO_LIMIT:
        memo.clear()
    memo[text] = done
    return done


_APOSTROPHE = re.compile(r"(?<=\w)'(?=\w)")
_COLON = re.compile(r"[ \t\u202f\u00a0]*:(?=\s|$)")
_BEFORE_TIGHT = re.compile(r"(?<=\S)[ \u202f\u00a0]+([;!?])")
_OPENING_GUILLEMET = re.compile(r"«[ \u202f\u00a0]*")
_CLOSING_GUILLEMET = re.compile(r"[ \u202f\u00a0]*»")
_PERCENT_DOLLAR = re.compile(r"(?<=\d)[ \u202f]*([%$])")
_HOURS_MINUTES = re.compile(r"(?<=\d) h (?=\d)")
_HOURS = re.compile(r"(?<=\d) h\b")
_FRENCH_GATE = re.compile(r"[':;!?«»%$]")  # a character class: scanned fast
# Cheaper patterns that must match for the rule of the same subject to change anything
# (a pattern that starts with an optional part or a lookbehind is tried at every position).
_COLON_AT_BREAK = re.compile(r":(?=\s|$)")
_SPACED_TIGHT = re.compile(r"[ \u202f\u00a0][;!?]")
_DIGIT_H = re.compile(r"\d h")
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
    """Each rule runs only on a text holding the character it is about (no rule adds a
    character another rule is about), in this order."""
    if _FRENCH_GATE.search(text) is None and " h" not in text:
        return text
    if "'" in text:
        text = _APOSTROPHE.sub("’", text)
    if ":" in text and _COLON_AT_BREAK.search(text):
        text = _COLON.sub(NBSP + ":", text)
    if _SPACED_TIGHT.search(text):
        text = _BEFORE_TIGHT.sub(r"\1", text)
    if "«" in text:
        text = _OPENING_GUILLEMET.sub("«" + NBSP, text)
    if "»" in text:
        text = _CLOSING_GUILLEMET.sub(NBSP + "»", text)
    if "%" in text or "$" in text:
        text = _PERCENT_DOLLAR.sub(NBSP + r"\1", text)
    if " h" in text and _DIGIT_H.search(text):
        text = _HOURS_MINUTES.sub(NBSP + "h" + NBSP, text)
        text = _HOURS.sub(NBSP + "h", text)
    return text


def _english(text: str) -> str:
    if "'" not in text and '"' not in text:
        return text
    for pattern, replacement in _ENGLISH_RULES:
        text = pattern.sub(replacement, text)
    return text


def _outside_protected(text: str, rule: Callable[[str], str]) -> str:
    if not (
        "@" in text
        or "://" in text
        or "www." in text
        or "mailto:" in text
        or (":" in text and _TIME.search(text) is not None)
    ):
        return rule(text)
    parts = _PROTECTED.split(text)
    return "".join(part if i % 2 else rule(part) for i, part in enumerate(parts))
