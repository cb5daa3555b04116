"""Where a redline run keeps the old version's files while it runs, and how it stops.

The files are copied out of git into a work folder of the temporary folder, as a bundle
run's (:func:`councilkit.bundle.scratch.work_folder`: locked while the run lives; a run
killed outright leaves it to the next run, which removes it). A run asked to stop
(``SIGTERM``, as ``kill`` and service managers send) stops as if interrupted: the work
folder and any half-written output are removed before it ends.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator
from types import FrameType


class Terminated(KeyboardInterrupt):
    """The run was asked to stop (``SIGTERM``): handled as an interruption."""


@contextlib.contextmanager
def stopping_cleanly() -> Iterator[None]:
    """``SIGTERM`` raised as :class:`Terminated` while the block runs (in the main
    thread: only it may handle signals), so that every cleanup on the way out runs; the
    former handler is put back after."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(number: int, frame: FrameType | None) -> None:
        raise Terminated(f"stopped by signal {number}")

    former = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, former)
