"""Spreading text over boxes: groups of paragraphs kept together, split over as few boxes
as needed at a given size."""

from __future__ import annotations

from collections.abc import Sequence

from councilkit.render.pptx.fit.blocks import fits
from councilkit.render.pptx.plan import Box, Para


def paginate(
    units: Sequence[Sequence[Para]], box: Box, size: float, *, first_box: Box | None = None
) -> list[list[Para]]:
    """``units`` (groups of paragraphs kept together, such as an item and its sub-items)
    spread over as few boxes as needed at ``size``. ``first_box`` is the room on the first
    slide when it differs (an intro, a call-out). A unit taller than a whole box is split
    between its paragraphs."""
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
