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


@dataclass(frozen=True, slots=True)
class Token:
    """A piece of marked-up text, in the order written.

    ``kind`` is ``text`` (``text`` holds it with escapes resolved), ``bold`` or ``italic``
    (a marker that opens or closes, ``text`` is ``**`` or ``*``), ``link-open`` (``[``, with
    ``href``) or ``link-close`` (``](href)``). ``offset`` is where it starts in the source.
    """

    kind: str
    text: str
    offset: int
    href: str | None = None


def lex(text: str) -> list[Token]:
    """The tokens of ``text``; raises :class:`MarkupError` for a link whose target is not a
    web or mail address, or for bold or italic opened and never closed.

    >>> [(t.kind, t.text) for t in lex("a **b** [c](https://x.ca)")]
    [('text', 'a '), ('bold', '**'), ('text', 'b'), ('bold', '**'), ('text', ' '), \
('link-open', '['), ('text', 'c'), ('link-close', '](https://x.ca)')]
    """
    tokens = _lex(text, 0)
    _check_closed(tokens)
    return tokens


def _lex(text: str, base: int) -> list[Token]:
    tokens: list[Token] = []
    buf: list[str] = []
    start = 0
    i = 0
    end = len(text)

    def flush() -> None:
        if buf:
            tokens.append(Token("text", "".join(buf), base + start))
            buf.clear()

    while i < end:
        special = _MARKUP_CHARS.search(text, i)
        stop = special.start() if special else end
        if stop > i:  # plain text up to the next markup character, in one piece
            if not buf:
                start = i
            buf.append(text[i:stop])
            i = stop
            continue
        ch = text[i]
        if not buf:
            start = i
        if ch == "\\" and i + 1 < end:
            buf.append(text[i + 1])
            i += 2
            continue
        match = _LINK.match(text, i) if ch == "[" else None
        if match:
            label, href = match.groups()
            if not href.startswith(_SCHEMES):
                raise MarkupError(
                    f"link target '{href}' must start with https://, http:// or mailto:",
                    base + i,
                )
            flush()
            inner = _lex(label, base + i + 1)
            _check_closed(inner)
            tokens.append(Token("link-open", "[", base + i, href))
            tokens.extend(inner)
            close = match.start(2) - 2
            tokens.append(Token("link-close", f"]({href})", base + close, href))
            i = match.end()
            continue
        if ch == "*":
            flush()
            bold = text.startswith("**", i)
            tokens.append(Token("bold" if bold else "italic", "**" if bold else "*", base + i))
            i += 2 if bold else 1
            continue
        buf.append(ch)
        i += 1
    flush()
    return tokens


def _check_closed(tokens: list[Token]) -> None:
    for kind, message in (
        ("bold", "'**' opens bold text that is never closed; add the closing '**'"),
        (
            "italic",
            "'*' opens italic text that is never closed; add the closing '*' "
            "(write '\\*' for a literal asterisk)",
        ),
    ):
        markers = [t for t in tokens if t.kind == kind]
        if len(markers) % 2:
            raise MarkupError(message, markers[-1].offset)


def has_markup(text: str) -> bool:
    """Whether ``text`` holds a character that may start markup (``*``, ``[``, ``\\``);
    a text without one is a single plain span."""
    return _MARKUP_CHARS.search(text) is not None


def parse_inline(text: str) -> tuple[Span, ...]:
    """The spans of ``text``, adjacent spans with the same properties merged."""
    if not _MARKUP_CHARS.search(text):
        return (Span(text),) if text else ()
    spans: list[Span] = []
    bold = italic = False
    href: str | None = None
    for token in lex(text):
        if token.kind == "text":
            _append(spans, Span(token.text, bold, italic, href))
        elif token.kind == "bold":
            bold = not bold
        elif token.kind == "italic":
            italic = not italic
        else:
            href = token.href if token.kind == "link-open" else None
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
