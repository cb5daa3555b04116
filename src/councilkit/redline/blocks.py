"""Matching the blocks of two versions of a section: its paragraphs (a list gives one per
item) aligned by their words as written, tables by their rows, pictures by their alt text,
caption and file's bytes, then words within paired paragraphs (:mod:`.words`). A paragraph
set otherwise than before (a paragraph become a list item, a bulleted list become
numbered) keeps its words and shows its former look (``w:pPrChange``)."""

from __future__ import annotations

import dataclasses
import difflib
from collections.abc import Hashable, Mapping, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from councilkit.build.reads import read_state
from councilkit.document.model import (
    Block,
    Heading,
    Inline,
    ListBlock,
    Paragraph,
    Picture,
    Row,
    Table,
    TableOfContents,
)
from councilkit.document.model import Document as Planned
from councilkit.redline import words
from councilkit.redline.written import Texts
from councilkit.render.docx.revised_contents import RevisedContents
from councilkit.render.docx.revised_pictures import RevisedPicture
from councilkit.render.docx.revised_tables import RevisedRow, RevisedTable
from councilkit.render.docx.revisions import (
    DELETED,
    INSERTED,
    KEPT,
    Line,
    Look,
    RevisedLines,
    Segment,
    Stamp,
)


class Unit(NamedTuple):
    """A paragraph of a block (``look`` says how it is set), or a block aligned whole
    (``look`` None: a table, a picture). A ``numbered`` heading's first run, its number,
    is left out when aligning (a section added before it renumbers it)."""

    look: Look | None
    content: tuple[Inline, ...]
    block: Any
    anchor: int | None = None
    numbered: bool = False
    side: str = ""
    """Which version a block aligned whole comes from ("old" or "new")."""


