"""What one deck's planning has measured in one font: the width of each word, and each
text's words (:class:`~.words.Words`, which keep their line counts).
:func:`.fonts.measuring` makes one for the deck's body font and one for its title font,
and they go with its ``with`` block: nothing a deck measured outlives its planning, and
nothing needs emptying."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from councilkit.render.pptx.fit.widths import advances

if TYPE_CHECKING:
    from councilkit.render.pptx.fit.fonts import FontWidths
    from councilkit.render.pptx.fit.words import Runs, Words


class WordWidths(dict[str, int]):
    """The widths of words in one font and weight, in thousandths of an em: each the sum
    of its characters' widths (``chars``), added up when the word is first met."""

    __slots__ = ("chars",)

    def __init__(self, chars: Callable[[str], int]) -> None:
        super().__init__()
        self.chars = chars

    def __missing__(self, word: str) -> int:
        width = self[word] = sum(map(self.chars, word))
        return width


class Measures:
    """The measures taken in ``font`` (None: Arial's table) while one deck is planned:
    the widths of words (``regular`` and ``bold``; breakable spaces are ``space`` wide
    in either), and the words of each text."""

    __slots__ = ("bold", "font", "paras", "regular", "seen", "space", "texts")

    def __init__(self, font: FontWidths | None) -> None:
        self.font = font
        chars = advances(font, False)
        self.space = chars[" "]
        self.regular = WordWidths(chars.__getitem__)
        self.bold = WordWidths(advances(font, True).__getitem__)
        self.texts: dict[Runs, Words] = {}
        """The words of each text, by its runs' texts and boldness."""
        self.seen: dict[int, tuple[tuple[object, ...], Words]] = {}
        """The words of each tuple of runs measured, by the tuple's identity (the tuple
        is kept with its words, so that its identity is never another's)."""
        self.paras: dict[int, tuple[object, Words | None, Words | None]] = {}
        """The words of each paragraph measured and of its twin (None: no runs), by
        the paragraph's identity (kept likewise)."""
