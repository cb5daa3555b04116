"""Block content: paragraphs, lists and tables, each text in it bilingual.

In content a paragraph is written as its text (``en:`` and ``fr:``); other blocks are told
apart by their key (``image:`` places a picture, with its ``alt`` text)::

    - en: The group advises the councils.
      fr: Le groupe conseille les conseils.
    - bullets:
        - en: First point
          fr: Premier point
    - table:
        header: [...]
        rows: [[...], ...]
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from councilkit.diagnostics import Location
from councilkit.model.schema import ContentPath, Variant, Variants, location, spec
from councilkit.model.text import BilingualText


@dataclass(frozen=True, slots=True, kw_only=True)
class ListItem:
    """An item of a list: a text, an optional bold lead term, and nested items.

    The lead term is written apart so that its punctuation (``Lead: text`` in English,
    ``Lead : texte`` in French) is set by the locale, not typed by the author.
    """

    text: BilingualText | None = spec(default=None, inline=True)
    lead: BilingualText | None = None
    items: tuple[ListItem, ...] = ()
    loc: Location | None = location()


class Block(Variant):
    """Base of every block: paragraph, bullet list, numbered list, table."""

    VARIANTS: ClassVar[Variants] = Variants("block", by=None)


@Block.VARIANTS.register("en", "fr")
@dataclass(frozen=True, slots=True, kw_only=True)
class Paragraph(Block):
    """A paragraph of text."""

    text: BilingualText = spec(inline=True)
    loc: Location | None = location()


@Block.VARIANTS.register("bullets")
@dataclass(frozen=True, slots=True, kw_only=True)
class BulletList(Block):
    """A bulleted list."""

    items: tuple[ListItem, ...] = spec(key="bullets")
    loc: Location | None = location()


@Block.VARIANTS.register("numbered")
@dataclass(frozen=True, slots=True, kw_only=True)
class NumberedList(Block):
    """A numbered list; its numbering starts again at 1 in every list."""

    items: tuple[ListItem, ...] = spec(key="numbered")
    loc: Location | None = location()


@dataclass(frozen=True, slots=True, kw_only=True)
class TableData:
    """A data table: a header row and rows of cells (no merged cells)."""

    header: tuple[BilingualText, ...]
    rows: tuple[tuple[BilingualText, ...], ...]
    caption: BilingualText | None = None
    loc: Location | None = location()


@Block.VARIANTS.register("table")
@dataclass(frozen=True, slots=True, kw_only=True)
class Table(Block):
    """A table block."""

    table: TableData
    loc: Location | None = location()


@Block.VARIANTS.register("image")
@dataclass(frozen=True, slots=True, kw_only=True)
class Figure(Block):
    """A picture with its alternative text (read by screen readers) and a caption."""

    image: ContentPath
    alt: BilingualText
    caption: BilingualText | None = None
    loc: Location | None = location()
