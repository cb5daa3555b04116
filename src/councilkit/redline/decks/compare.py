"""The lines of a slide at two versions lined up: a sequence alignment of lines by their
part, level and words, lines of one part paired where they differ, then words within a
pair (:func:`councilkit.redline.words.diff`)."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from councilkit.redline import words
from councilkit.redline.decks.texts import Line
from councilkit.render.docx.revisions import DELETED, INSERTED, KEPT, RESTYLED, Segment, Segments


@dataclass(frozen=True, slots=True)
class Row:
    """One line at both versions (``old`` None: added; ``new`` None: removed), with the
    words of each side marked: ``before`` holds kept and deleted words, ``after`` kept
    and inserted ones."""

    old: Line | None
    new: Line | None
    before: Segments
    after: Segments

    @property
    def changed(self) -> bool:
        if self.old is None or self.new is None:
            return True
        if self.old.level != self.new.level:
            return True
        return any(segment.kind != KEPT for segment in (*self.before, *self.after))


def _key(line: Line) -> tuple[str, int | None, str]:
    return line.part, line.level, line.text


def compare(old: Sequence[Line], new: Sequence[Line]) -> list[Row]:
    """``old`` and ``new`` lined up, row by row."""
    rows: list[Row] = []
    matcher = difflib.SequenceMatcher(
        None, [_key(x) for x in old], [_key(x) for x in new], autojunk=False
    )
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            rows.extend(
                Row(a, b, _whole(a, KEPT), _whole(b, KEPT))
                for a, b in zip(old[i1:i2], new[j1:j2], strict=True)
            )
            continue
        olds, news = list(old[i1:i2]), list(new[j1:j2])
        while olds and news and olds[0].part == news[0].part:
            a, b = olds.pop(0), news.pop(0)
            both = words.diff(a.content, b.content)
            rows.append(Row(a, b, _side(both, DELETED), _side(both, INSERTED)))
        rows.extend(Row(a, None, _whole(a, DELETED), ()) for a in olds)
        rows.extend(Row(None, b, (), _whole(b, INSERTED)) for b in news)
    return rows


def whole(lines: Iterable[Line], kind: str) -> list[Row]:
    """The lines of a slide added (``kind`` inserted) or removed (deleted) whole."""
    if kind == INSERTED:
        return [Row(None, line, (), _whole(line, INSERTED)) for line in lines]
    return [Row(line, None, _whole(line, DELETED), ()) for line in lines]


def changed(rows: Iterable[Row]) -> bool:
    """Whether any row changed."""
    return any(row.changed for row in rows)


def _whole(line: Line, kind: str) -> Segments:
    return words.whole(line.content, kind)


def _side(segments: Segments, kind: str) -> Segments:
    """The kept words and those of ``kind``: one side of a pair. Words only restyled are
    kept words here (the table shows text, not its formatting)."""
    return tuple(
        Segment(KEPT, segment.content) if segment.kind == RESTYLED else segment
        for segment in segments
        if segment.kind in (KEPT, RESTYLED, kind)
    )
