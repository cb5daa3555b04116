"""Block height: the size, indent and height of each paragraph in a text box (inner
margins and list markers included), and whether a block of paragraphs fits a box."""

from __future__ import annotations

from collections.abc import Sequence

from councilkit.render.pptx.fit.fonts import current_measures
from councilkit.render.pptx.fit.lines import LINE_HEIGHT, count_lines, runs_words
from councilkit.render.pptx.plan import Box, Marker, Para

INSET_X = 5.76
"""Left and right inner margin of every text box, in points (0.08 in)."""
INSET_Y = 3.6
"""Top and bottom inner margin of every text box, in points (0.05 in)."""
LEVEL_STEP = 22.0
"""Indent of each nested list level, in points."""
READING_FLOOR = 14.0
"""A paragraph set smaller than its block (a nested item, an attribution) is never set
below this size, nor below its block's size: shrinking stops where reading does."""


def para_size(para: Para, size: float) -> float:
    """The font size of ``para`` in a block set at ``size``, rounded to half points:
    its scale applied, but not below :data:`READING_FLOOR` or the block's size."""
    scaled = round(size * para.scale * 2) / 2
    return max(scaled, min(size, READING_FLOOR))


def para_indent(para: Para, size: float) -> tuple[float, float]:
    """The left margin and first-line indent of ``para`` in points (a hanging marker)."""
    own = para_size(para, size)
    marker = 0.0
    if para.marker is Marker.BULLET:
        marker = max(0.9 * own, 14.0)
    elif para.marker is Marker.NUMBER:
        marker = 1.6 * own
    return para.level * LEVEL_STEP + marker, -marker


def para_height(para: Para, width: float, size: float, *, first: bool = False) -> float:
    """The height of ``para`` in a text box ``width`` points wide (inner margins
    included in ``width``) at base ``size``."""
    # para_size and para_indent written out: this is the innermost step of every fit
    scaled = round(size * para.scale * 2) / 2
    own = max(scaled, min(size, READING_FLOOR))
    marker = para.marker
    if marker is Marker.BULLET:
        margin = para.level * LEVEL_STEP + max(0.9 * own, 14.0)
    elif marker is Marker.NUMBER:
        margin = para.level * LEVEL_STEP + 1.6 * own
    else:
        margin = para.level * LEVEL_STEP + 0.0
    usable = width - _INSETS_X - margin
    measures = current_measures()
    found = measures.paras.get(id(para))
    if found is None or found[0] is not para:
        found = measures.paras[id(para)] = (
            para,
            runs_words(measures, para.runs) if para.runs else None,
            runs_words(measures, para.twin) if para.twin else None,
        )
    _, words, twin = found
    lines = 1
    if words is not None and words.reach * own > usable:
        lines = count_lines(words, usable, own)
    if twin is not None and twin.reach * own > usable:
        lines = max(lines, count_lines(twin, usable, own))
    space = 0.0 if first else para.space_before * own
    return space + lines * own * LINE_HEIGHT


_INSETS_X = 2 * INSET_X


def block_height(paras: Sequence[Para], width: float, size: float) -> float:
    """The height of ``paras`` in a text box ``width`` points wide, inner margins
    included."""
    if len(paras) == 1:  # as the sum below makes it, without the loop
        return 2 * INSET_Y + para_height(paras[0], width, size, first=True)
    return 2 * INSET_Y + sum(
        [para_height(p, width, size, first=i == 0) for i, p in enumerate(paras)]
    )


def fits(paras: Sequence[Para], box: Box, size: float) -> bool:
    """True when ``paras`` at ``size`` fit in ``box``."""
    return block_height(paras, box.width, size) <= box.height
