"""Rendering the planned outputs: in this process, or in a pool of worker processes.

Each task names one output of a :class:`~councilkit.build.batches.Batch` payload (the
planned outputs of one group, pickled once): a worker unpickles a payload once for all the
files of that group it renders.

A fault of the machine in a worker (a picture that cannot be read, a full disk) comes back
to the build as the same :class:`OSError`, with its number and path, so that the command
line names it; a worker that dies (killed, out of memory) is a fault too, not a bug.
"""

from __future__ import annotations

import contextlib
import os
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import TypeVar

from councilkit.build.batches import unpack
from councilkit.build.plan import PlannedOutput
from councilkit.diagnostics import Diagnostic, has_errors
from councilkit.package import normalize_ooxml
from councilkit.render import renderer_for, renderer_kinds

Rendered = tuple[bytes, tuple[Diagnostic, ...]]
Task = tuple[bytes, int]
"""A payload of planned outputs and the index of the one to render."""
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Fault:
    """An :class:`OSError` met in a worker, in plain values that always cross processes."""

    errno: int | None
    strerror: str | None
    filename: str | None

    @classmethod
    def of(cls, exc: OSError) -> Fault:
        filename = None if exc.filename is None else str(exc.filename)
        return cls(exc.errno, exc.strerror or str(exc), filename)

    def error(self) -> OSError:
        if self.errno is None:
            return OSError(self.strerror)
        return OSError(self.errno, self.strerror, self.filename)


def render_planned(planned: PlannedOutput) -> Rendered:
    """Render and package one planned output: its bytes and diagnostics (no bytes when
    the diagnostics have an error)."""
    rendered = renderer_for(planned.document.KIND).render(planned.job)
    if has_errors(rendered.diagnostics):
        return b"", rendered.diagnostics
    data = rendered.data
    if not rendered.packaged:
        data = normalize_ooxml(data, planned.job.timestamp)
    return data, rendered.diagnostics


class _Unpacked:
    """The planned outputs of the last few payloads seen (the files of a group come close
    together, and a worker may take files of the next group in between)."""

    KEPT = 3

    def __init__(self) -> None:
        self.planned: dict[bytes, tuple[PlannedOutput, ...]] = {}

    def get(self, task: Task) -> PlannedOutput:
        payload, index = task
        planned = self.planned.pop(payload, None)
        if planned is None:
            planned = unpack(payload)
            if len(self.planned) >= self.KEPT:
                del self.planned[next(iter(self.planned))]
        self.planned[payload] = planned  # the most recent last
        return planned[index]


_WORKER_UNPACKED = _Unpacked()
"""A worker process's last payload (a worker renders only the tasks of one build)."""


def _render_in_worker(payload: bytes, index: int) -> Rendered | Fault:
    try:
        return render_planned(_WORKER_UNPACKED.get((payload, index)))
    except OSError as exc:
        return Fault.of(exc)


def _close_inherited(descriptors: tuple[int, ...]) -> None:
    """In a new worker: close the descriptors it inherited from the build (its lock on
    the output folder), so that the lock goes with the build however the workers end."""
    for descriptor in descriptors:
        with contextlib.suppress(OSError):
            os.close(descriptor)


def start_workers(jobs: int, inherited: tuple[int, ...] = ()) -> ProcessPoolExecutor | None:
    """A pool of ``jobs`` worker processes (None for one job), started now: before the
    build reads its content, so that each worker holds the renderers' code (imported here
    first, once for all) but not the build's memory. Workers close the descriptors
    ``inherited`` first."""
    if jobs <= 1:
        return None
    for kind in renderer_kinds():
        renderer_for(kind)  # imported before the workers are forked from this process
    pool = ProcessPoolExecutor(
        max_workers=jobs, initializer=_close_inherited, initargs=(inherited,)
    )
    pool.submit(_close_inherited, ())  # the first task starts every worker
    return pool


def render_all(
    tasks: Iterator[tuple[T, Task]],
    jobs: int,
    *,
    inherited: tuple[int, ...] = (),
    pool: ProcessPoolExecutor | None = None,
) -> Iterator[tuple[T, bytes, tuple[Diagnostic, ...]]]:
    """Each task rendered, in order, with what the caller gave beside it: in this
    process, or in ``pool`` (by default a pool of ``jobs`` workers started at the first
    file, which close the descriptors ``inherited`` first), with at most a few tasks per
    worker in flight so that memory stays flat however many groups the content has."""
    with contextlib.ExitStack() as stack:
        in_flight: deque[tuple[T, Future[Rendered | Fault]]] = deque()
        here = _Unpacked()
        try:
            for tag, task in tasks:
                if jobs <= 1:
                    yield (tag, *render_planned(here.get(task)))
                    continue
                if pool is None:
                    pool = stack.enter_context(
                        ProcessPoolExecutor(
                            max_workers=jobs,
                            initializer=_close_inherited,
                            initargs=(inherited,),
                        )
                    )
                in_flight.append((tag, pool.submit(_render_in_worker, *task)))
                if len(in_flight) >= jobs * 4:
                    yield _collect(*in_flight.popleft())
            while in_flight:
                yield _collect(*in_flight.popleft())
        except BrokenProcessPool:
            raise OSError(
                "a worker process stopped while rendering (out of memory, or stopped by "
                "another program); run again, with -j 1 if it happens again"
            ) from None


def _collect(tag: T, future: Future[Rendered | Fault]) -> tuple[T, bytes, tuple[Diagnostic, ...]]:
    outcome = future.result()
    if isinstance(outcome, Fault):
        raise outcome.error()
    return (tag, *outcome)
