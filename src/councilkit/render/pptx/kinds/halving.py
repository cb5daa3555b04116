"""Choosing a size by halving: the largest of a list of sizes at which text fits, found
by measuring it at a few sizes rather than at each in turn."""

from __future__ import annotations

from collections.abc import Callable, Sequence


def largest(sizes: Sequence[float], ok: Callable[[float], bool]) -> float | None:
    """The first of ``sizes`` (largest first) for which ``ok`` holds, or None: the
    largest first, then by halving the rest, as ``ok`` holds from some size down (text
    takes no less room at a larger size). Text that does not fit at the largest size is
    measured at four or five sizes rather than at every one.

    >>> largest([18, 17.5, 17, 16.5, 16], lambda s: s <= 17), largest([18, 17], bool)
    (17, 18)
    >>> largest([18, 17.5, 17], lambda s: False) is None
    True
    """
    if ok(sizes[0]):
        return sizes[0]
    low, high = 0, len(sizes)  # ok fails at low, holds at high (or high is past the end)
    while high - low > 1:
        middle = (low + high) // 2
        if ok(sizes[middle]):
            high = middle
        else:
            low = middle
    return sizes[high] if high < len(sizes) else None
