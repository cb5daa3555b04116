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
    (the same rules as :func:`councilkit.model.parse_inline`)."""
    parse_inline(text)  # the model's parser decides what is valid
    counter = [0]
    return _merge(_tokens(text, counter))


def _tokens(text: str, counter: list[int]) -> list[Token]:
    out: list[Token] = []
    open_ids: dict[str, int] = {}
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text):
            out.append(Run(text[i + 1]))
            i += 2
            continue
        if ch == "[":
            match = _LINK.match(text, i)
            if match:
                counter[0] += 1
                link_id = counter[0]
                out.append(Code(link_id, "link", True, "["))
                out.extend(_tokens(match.group(1), counter))
                out.append(Code(link_id, "link", False, f"]({match.group(2)})"))
                i = match.end()
                continue
        marker = "**" if text.startswith("**", i) else "*" if ch == "*" else None
        if marker is not None:
            kind = "bold" if marker == "**" else "italic"
            if kind in open_ids:
                out.append(Code(open_ids.pop(kind), kind, False, marker))
            else:
                counter[0] += 1
                open_ids[kind] = counter[0]
                out.append(Code(counter[0], kind, True, marker))
            i += len(marker)
            continue
        out.append(Run(ch))
        i += 1
    if open_ids:  # parse_inline has already refused this; kept for safety
        raise MarkupError("markup opened and never closed", len(text))
    return out


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
