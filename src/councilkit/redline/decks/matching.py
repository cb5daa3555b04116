"""Which slide of the new version is which slide of the old: the same ``id`` where the
content gives ids, else the same kind and title, else the same kind at the same place
among the slides left with a similar title. A slide left over is added or removed; a
matched slide is *moved* when it changed place against the other matched slides (not when
slides before it were only added or removed)."""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from dataclasses import dataclass

from councilkit.model.slides import Slide

SIMILAR = 0.5
"""How alike two titles must be (difflib's ratio) for slides at the same place to be one
slide whose title changed."""


@dataclass(frozen=True, slots=True)
class Pair:
    """A slide at both versions (its index in each), added (no ``old``) or removed (no
    ``new``); ``moved`` when it changed place."""

    old: int | None
    new: int | None
    moved: bool = False


def match(old: Sequence[Slide], new: Sequence[Slide]) -> list[Pair]:
    """Every slide of both versions, in reading order: the new version's, each removed
    slide after the one it followed in the old version."""
    found = _matched(old, new)
    kept = _in_order([found[j] for j in sorted(found)])
    after: dict[int, list[int]] = {}  # removed slides by the old index they follow (-1: none)
    taken = set(found.values())
    for i in range(len(old)):
        if i not in taken:
            before = max((k for k in taken if k < i), default=-1)
            after.setdefault(before, []).append(i)
    pairs = [Pair(i, None) for i in after.get(-1, [])]
    for j in range(len(new)):
        same = found.get(j)
        pairs.append(Pair(same, j, moved=same is not None and same not in kept))
        if same is not None:
            pairs.extend(Pair(k, None) for k in after.get(same, []))
    return pairs


def _key(slide: Slide) -> tuple[str, str, str]:
    title = slide.title
    return slide.KIND, (title.en or "") if title else "", (title.fr or "") if title else ""


def _matched(old: Sequence[Slide], new: Sequence[Slide]) -> dict[int, int]:
    """New index to old index, for every slide found at both versions."""
    found: dict[int, int] = {}
    by_id = {s.id: i for i, s in enumerate(old) if s.id is not None}
    for j, slide in enumerate(new):
        if slide.id is not None and slide.id in by_id:
            found[j] = by_id[slide.id]
    ids_kept = {new[j].id for j in found}
    # a slide whose id is in both versions is never matched to another
    free_old = [i for i, s in enumerate(old) if i not in found.values() and s.id not in ids_kept]
    free_new = [j for j in range(len(new)) if j not in found]
    for j in list(free_new):
        same = next((i for i in free_old if _key(old[i]) == _key(new[j])), None)
        if same is not None:
            found[j] = same
            free_old.remove(same)
            free_new.remove(j)
    matcher = difflib.SequenceMatcher(
        None, [_key(old[i]) for i in free_old], [_key(new[j]) for j in free_new], autojunk=False
    )
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "replace":
            continue
        for i, j in zip(free_old[i1:i2], free_new[j1:j2], strict=False):
            if _alike(old[i], new[j]):
                found[j] = i
    return found


def _alike(a: Slide, b: Slide) -> bool:
    """Slides of one kind whose titles (both languages) are similar, or both untitled."""
    if a.KIND != b.KIND:
        return False
    ka, kb = _key(a), _key(b)
    if not (ka[1] or ka[2]) and not (kb[1] or kb[2]):
        return True
    return difflib.SequenceMatcher(None, ka[1] + "\n" + ka[2], kb[1] + "\n" + kb[2]).ratio() >= (
        SIMILAR
    )


def _in_order(olds: list[int]) -> set[int]:
    """The longest run of ``olds`` (old indices in the new order) that keeps its order:
    the slides that did not move."""
    if not olds:
        return set()
    best = [1] * len(olds)
    previous = [-1] * len(olds)
    for b in range(len(olds)):
        for a in range(b):
            if olds[a] < olds[b] and best[a] + 1 > best[b]:
                best[b], previous[b] = best[a] + 1, a
    end = max(range(len(olds)), key=lambda k: (best[k], -k))
    kept: set[int] = set()
    while end != -1:
        kept.add(olds[end])
        end = previous[end]
    return kept
