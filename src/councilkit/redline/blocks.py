"""Matching the blocks of two versions: a sequence alignment of blocks by their kind and
text (lists by their items, tables by their rows), then words within paired blocks."""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from typing import Any

from councilkit.document.model import Block, Heading, ListBlock, ListEntry, Paragraph, Row, Table
from councilkit.redline import words
from councilkit.render.docx.revisions import (
    DELETED,
    INSERTED,
    KEPT,
    RevisedEntry,
    RevisedList,
    RevisedParagraph,
    RevisedRow,
    RevisedTable,
    Stamp,
)


def key(block: Block) -> tuple[str, str]:
    """What two blocks are compared by: their kind and their words."""
    if isinstance(block, (Paragraph, Heading)):
        return type(block).__name__, words.text_of(block.content)
    if isinstance(block, ListBlock):
        return "list", "\n".join(words.text_of(e.content) for e in block.entries)
    if isinstance(block, Table):
        return "table", "\n".join(_row_text(row) for row in block.rows)
    return type(block).__name__, repr(block)


def _row_text(row: Row) -> str:
    return "\t".join("\n".join(key(b)[1] for b in cell.blocks) for cell in row.cells)


def revise(
    old: Sequence[Block], new: Sequence[Block], stamp: Stamp, *, last: bool = True
) -> list[Any]:
    """``new`` as blocks with tracked changes against ``old``; with ``last`` (the blocks
    end a cell or the body) the last paragraph keeps an unmarked paragraph mark."""
    result: list[Any] = []
    matcher = difflib.SequenceMatcher(
        None, [key(b) for b in old], [key(b) for b in new], autojunk=False
    )
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            result.extend(new[j1:j2])
            continue
        olds, news = list(old[i1:i2]), list(new[j1:j2])
        while olds and news and key(olds[0])[0] == key(news[0])[0]:
            result.append(changed(olds.pop(0), news.pop(0), stamp))
        result.extend(marked(b, DELETED, stamp) for b in olds)
        result.extend(marked(b, INSERTED, stamp) for b in news)
    result = [b for b in result if b is not None]
    if last and result and isinstance(result[-1], RevisedParagraph) and result[-1].mark != KEPT:
        end = result[-1]
        result[-1] = RevisedParagraph(end.block, end.segments, end.mark, stamp, False)
    return result


def marked(block: Block, mark: str, stamp: Stamp) -> Any:
    """``block`` inserted or deleted whole (a deleted picture or table of contents is
    left out: it cannot be tracked)."""
    if isinstance(block, (Paragraph, Heading)):
        return RevisedParagraph(block, words.whole(block.content, mark), mark, stamp)
    if isinstance(block, ListBlock):
        entries = tuple(RevisedEntry(e, words.whole(e.content, mark), mark) for e in block.entries)
        return RevisedList(block.numbered, entries, stamp)
    if isinstance(block, Table):
        rows = tuple(_whole_row(row, mark, stamp) for row in block.rows)
        return RevisedTable(block.widths, block.title, block.has_header, rows, stamp)
    return block if mark == INSERTED else None


def _whole_row(row: Row, mark: str, stamp: Stamp) -> RevisedRow:
    """A row inserted or deleted whole, its cells' blocks marked too."""
    cells = tuple(
        tuple(revise((), c.blocks, stamp) if mark == INSERTED else revise(c.blocks, (), stamp))
        for c in row.cells
    )
    return RevisedRow(row, cells, mark)


def changed(old: Block, new: Block, stamp: Stamp) -> Any:
    """``new`` against ``old``, two blocks of one kind."""
    if isinstance(new, (Paragraph, Heading)) and isinstance(old, (Paragraph, Heading)):
        return RevisedParagraph(new, words.diff(old.content, new.content), KEPT, stamp)
    if isinstance(new, ListBlock) and isinstance(old, ListBlock):
        return RevisedList(new.numbered, tuple(_entries(old.entries, new.entries)), stamp)
    if isinstance(new, Table) and isinstance(old, Table):
        return RevisedTable(
            new.widths, new.title, new.has_header, tuple(_rows(old, new, stamp)), stamp
        )
    return new


def _entries(old: Sequence[ListEntry], new: Sequence[ListEntry]) -> list[RevisedEntry]:
    found: list[RevisedEntry] = []
    text = words.text_of
    matcher = difflib.SequenceMatcher(
        None, [text(e.content) for e in old], [text(e.content) for e in new], autojunk=False
    )
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            found.extend(RevisedEntry(e, ((KEPT, e.content),), KEPT) for e in new[j1:j2])
            continue
        olds, news = list(old[i1:i2]), list(new[j1:j2])
        while olds and news:
            a, b = olds.pop(0), news.pop(0)
            found.append(RevisedEntry(b, words.diff(a.content, b.content), KEPT))
        found.extend(RevisedEntry(e, words.whole(e.content, DELETED), DELETED) for e in olds)
        found.extend(RevisedEntry(e, words.whole(e.content, INSERTED), INSERTED) for e in news)
    return found


def _rows(old: Table, new: Table, stamp: Stamp) -> list[RevisedRow]:
    found: list[RevisedRow] = []
    matcher = difflib.SequenceMatcher(
        None, [_row_text(r) for r in old.rows], [_row_text(r) for r in new.rows], autojunk=False
    )
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            found.extend(
                RevisedRow(r, tuple(c.blocks for c in r.cells), KEPT) for r in new.rows[j1:j2]
            )
            continue
        olds, news = list(old.rows[i1:i2]), list(new.rows[j1:j2])
        while olds and news and len(olds[0].cells) == len(news[0].cells):
            a, b = olds.pop(0), news.pop(0)
            cells = tuple(
                tuple(revise(x.blocks, y.blocks, stamp))
                for x, y in zip(a.cells, b.cells, strict=True)
            )
            found.append(RevisedRow(b, cells, KEPT))
        found.extend(_whole_row(r, DELETED, stamp) for r in olds)
        found.extend(_whole_row(r, INSERTED, stamp) for r in news)
    return found