@dataclasses.dataclass(frozen=True, slots=True)
class Differ:
    """What revising needs besides the blocks: who changed them, and their words as
    written."""

    stamp: Stamp
    texts: Texts
    roots: Mapping[str, Path] = dataclasses.field(default_factory=dict)
    """The content folder of each version ("old", "new"), where pictures are read: a
    picture whose file changed is a picture removed and one added, and a removed
    picture is shown from the old version's file. Without roots, pictures compare by
    path."""

    def revise(self, old: Sequence[Block], new: Sequence[Block], *, last: bool = True) -> list[Any]:
        """``new`` as blocks with tracked changes against ``old``; with ``last`` (the
        blocks end a cell or the body) the last paragraph keeps an unmarked paragraph
        mark."""
        return self.aligned(units(old, "old"), units(new, "new"), last=last)

    def aligned(self, a: list[Unit], b: list[Unit], *, last: bool) -> list[Any]:
        """The units ``b`` with tracked changes against ``a``, aligned."""
        pairs: list[tuple[Unit | None, Unit | None]] = []
        matcher = difflib.SequenceMatcher(
            None, [self.key(u) for u in a], [self.key(u) for u in b], autojunk=False
        )
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == "equal":
                pairs.extend(zip(a[i1:i2], b[j1:j2], strict=True))
                continue
            olds, news = a[i1:i2], b[j1:j2]
            while olds and news and _alike(olds[0], news[0]):
                pairs.append((olds.pop(0), news.pop(0)))
            pairs.extend((u, None) for u in olds)
            pairs.extend((None, u) for u in news)
        lists = _lists(pairs)
        result = grouped((self._revised(x, y, lists) for x, y in pairs), self.stamp)
        return ended(result) if last else result

    def key(self, unit: Unit) -> tuple[str, str]:
        """What units are aligned by: a paragraph's words as written, a table's rows."""
        if unit.look is not None:
            content = unit.content[1:] if unit.numbered else unit.content
            return "line", words.text_of(self.texts.written(content))
        if isinstance(unit.block, Table):
            return "table", "\n".join(self._row_text(r, unit.side) for r in unit.block.rows)
        if isinstance(unit.block, Picture) and unit.side in self.roots:
            return "picture", f"{unit.block!r} {_digest(self.roots[unit.side] / unit.block.path)}"
        return type(unit.block).__name__, repr(unit.block)

    def _row_text(self, row: Row, side: str) -> str:
        return "\t".join(
            "\n".join(self.key(u)[1] for u in units(c.blocks, side)) for c in row.cells
        )

    def _revised(self, old: Unit | None, new: Unit | None, lists: dict[Hashable, Hashable]) -> Any:
        if new is not None and new.look is not None:
            if old is None:
                return Line(
                    new.look, words.whole(new.content, INSERTED), INSERTED, None, new.anchor
                )
            assert old.look is not None
            segments = words.diff(
                old.content,
                new.content,
                self.texts.written(old.content),
                self.texts.written(new.content),
            )
            was = _mapped(old.look, lists)
            return Line(new.look, segments, KEPT, None if was == new.look else was, new.anchor)
        if old is not None and old.look is not None:
            return Line(_mapped(old.look, lists), words.whole(old.content, DELETED), DELETED)
        if old is not None and new is not None:
            if isinstance(old.block, Table) and isinstance(new.block, Table):
                return self._table(old.block, new.block)
            return new.block
        if new is not None:
            return self.marked(new.block, INSERTED)
        assert old is not None
        return self.marked(old.block, DELETED)

    def marked(self, block: Block, mark: str) -> Any:
        """A table or a picture inserted or deleted whole (a deleted table of contents
        is left out: the redline has its own)."""
        if isinstance(block, Table):
            rows = tuple(self._whole_row(row, mark) for row in block.rows)
            return RevisedTable(block.widths, block.title, block.has_header, rows, self.stamp)
        if isinstance(block, Picture):
            if mark == DELETED and "old" in self.roots:  # its file as it was
                block = dataclasses.replace(block, path=str(self.roots["old"] / block.path))
            return RevisedPicture(block, mark, self.stamp)
        return block if mark == INSERTED else None

    def _whole_row(self, row: Row, mark: str) -> RevisedRow:
        cells = tuple(
            tuple(self.revise((), c.blocks) if mark == INSERTED else self.revise(c.blocks, ()))
            for c in row.cells
        )
        return RevisedRow(row, cells, mark)

    def _table(self, old: Table, new: Table) -> Any:
        found: list[RevisedRow] = []
        matcher = difflib.SequenceMatcher(
            None,
            [self._row_text(r, "old") for r in old.rows],
            [self._row_text(r, "new") for r in new.rows],
            autojunk=False,
        )
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == "equal":
                found.extend(
                    RevisedRow(r, tuple(c.blocks for c in r.cells), KEPT) for r in new.rows[j1:j2]
                )
                continue
            olds, news = list(old.rows[i1:i2]), list(new.rows[j1:j2])
            while olds and news and len(olds[0].cells) == len(news[0].cells):
                x, y = olds.pop(0), news.pop(0)
                cells = tuple(
                    tuple(self.revise(p.blocks, q.blocks))
                    for p, q in zip(x.cells, y.cells, strict=True)
                )
                found.append(RevisedRow(y, cells, KEPT))
            found.extend(self._whole_row(r, DELETED) for r in olds)
            found.extend(self._whole_row(r, INSERTED) for r in news)
        if all(r.mark == KEPT and r.cells == tuple(c.blocks for c in r.row.cells) for r in found):
            return new
        return RevisedTable(new.widths, new.title, new.has_header, tuple(found), self.stamp)

    def contents(
        self,
        old: TableOfContents,
        new: TableOfContents,
        numbered: tuple[frozenset[int], frozenset[int]],
    ) -> RevisedContents:
        """The table of contents with its entries tracked like paragraphs; ``numbered``
        are the anchors of the old and the new numbered headings."""

        def entries(toc: TableOfContents, numbers: frozenset[int]) -> list[Unit]:
            return [
                Unit(Look(f"toc_{min(e.level, 2)}"), e.content, e, e.anchor, e.anchor in numbers)
                for e in toc.entries
            ]

        revised = self.aligned(entries(old, numbered[0]), entries(new, numbered[1]), last=False)
        lines = tuple(
            line._replace(link=line.anchor, anchor=None)
            for block in revised
            if isinstance(block, RevisedLines)
            for line in block.lines
        )
        heading = Line(Look("toc_heading"), (Segment(KEPT, new.heading),))
        return RevisedContents(heading, lines, new.levels, self.stamp)


