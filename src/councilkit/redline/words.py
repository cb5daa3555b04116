"""The word diff of two paragraphs' inline content: kept, inserted and deleted runs."""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence

from councilkit.document.model import Inline, Tab
from councilkit.localize import Run
from councilkit.render.docx.revisions import DELETED, INSERTED, KEPT, Segments

_TOKEN = re.compile(r"\s+|\S+")


def tokens(content: Sequence[Inline]) -> list[tuple[object, Inline]]:
    """Each word and each space of ``content`` as (what is compared, the run holding it)."""
    found: list[tuple[object, Inline]] = []
    for item in content:
        if isinstance(item, Run):
            for piece in _TOKEN.findall(item.text):
                found.append(((piece, item.bold, item.italic), item._replace(text=piece)))
        else:
            found.append((item, item))
    return found


def text_of(content: Sequence[Inline]) -> str:
    """The words of ``content``, as compared."""
    return "".join(
        item.text if isinstance(item, Run) else "\t" if isinstance(item, Tab) else ""
        for item in content
    )


def whole(content: Sequence[Inline], kind: str) -> Segments:
    """``content`` inserted or deleted whole."""
    return ((kind, tuple(content)),) if content else ()


def diff(old: Sequence[Inline], new: Sequence[Inline]) -> Segments:
    """``new`` as segments against ``old`` (difflib's matching of word tokens)."""
    a, b = tokens(old), tokens(new)
    matcher = difflib.SequenceMatcher(None, [k for k, _ in a], [k for k, _ in b], autojunk=False)
    segments: list[tuple[str, list[Inline]]] = []

    def add(kind: str, items: list[tuple[object, Inline]]) -> None:
        if not items:
            return
        if segments and segments[-1][0] == kind:
            segments[-1][1].extend(i for _, i in items)
        else:
            segments.append((kind, [i for _, i in items]))

    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            add(KEPT, b[j1:j2])
        else:
            add(DELETED, a[i1:i2])
            add(INSERTED, b[j1:j2])
    return tuple((kind, _merged(items)) for kind, items in segments)


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


def changes(segments: Segments) -> tuple[int, int]:
    """How many insertions and deletions ``segments`` hold."""
    return (
        sum(1 for kind, _ in segments if kind == INSERTED),
        sum(1 for kind, _ in segments if kind == DELETED),
    )
