"""Inline markup as translators see it: text runs and paired codes.

A text in councilkit's markup (``**bold**``, ``*italic*``, ``[label](https://…)``) is cut
into :class:`Run` (plain text, escapes resolved) and :class:`Code` (a piece of markup that
must survive translation). Codes come in pairs sharing an ``id``: the bold code ``**``
opens and closes bold; a link opens with ``[`` and closes with ``](https://…)``. XLIFF
writes codes as ``<bpt>``/``<ept>`` placeholders; the markup is rebuilt from the runs and
codes of a translation by :func:`join`.

>>> [t for t in tokens("a **b**")]
[Run(text='a '), Code(id=1, kind='bold', opens=True, native='**'), Run(text='b'), \
Code(id=1, kind='bold', opens=False, native='**')]
>>> join(tokens("see [the *guide*](https://canada.ca) \\\\*"))
'see [the *guide*](https://canada.ca) \\\\*'
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from councilkit.model import MarkupError, parse_inline
from councilkit.model.inline import lex

_LINK = re.compile(r"\[([^\]\n]+)\]\(([^)\s]+)\)")
LINK_CLOSE = re.compile(r"\]\(((?:https?://|mailto:)[^)\s]+)\)")
"""The closing code of a link, carrying its address."""

KINDS = ("bold", "italic", "link")


@dataclass(frozen=True, slots=True)
class Run:
    """Plain text, as a reader sees it."""

    text: str


@dataclass(frozen=True, slots=True)
class Code:
    """A piece of markup: ``id`` pairs an opening code with its closing one."""

    id: int
    kind: str
    opens: bool
    native: str


Token = Run | Code


def tokens(text: str) -> list[Token]:
    """The runs and codes of ``text``; raises :class:`MarkupError` when it cannot be read
    (the model's own lexer, :func:`councilkit.model.inline.lex`, decides)."""
    out: list[Token] = []
    open_ids: dict[str, int] = {}
    links: list[int] = []
    counter = 0
    for token in lex(text):
        if token.kind == "text":
            out.append(Run(token.text))
        elif token.kind == "link-open":
            counter += 1
            links.append(counter)
            out.append(Code(counter, "link", True, token.text))
        elif token.kind == "link-close":
            out.append(Code(links.pop(), "link", False, token.text))
        elif token.kind in open_ids:
            out.append(Code(open_ids.pop(token.kind), token.kind, False, token.text))
        else:
            counter += 1
            open_ids[token.kind] = counter
            out.append(Code(counter, token.kind, True, token.text))
    return _merge(out)


def _merge(items: list[Token]) -> list[Token]:
    merged: list[Token] = []
    for item in items:
        if isinstance(item, Run) and merged and isinstance(merged[-1], Run):
            merged[-1] = Run(merged[-1].text + item.text)
        else:
            merged.append(item)
    return merged


def join(items: list[Token]) -> str:
    """Markup from runs and codes, escaping what would otherwise read as markup."""
    return "".join(item.native if isinstance(item, Code) else escape(item.text) for item in items)


def escape(text: str) -> str:
    r"""Plain ``text`` written so that markup reads it back unchanged.

    >>> escape("5 * 3 [a](https://x.ca)")
    '5 \\* 3 \\[a](https://x.ca)'
    """
    out: list[str] = []
    for i, ch in enumerate(text):
        if ch in "\\*" or (ch == "[" and _LINK.match(text, i)):
            out.append("\\")
        out.append(ch)
    return "".join(out)


def plain(items: list[Token]) -> str:
    """The text a reader sees."""
    return "".join(item.text for item in items if isinstance(item, Run))


def code_counts(text: str) -> Counter[str]:
    """How many bold, italic and link codes ``text`` has (pairs counted once)."""
    return Counter(t.kind for t in tokens(text) if isinstance(t, Code) and t.opens)


def describe_counts(counts: Counter[str]) -> str:
    """``1 bold, 2 links`` (``no markup`` when empty)."""
    words = {"bold": ("bold", "bold"), "italic": ("italic", "italic"), "link": ("link", "links")}
    parts = [
        f"{counts[k]} {words[k][0] if counts[k] == 1 else words[k][1]}" for k in KINDS if counts[k]
    ]
    return ", ".join(parts) or "no markup"


def same_reading(a: str, b: str) -> bool:
    """True when two markup texts read the same (same spans, whitespace aside)."""
    try:
        return _reading(a) == _reading(b)
    except MarkupError:
        return a == b


def _reading(text: str) -> tuple[tuple[str, bool, bool, str | None], ...]:
    spans = parse_inline(text)
    out: list[tuple[str, bool, bool, str | None]] = []
    for span in spans:
        out.append((" ".join(span.text.split()), span.bold, span.italic, span.href))
    joined = tuple(s for s in out if s[0])
    return joined
