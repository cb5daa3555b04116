"""The words of a document as written, before typography: a redline compares them (a
change of French spacing is no change of words), then shows the typeset words.

A document is planned twice: once as it is printed, once by :class:`AsWritten`, a
localizer that leaves the texts of the content as written. The two plans have the same
blocks and runs; :class:`Texts` pairs the content of each printed paragraph with its
words as written.
"""

from __future__ import annotations

from collections.abc import Sequence

from councilkit.document.model import (
    Block,
    Heading,
    Inline,
    ListBlock,
    Paragraph,
    Picture,
    Table,
    TableOfContents,
)
from councilkit.document.model import Document as Planned
from councilkit.localize import Localizer, Run
from councilkit.model import BilingualText, has_markup, parse_inline


class AsWritten(Localizer):
    """A localizer whose runs are the texts of the content as written: no typography."""

    def runs(self, text: BilingualText | None) -> tuple[Run, ...]:
        typeset = super().runs(text)  # the other language, and its note, when missing
        if not typeset:
            return ()
        language = typeset[-1].language
        value = text.get(language) if text is not None else None
        if not value:
            return typeset
        if not has_markup(value):
            spans: tuple[Run, ...] = (Run(value, language=language),)
        else:
            spans = tuple(
                Run(s.text, s.bold, s.italic, s.href, language) for s in parse_inline(value)
            )
        return (*typeset[: len(typeset) - len(spans)], *spans)

    def typeset(self, text: str) -> str:
        return text


class Texts:
    """The words as written of the paragraphs of planned documents, by their printed
    content (a content planned apart, or not alike, is its own words)."""

    def __init__(self) -> None:
        self._written: dict[int, tuple[tuple[Inline, ...], tuple[Inline, ...]]] = {}

    def add(self, printed: Planned, written: Planned) -> None:
        """Pair the paragraphs of ``printed`` with those of ``written``, the same document
        planned by :class:`AsWritten`."""
        self._blocks(printed.title_page, written.title_page)
        self._blocks(printed.body(), written.body())
        self._contents(printed.contents, written.contents)

    def written(self, content: tuple[Inline, ...]) -> tuple[Inline, ...]:
        """``content`` as written."""
        found = self._written.get(id(content))
        return found[1] if found is not None and found[0] is content else content

    def _pair(self, printed: tuple[Inline, ...], written: tuple[Inline, ...]) -> None:
        if len(printed) != len(written):
            return
        for a, b in zip(printed, written, strict=True):
            if isinstance(a, Run) and isinstance(b, Run):
                if a._replace(text="") != b._replace(text=""):
                    return
            elif a != b:
                return
        self._written[id(printed)] = (printed, written)

    def _blocks(self, printed: Sequence[Block], written: Sequence[Block]) -> None:
        if len(printed) != len(written):
            return
        for a, b in zip(printed, written, strict=True):
            if isinstance(a, (Paragraph, Heading)) and isinstance(b, (Paragraph, Heading)):
                self._pair(a.content, b.content)
            elif isinstance(a, ListBlock) and isinstance(b, ListBlock):
                if len(a.entries) == len(b.entries):
                    for x, y in zip(a.entries, b.entries, strict=True):
                        self._pair(x.content, y.content)
            elif isinstance(a, Table) and isinstance(b, Table):
                self._pair(a.caption, b.caption)
                for row, other in zip(a.rows, b.rows, strict=False):
                    for cell, twin in zip(row.cells, other.cells, strict=False):
                        self._blocks(cell.blocks, twin.blocks)
            elif isinstance(a, Picture) and isinstance(b, Picture):
                self._pair(a.caption, b.caption)

    def _contents(self, printed: TableOfContents, written: TableOfContents) -> None:
        self._pair(printed.heading, written.heading)
        if len(printed.entries) == len(written.entries):
            for a, b in zip(printed.entries, written.entries, strict=True):
                self._pair(a.content, b.content)
