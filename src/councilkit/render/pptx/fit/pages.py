"""Spreading text over boxes: groups of paragraphs kept together, split over as few boxes
as needed at a given size, and as evenly as they allow (no continuation slide left with a
lone item when the split can be better)."""

from __future__ import annotations

from collections.abc import Sequence

from councilkit.render.pptx.fit.blocks import fits
from councilkit.render.pptx.plan import Box, Para

_BALANCE_STEPS = 14
"""Halvings of the search for the smallest room that keeps the number of pages."""


def paginate(
    units: Sequence[Sequence[Para]], box: Box, size: float, *, first_box: Box | None = None
) -> list[list[Para]]:
    """``units`` (groups of paragraphs kept together, such as an item and its sub-items)
    spread over as few boxes as needed at ``size``, each box filled about as much as the
    others. ``first_box`` is the room on the first slide when it differs (an intro, a
    call-out). A unit taller than a whole box is split between its paragraphs."""
    pages = _greedy(units, box, size, first_box)
    if len(pages) < 2 or not all(fits(unit, box, size) for unit in units if unit):
        return pages
    lowest, highest = 0.0, 1.0  # the share of each box's height the pages may use
    for _ in range(_BALANCE_STEPS):
        share = (lowest + highest) / 2
        smaller_first = None if first_box is None else _shrunk(first_box, share)
        trial = _greedy(units, _shrunk(box, share), size, smaller_first)
        if len(trial) <= len(pages) and _whole(trial, units):
            pages, highest = trial, share
        else:
            lowest = share
    return pages


def balanced_breaks(heights: Sequence[float], room: float) -> list[list[int]]:
    """The indexes of items of ``heights`` spread over as few runs of at most ``room``
    as possible, each run about as tall as the others (an item taller than ``room`` has
    a run of its own)."""
    pages = _greedy_heights(heights, room)
    if len(pages) < 2:
        return pages
    lowest, highest = max(heights, default=0.0), room
    for _ in range(_BALANCE_STEPS):
        middle = (lowest + highest) / 2
        trial = _greedy_heights(heights, middle)
        if len(trial) <= len(pages):
            pages, highest = trial, middle
        else:
            lowest = middle
    return pages


def _greedy_heights(heights: Sequence[float], room: float) -> list[list[int]]:
    pages: list[list[int]] = [[]]
    used = 0.0
    for i, height in enumerate(heights):
        if pages[-1] and used + height > room + 1e-6:
            pages.append([])
            used = 0.0
        pages[-1].append(i)
        used += height
    return pages


def _shrunk(box: Box, share: float) -> Box:
    return Box(box.left, box.top, box.width, box.height * share)


def _whole(pages: Sequence[Sequence[Para]], units: Sequence[Sequence[Para]]) -> bool:
    """True when every page starts at the start of a unit (no unit was cut)."""
    starts = set()
    at = 0
    for unit in units:
        starts.add(at)
        at += len(unit)
    at = 0
    for page in pages:
        if at not in starts:
            return False
        at += len(page)
    return True


def _greedy(
    units: Sequence[Sequence[Para]], box: Box, size: float, first_box: Box | None
) -> list[list[Para]]:
    pages: list[list[Para]] = [[]]
    room = first_box or box
    for unit in units:
        if fits([*pages[-1], *unit], room, size):
            pages[-1].extend(unit)
            continue
        if pages[-1]:
            pages.append([])
            room = box
        if fits(unit, room, size):
            pages[-1].extend(unit)
            continue
        for para in unit:  # a unit taller than a whole box: split between its paragraphs
            if pages[-1] and not fits([*pages[-1], para], room, size):
                pages.append([])
                room = box
            pages[-1].append(para)
    return [page for page in pages if page] or [[]]
