"""The word diff of two paragraphs' inline content: kept, inserted, deleted and restyled
runs.

Words are compared as written (before typography, see :mod:`.written`), then each piece
is shown with the typeset text it became: accepting every change gives the new version's
typeset text exactly, rejecting every change the old version's. A word whose bold or
italic changed is kept, restyled (``w:rPrChange``); a word whose link changed is deleted
and inserted (a property change cannot say where a link went).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from typing import NamedTuple

from councilkit.document.model import Inline, Tab
from councilkit.localize import Run
from councilkit.render.docx.revisions import (
    DELETED,
    INSERTED,
    KEPT,
    RESTYLED,
    Segment,
    Segments,
)

_TOKEN = re.compile(r"\d+(?:[.,]\d+)*%?|\w+|\s+|[^\w\s]")
"""What is compared: a number whole (``37.5%``, ``1,000``), a word, a space, or one mark of
punctuation on its own (so that French spacing before it does not change the word)."""


class Token(NamedTuple):
    """A word or a space: what it is compared by (its words as written, its link), and
    the run holding its typeset text."""

    key: object
    shown: Inline


def tokens(printed: Sequence[Inline], written: Sequence[Inline] | None = None) -> list[Token]:
    """Each word and each space of ``printed``, compared by its words as ``written`` (the
    same runs before typography; ``printed`` itself when not given)."""
    if written is None or len(written) != len(printed):
        written = printed
    found: list[Token] = []
    for item, source in zip(printed, written, strict=True):
        if not isinstance(item, Run) or not isinstance(source, Run):
            found.append(Token(item, item))
            continue
        where = positions(source.text, item.text)
        for match in _TOKEN.finditer(source.text):
            shown = item.text[where[match.start()] : where[match.end()]]
            found.append(Token((match.group(), item.href), item._replace(text=shown)))
    return found


def positions(written: str, printed: str) -> list[int]:
    """Where each position of ``written`` is in ``printed``, the same text typeset (a
    position inside a replaced stretch goes to its start).

    >>> positions("a ?", "a?")
    [0, 1, 1, 2]
    """
    if written == printed:
        return list(range(len(written) + 1))
    found = [0] * (len(written) + 1)
    matcher = difflib.SequenceMatcher(None, written, printed, autojunk=False)
    for tag, i1, i2, j1, _ in matcher.get_opcodes():
        for k in range(i1, i2):
            found[k] = j1 + (k - i1 if tag == "equal" else 0)
    found[len(written)] = len(printed)
    return found


def text_of(content: Sequence[Inline]) -> str:
    """The words of ``content``, as compared."""
    return "".join(
        item.text if isinstance(item, Run) else "\t" if isinstance(item, Tab) else ""
        for item in content
    )


def whole(content: Sequence[Inline], kind: str) -> Segments:
    """``content`` inserted or deleted whole."""
    return (Segment(kind, tuple(content)),) if content else ()


def diff(
    old: Sequence[Inline],
    new: Sequence[Inline],
    old_written: Sequence[Inline] | None = None,
    new_written: Sequence[Inline] | None = None,
) -> Segments:
    """``new`` as segments against ``old`` (difflib's matching of words as written)."""
    a, b = tokens(old, old_written), tokens(new, new_written)
    matcher = difflib.SequenceMatcher(None, [t.key for t in a], [t.key for t in b], autojunk=False)
    pieces: list[tuple[str, Inline, Run | None]] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            pieces.extend((DELETED, t.shown, None) for t in a[i1:i2])
            pieces.extend((INSERTED, t.shown, None) for t in b[j1:j2])
            continue
        for x, y in zip(a[i1:i2], b[j1:j2], strict=True):
            pieces.extend(_pair(x.shown, y.shown))
    return _segments(_unchanged_as_kept(pieces))


def _unchanged_as_kept(
    pieces: list[tuple[str, Inline, Run | None]],
) -> list[tuple[str, Inline, Run | None]]:
    """A stretch of deleted and inserted pieces that shows the same runs before and after
    (written otherwise, typeset alike: ``a :`` and ``a:`` in French) kept as it is."""
    found: list[tuple[str, Inline, Run | None]] = []
    index = 0
    while index < len(pieces):
        end = index
        while end < len(pieces) and pieces[end][0] in (DELETED, INSERTED):
            end += 1
        if end == index:
            found.append(pieces[index])
            index += 1
            continue
        stretch = pieces[index:end]
        before = _merged([item for kind, item, _ in stretch if kind == DELETED])
        after = _merged([item for kind, item, _ in stretch if kind == INSERTED])
        found.extend([(KEPT, item, None) for item in after] if before == after else stretch)
        index = end
    return found


def _pair(old: Inline, new: Inline) -> list[tuple[str, Inline, Run | None]]:
    """A word kept, restyled, or (typeset otherwise here) deleted and inserted."""
    if not isinstance(old, Run) or not isinstance(new, Run):
        return [(KEPT, new, None)]
    if old.text != new.text:
        return [(DELETED, old, None), (INSERTED, new, None)]
    if old == new:
        return [(KEPT, new, None)]
    return [(RESTYLED, new, old)]


def _segments(pieces: list[tuple[str, Inline, Run | None]]) -> Segments:
    """Pieces of one kind (and of one former look, when restyled) joined, empty ones left
    out."""
    segments: list[tuple[str, list[Inline], Run | None]] = []
    for kind, item, was in pieces:
        if isinstance(item, Run) and not item.text:
            continue
        last = segments[-1] if segments else None
        if last is not None and last[0] == kind:
            if kind != RESTYLED:
                last[1].append(item)
                continue
            previous = last[1][-1]
            if (
                isinstance(previous, Run)
                and isinstance(item, Run)
                and last[2] is not None
                and was is not None
                and previous._replace(text="") == item._replace(text="")
                and last[2]._replace(text="") == was._replace(text="")
            ):
                last[1][-1] = previous._replace(text=previous.text + item.text)
                segments[-1] = (kind, last[1], last[2]._replace(text=last[2].text + was.text))
                continue
        segments.append((kind, [item], was))
    return tuple(Segment(kind, _merged(items), was) for kind, items, was in segments)


def _merged(items: list[Inline]) -> tuple[Inline, ...]:
    """Adjacent runs of the same properties joined into one."""
    merged: list[Inline] = []
    for item in items:
        last = merged[-1] if merged else None
        if (
            isinstance(item, Run)
            and isinstance(last, Run)
            and last._replace(text="") == item._replace(text="")
        ):
            merged[-1] = last._replace(text=last.text + item.text)
        else:
            merged.append(item)
    return tuple(merged)


def changes(segments: Segments) -> tuple[int, int, int]:
    """How many insertions, deletions and restyled pieces ``segments`` hold."""
    kinds = [s.kind for s in segments]
    return kinds.count(INSERTED), kinds.count(DELETED), kinds.count(RESTYLED)
