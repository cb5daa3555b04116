"""councilkit's inline markup: ``**bold**``, ``*italic*`` and ``[link text](https://…)``.

Parsing is pure: :func:`parse_inline` turns a string into :class:`Span` values or raises
:class:`MarkupError` with the offset of the problem. A backslash makes the next character
literal (``\\*``).

>>> [s.text for s in parse_inline("a **b** *c*")]
['a ', 'b', ' ', 'c']
>>> parse_inline("see [the guide](https://canada.ca)")[1].href
'https://canada.ca'
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_MARKUP_CHARS = re.compile(r"[*\[\\]")
_LINK = re.compile(r"\[([^\]\n]+)\]\(([^)\s]+)\)")
_SCHEMES = ("https://", "http://", "mailto:")


@dataclass(frozen=True, slots=True)
class Span:
    """A run of text with one set of inline properties."""

    text: str
    bold: bool = False
    italic: bool = False
    href: str | None = None


class MarkupError(ValueError):
    """Inline markup that cannot be read; ``offset`` is where in the text it went wrong."""

    def __init__(self, message: str, offset: int) -> None:
        super().__init__(message)
        self.offset = offset


def parse_inline(text: str) -> tuple[Span, ...]:
    """The spans of ``text``, adjacent spans with the same properties merged."""
    if not _MARKUP_CHARS.search(text):
        return (Span(text),) if text else ()
    spans: list[Span] = []
    bold = italic = False
    opened = {"bold": -1, "italic": -1}
    buf: list[str] = []
    i = 0

    def flush() -> None:
        if buf:
            _append(spans, Span("".join(buf), bold, italic))
            buf.clear()

    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text):
            buf.append(text[i + 1])
            i += 2
            continue
        if ch == "[":
            match = _LINK.match(text, i)
            if match:
                label, href = match.groups()
                if not href.startswith(_SCHEMES):
                    raise MarkupError(
                        f"link target '{href}' must start with https://, http:// or mailto:",
                        i,
                    )
                flush()
                for span in parse_inline(label):
                    _append(
                        spans,
                        Span(span.text, bold or span.bold, italic or span.italic, href),
                    )
                i = match.end()
                continue
        if text.startswith("**", i):
            flush()
            bold = not bold
            opened["bold"] = i
            i += 2
            continue
        if ch == "*":
            flush()
            italic = not italic
            opened["italic"] = i
            i += 1
            continue
        buf.append(ch)
        i += 1
    flush()
    if bold:
        raise MarkupError(
            "'**' opens bold text that is never closed; add the closing '**'", opened["bold"]
        )
    if italic:
        raise MarkupError(
            "'*' opens italic text that is never closed; add the closing '*' "
            "(write '\\*' for a literal asterisk)",
            opened["italic"],
        )
    return tuple(spans)


def plain_text(text: str) -> str:
    """``text`` without its markup, as a reader would see it."""
    return "".join(span.text for span in parse_inline(text))


def _append(spans: list[Span], span: Span) -> None:
    if not span.text:
        return
    if spans:
        last = spans[-1]
        if (last.bold, last.italic, last.href) == (span.bold, span.italic, span.href):
            spans[-1] = Span(last.text + span.text, last.bold, last.italic, last.href)
            return
    spans.append(span)