def numbered_headings(document: Planned) -> frozenset[int]:
    """The anchors of the numbered headings of ``document``."""
    return frozenset(
        b.anchor
        for b in document.body()
        if isinstance(b, Heading) and b.numbered and b.anchor is not None
    )


def units(blocks: Sequence[Block], side: str) -> list[Unit]:
    """The paragraphs of ``blocks`` (a table's caption before it, a picture's after it),
    and the blocks aligned whole; a numbered list's items are in the list ``(side, its index)``."""
    found: list[Unit] = []
    for index, block in enumerate(blocks):
        if isinstance(block, Paragraph):
            found.append(
                Unit(Look(block.role, block.page_break), block.content, block, block.anchor)
            )
        elif isinstance(block, Heading):
            role = "heading_1" if block.level == 1 else "heading_2"
            look = Look(role, block.page_break)
            found.append(Unit(look, block.content, block, block.anchor, block.numbered))
        elif isinstance(block, ListBlock):
            role = "list_number" if block.numbered else "list_bullet"
            key = (side, index) if block.numbered else None
            found.extend(
                Unit(Look(role, level=e.level, list_key=key), e.content, block)
                for e in block.entries
            )
        elif isinstance(block, (Table, Picture)) and block.caption:
            found.append(Unit(None, (), dataclasses.replace(block, caption=()), side=side))
            if isinstance(block, Table):  # a table's caption is above it
                found.insert(-1, Unit(Look("caption"), block.caption, block))
            else:
                found.append(Unit(Look("caption"), block.caption, block))
        else:
            found.append(Unit(None, (), block, side=side))
    return found


def _digest(path: Path) -> str:
    """The sha256 of the plain file at ``path``, read as a build reads it (both versions
    passed ``check``, so it is there; anything else compares by its path alone)."""
    return read_state(path).digest


def _alike(old: Unit, new: Unit) -> bool:
    """Whether two units of a changed stretch are paired: two paragraphs, two tables."""
    if old.look is not None or new.look is not None:
        return old.look is not None and new.look is not None
    return isinstance(old.block, Table) and isinstance(new.block, Table)


def _lists(pairs: list[tuple[Unit | None, Unit | None]]) -> dict[Hashable, Hashable]:
    """Each old numbered list that has an item paired with one of a new numbered list,
    taken for that list: its deleted items are numbered with the new list's."""
    found: dict[Hashable, Hashable] = {}
    for old, new in pairs:
        if old is None or new is None or old.look is None or new.look is None:
            continue
        if old.look.list_key is not None and new.look.list_key is not None:
            found.setdefault(old.look.list_key, new.look.list_key)
    return found


def _mapped(look: Look, lists: dict[Hashable, Hashable]) -> Look:
    if look.list_key in lists:
        return dataclasses.replace(look, list_key=lists[look.list_key])
    return look


def grouped(items: Any, stamp: Stamp) -> list[Any]:
    """Consecutive lines gathered into :class:`RevisedLines`; nothing for ``None``."""
    result: list[Any] = []
    lines: list[Line] = []
    for item in items:
        if isinstance(item, Line):
            lines.append(item)
            continue
        if lines:
            result.append(RevisedLines(tuple(lines), stamp))
            lines = []
        if item is not None:
            result.append(item)
    if lines:
        result.append(RevisedLines(tuple(lines), stamp))
    return result


def ended(blocks: list[Any]) -> list[Any]:
    """``blocks`` ending a cell or the body: the last paragraph's mark is never marked
    (Word keeps it)."""
    if blocks and isinstance(blocks[-1], RevisedLines) and blocks[-1].lines[-1].mark != KEPT:
        last = blocks[-1]
        lines = (*last.lines[:-1], last.lines[-1]._replace(mark=KEPT))
        blocks = [*blocks[:-1], RevisedLines(lines, last.stamp)]
    return blocks
