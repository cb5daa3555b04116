"""Rendering the planned outputs: in this process, or in a pool of worker processes.

A task is one group's :class:`~councilkit.build.batches.Batch` payload (its planned
outputs, pickled once) and the outputs of it to render: a worker unpickles a group once
and renders all of it, and only that worker.

With several jobs, the build's own process first renders one output of each kind of the
first group (a deck, a Word document) and only then starts the workers: what a process
loads the first time it renders a kind (the fonts' widths, the templates, the catalogs,
Babel's locale data, the modules imported on first use) is then loaded once, and every
worker is a copy of a process that has it, rather than each worker loading it again.

A fault of the machine in a worker (a picture that cannot be read, a full disk) comes back
to the build as the same :class:`OSError`, with its number and path, so that the command
line names it; a worker that dies (killed, out of memory) is a fault too, not a bug.
"""

from __future__ import annotations

import contextlib
import os
from collections import deque
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import TypeVar

from councilkit.build.batches import unpack
from councilkit.build.plan import PlannedOutput
from councilkit.diagnostics import Diagnostic, has_errors
from councilkit.package import normalize_ooxml
from councilkit.render import renderer_for

Rendered = tuple[bytes, tuple[Diagnostic, ...]]
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


def first_of_each_kind(planned: Sequence[PlannedOutput], seen: set[str]) -> tuple[int, ...]:
    """The index of the first output of each document kind in ``planned`` that is not in
    ``seen``; those kinds are added to ``seen``."""
    first: dict[str, int] = {}
    for index, output in enumerate(planned):
        if output.document.KIND not in seen:
            first.setdefault(output.document.KIND, index)
    seen.update(first)
    return tuple(sorted(first.values()))


def _render_in_worker(payload: bytes, indices: tuple[int, ...]) -> list[Rendered] | Fault:
    planned = unpack(payload)
    try:
        return [render_planned(planned[index]) for index in indices]
    except OSError as exc:
        return Fault.of(exc)


def _close_inherited(descriptors: tuple[int, ...]) -> None:
    """In a new worker: close the descriptors it inherited from the build (its lock on
    the output folder), so that the lock goes with the build however the workers end."""
    for descriptor in descriptors:
        with contextlib.suppress(OSError):
            os.close(descriptor)


def render_all(
    batches: Iterator[tuple[Sequence[T], bytes]],
    jobs: int,
    *,
    inherited: tuple[int, ...] = (),
) -> Iterator[tuple[T, bytes, tuple[Diagnostic, ...]]]:
    """Each output of each batch (the tags of its outputs, in the order of its
    payload's planned outputs, and the payload) rendered, with its tag: a batch's outputs
    in order, the batches in order, except that with several ``jobs`` the outputs of the
    first batch rendered in this process come first. With one job, everything is rendered
    here; otherwise the first output of each kind is (from the first batches, until a
    batch has more to render), then ``jobs`` workers
    are started (they close the descriptors ``inherited`` first) and render the rest, a
    batch per task, with at most a few batches per worker in flight so that memory stays
    flat however many groups the content has."""
    with contextlib.ExitStack() as stack:
        pool: ProcessPoolExecutor | None = None
        rendered_here: set[str] = set()
        in_flight: deque[tuple[Sequence[T], Future[list[Rendered] | Fault]]] = deque()
        try:
            for tags, payload in batches:
                indices = tuple(range(len(tags)))
                if pool is None:
                    planned = unpack(payload)
                    here = indices if jobs <= 1 else first_of_each_kind(planned, rendered_here)
                    for index in here:
                        yield (tags[index], *render_planned(planned[index]))
                    indices = tuple(i for i in indices if i not in here)
                    if not indices:
                        continue
                    pool = stack.enter_context(
                        ProcessPoolExecutor(
                            max_workers=jobs,
                            initializer=_close_inherited,
                            initargs=(inherited,),
                        )
                    )
                future = pool.submit(_render_in_worker, payload, indices)
                in_flight.append(([tags[i] for i in indices], future))
                if len(in_flight) >= jobs * 2:
                    yield from _collect(*in_flight.popleft())
            while in_flight:
                yield from _collect(*in_flight.popleft())
        except BrokenProcessPool:
            raise OSError(
                "a worker process stopped while rendering (out of memory, or stopped by "
                "another program); run again, with -j 1 if it happens again"
            ) from None


def _collect(
    tags: Sequence[T], future: Future[list[Rendered] | Fault]
) -> Iterator[tuple[T, bytes, tuple[Diagnostic, ...]]]:
    outcome = future.result()
    if isinstance(outcome, Fault):
        raise outcome.error()
    for tag, (data, diagnostics) in zip(tags, outcome, strict=True):
        yield tag, data, diagnostics
