"""Choosing a size: the largest size at which text fits its box, and whether its longest
word fits a line."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from councilkit.render.pptx.fit.blocks import INSET_X, fits, para_indent, para_size
from councilkit.render.pptx.fit.metrics import text_width
from councilkit.render.pptx.plan import Box, Para


def largest_size(
    fits: Callable[[float], bool],
    *,
    start: float,
    floor: float,
    step: float = 1.0,
) -> float | None:
    """The largest size from ``start`` down to ``floor`` for which ``fits(size)`` is true,
    or None when even the floor does not fit.

    >>> largest_size(lambda s: s <= 17, start=20, floor=14)
    17.0
    >>> largest_size(lambda s: False, start=20, floor=14) is None
    True
    """
    size = float(start)
    while size >= floor - 1e-9:
        if fits(size):
            return size
        size -= step
    return None


def fit_size(paras: Sequence[Para], box: Box, *, start: float, floor: float) -> float | None:
    """The largest size from ``start`` down to ``floor`` at which ``paras`` fit ``box``."""
    return largest_size(lambda s: fits(paras, box, s), start=start, floor=floor)


def longest_word_fits(paras: Sequence[Para], box: Box, size: float) -> bool:
    """True when no single word of ``paras`` is wider than its line at ``size``."""
    for para in paras:
        own = para_size(para, size)
        margin, _ = para_indent(para, size)
        usable = box.width - 2 * INSET_X - margin
        for word in " ".join(para.texts).split():
            if text_width(word, own, bold=True) > usable:
                return False
    return True
