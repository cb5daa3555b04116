"""Rendering the planned outputs: in this process, or in a pool of worker processes.

A fault of the machine in a worker (a picture that cannot be read, a full disk) comes back
to the build as the same :class:`OSError`, with its number and path, so that the command
line names it; a worker that dies (killed, out of memory) is a fault too, not a bug.
"""

from __future__ import annotations

import contextlib
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass

from councilkit.build.plan import PlannedOutput
from councilkit.diagnostics import Diagnostic, has_errors
from councilkit.package import normalize_ooxml
from councilkit.render import renderer_for

Rendered = tuple[bytes, tuple[Diagnostic, ...]]


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


def _render_in_worker(planned: PlannedOutput) -> Rendered | Fault:
    try:
        return render_planned(planned)
    except OSError as exc:
        return Fault.of(exc)


def render_all(
    plan: Iterator[PlannedOutput], jobs: int
) -> Iterator[tuple[PlannedOutput, bytes, tuple[Diagnostic, ...]]]:
    """Each planned output rendered, in plan order: in this process, or in a pool of
    ``jobs`` workers started at the first file, with at most a few tasks per worker in
    flight so that memory stays flat however many groups the content has."""
    with contextlib.ExitStack() as stack:
        pool: ProcessPoolExecutor | None = None
        in_flight: deque[tuple[PlannedOutput, Future[Rendered | Fault]]] = deque()
        try:
            for planned in plan:
                if jobs <= 1:
                    yield (planned, *render_planned(planned))
                    continue
                if pool is None:
                    pool = stack.enter_context(ProcessPoolExecutor(max_workers=jobs))
                in_flight.append((planned, pool.submit(_render_in_worker, planned)))
                if len(in_flight) >= jobs * 4:
                    yield _collect(*in_flight.popleft())
            while in_flight:
                yield _collect(*in_flight.popleft())
        except BrokenProcessPool:
            raise OSError(
                "a worker process stopped while rendering (out of memory, or stopped by "
                "another program); run again, with -j 1 if it happens again"
            ) from None


def _collect(
    planned: PlannedOutput, future: Future[Rendered | Fault]
) -> tuple[PlannedOutput, bytes, tuple[Diagnostic, ...]]:
    outcome = future.result()
    if isinstance(outcome, Fault):
        raise outcome.error()
    return (planned, *outcome)
