"""Milliseconds per PowerPoint deck for the example deck of 14 September 2016 (both
languages), next to the floor: python-pptx opening the layout's reference.pptx and saving
it unchanged, in the same run.

    /work/.venv/bin/python benchmarks/bench_pptx.py [RUNS]

Prints figures; asserts nothing (tests never assert on wall time).
"""

from __future__ import annotations

import datetime
import io
import statistics
import sys
import time
from collections.abc import Callable
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


def timed(action: Callable[[], object], runs: int) -> float:
    """Mean milliseconds of ``runs`` calls of ``action`` (after one warm-up call)."""
    action()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.mean(times)


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 10
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
        normalize_ooxml(renderer.render(job).data, stamp)

    def floor() -> None:
        Presentation(str(layout / "reference.pptx")).save(io.BytesIO())

    slides = len(Presentation(io.BytesIO(renderer.render(jobs[0]).data)).slides)
    floor_ms = timed(floor, runs)
    print(f"example deck: {slides} slides, mean of {runs} runs")
    print(f"floor (open reference.pptx, save unchanged): {floor_ms:8.1f} ms")
    for job in jobs:
        ms = timed(lambda job=job: render(job), runs)
        print(
            f"deck {job.localizer.tag} (plan, draw, save, normalise): {ms:8.1f} ms"
            f"   {ms / floor_ms:5.1f} x floor   {ms / slides:5.1f} ms per slide"
        )


if __name__ == "__main__":
    main()
