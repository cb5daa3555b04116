"""Milliseconds per PowerPoint deck for the example deck of 14 September 2016 (both
languages), next to the floor: python-pptx opening the layout's reference.pptx and saving
it unchanged, in the same run.

    /work/venv/bin/python benchmarks/bench_pptx.py [RUNS]

Each figure is the median of RUNS runs (after one warm-up run), as wall time and as the
processor time of this process: on a shared machine the second moves less with the load
of other programs. Beside it, the mean processor time of the whole loop: it counts what a
render leaves to do after it (Python's collection of its garbage), which a median of the
calls alone would miss. A deck's figure covers everything from the model to the finished file
(plan, draw, write the package once). The "pair" line is a deck's two languages rendered
one after the other in this process, as a build renders them (two jobs, each planning both
languages again), divided by two: the figure a render of the pair from one plan would
have to beat, like for like. Prints figures; asserts nothing (tests never assert on wall
time).
"""

from __future__ import annotations

import datetime
import io
import os
import statistics
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from pptx import Presentation

import councilkit
from councilkit.build.layouts import find_layout
from councilkit.localize import Localizer
from councilkit.model import Language
from councilkit.package import normalize_ooxml
from councilkit.render import RenderJob
from councilkit.render.pptx import DeckRenderer

REPO = Path(__file__).resolve().parents[1]
CONTENT = REPO / "content"
GROUP, DECK = "joint-councils-framework", "deck-2016-09-14"


def timed(action: Callable[[], object], runs: int) -> tuple[float, float, float]:
    """Milliseconds of ``runs`` calls of ``action`` (after one warm-up call): the median
    wall time and processor time of a call, and the mean processor time of the whole loop
    (what the calls leave to do after them, such as collecting their garbage, included)."""
    action()
    wall, cpu = [], []
    loop_cpu = time.process_time()
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        action()
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    mean = (time.process_time() - loop_cpu) * 1000 / runs
    return statistics.median(wall), statistics.median(cpu), mean


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    project = councilkit.load(CONTENT)
    group = project.group(GROUP)
    assert group is not None
    deck = group.document(DECK)
    assert deck is not None
    layout = find_layout(project.layout_of(deck), CONTENT)
    stamp = datetime.datetime(2016, 9, 14, tzinfo=datetime.UTC)
    renderer = DeckRenderer()
    jobs = [
        RenderJob(project, group, deck, Localizer(project, lang), layout, CONTENT, stamp)
        for lang in Language
    ]

    def render(job: RenderJob) -> None:
        rendered = renderer.render(job)
        if not rendered.packaged:  # as the build's package step does
            normalize_ooxml(rendered.data, stamp)

    def floor() -> None:
        Presentation(str(layout / "reference.pptx")).save(io.BytesIO())

    slides = len(Presentation(io.BytesIO(renderer.render(jobs[0]).data)).slides)
    floor_wall, floor_cpu, floor_mean = timed(floor, runs)
    load = ", ".join(f"{n:.1f}" for n in os.getloadavg())
    print(f"example deck: {slides} slides, median of {runs} runs; load average {load}")
    print(
        f"floor (open reference.pptx, save unchanged): {floor_wall:7.1f} ms  cpu {floor_cpu:6.1f}"
        f"  (mean cpu {floor_mean:5.1f})"
    )

    def pair() -> None:
        for job in jobs:
            render(job)

    lines = [
        (f"deck {job.localizer.tag} (plan, draw, write)", 1, partial(render, job)) for job in jobs
    ]
    lines.append(("pair (en+fr), per deck", len(jobs), pair))
    for label, decks, action in lines:
        wall, cpu, mean = (ms / decks for ms in timed(action, runs))
        print(
            f"{label}: {wall:7.1f} ms  cpu {cpu:6.1f} ms"
            f"  (mean cpu {mean:5.1f})"
            f"   {wall / floor_wall:5.1f} x floor (cpu {cpu / floor_cpu:4.1f} x,"
            f" mean {mean / floor_mean:4.1f} x)   {wall / slides:5.1f} ms per slide"
        )


if __name__ == "__main__":
    main()
