"""Holding Python's cycle collector off while one deck is drawn.

Drawing a deck makes tens of thousands of small objects (paragraph plans, memo entries,
python-pptx's parts and proxies) that live for the deck only. With the collector on, many
of them live through two of its passes and are moved to its oldest generation, which it
then walks whole, the project's model included, every few decks: about 6 ms a deck on
average, in spikes of 30 to 60 ms. Held off for the deck, the collector meets the deck's
leftovers (a few hundred objects in reference cycles of python-pptx's parts) while they
are still young, at its first pass after the deck. Nothing outlives the deck: the
collector is on again when the deck is finished or fails, unless it was off before.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def collector_held() -> Iterator[None]:
    """Hold the cycle collector off within the ``with`` block, as it was after it."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()
