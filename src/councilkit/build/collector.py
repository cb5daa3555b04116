"""Python's cycle collector during a build.

A build imports most of its objects (modules, classes, functions, lxml's element classes)
before it reads the content, and reading the content makes many small objects, each batch
of which sets off a collection; the oldest generation's collections go over every object
of the process again. :func:`code_frozen` sets what is alive when the build starts aside
(:func:`gc.freeze`) until it ends, so that those collections only go over the content's
objects; the workers, copies of the build's process, inherit the frozen objects too.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def code_frozen() -> Iterator[None]:
    """Within the block, the cycle collector leaves alone the objects alive when it
    starts; they are handed back to it at the end. A freeze already in place (an outer
    caller's) is left as it is."""
    if gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()
