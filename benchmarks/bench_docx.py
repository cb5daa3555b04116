"""Milliseconds per Word document (median) for the example terms of reference, next to the floor:
python-docx opening the layout's reference.docx and saving it unchanged.

    /work/.venv/bin/python benchmarks/bench_docx.py [RUNS]

A render goes from the model to the bytes written to disk (the renderer zips the package
itself). The layout's reference is read once per process, as in a build; the first render,
which reads it, is printed on its own line. Each render has its own job and localizer, as
each document of a build has. Prints figures; asserts nothing (tests never
assert on wall time).
"""

from __future__ import annotations

import io
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import docx

from councilkit.api import load
from councilkit.build.layouts import find_layout
from councilkit.localize import Localizer
from councilkit.model import Language
from councilkit.package import timestamp_from_epoch
from councilkit.render import RenderJob
from councilkit.render.docx import WordRenderer

REPO = Path(__file__).resolve().parents[1]
CONTENT = REPO / "content"
GROUP = "joint-councils-framework"


def mean_ms(action: Callable[[], object], runs: int) -> tuple[float, float]:
    """The median wall time and the median processor time of ``action``, in ms. On a
    machine shared with other work the processor time is the steadier of the two."""
    action()  # warm up: imports, catalogs, layout cache
    wall, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        action()
        cpu.append((time.process_time() - start_cpu) * 1000)
        wall.append((time.perf_counter() - start) * 1000)
    return statistics.median(wall), statistics.median(cpu)


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    project = load(CONTENT)
    group = project.group(GROUP)
    assert group is not None
    document = next(d for d in group.documents if d.KIND == "terms-of-reference")
    layout = find_layout(project.layout_of(document), CONTENT)
    reference = (layout / "reference.docx").read_bytes()
    renderer = WordRenderer()

    def job(language: Language) -> RenderJob:
        return RenderJob(
            project=project,
            group=group,
            document=document,
            localizer=Localizer(project, language),
            layout_dir=layout,
            content_root=CONTENT,
            timestamp=timestamp_from_epoch(1473811200),
        )

    def floor() -> bytes:
        out = io.BytesIO()
        docx.Document(io.BytesIO(reference)).save(out)
        return out.getvalue()

    default_template = (Path(docx.__file__).parent / "templates" / "default.docx").read_bytes()

    def python_docx_default() -> bytes:
        out = io.BytesIO()
        docx.Document(io.BytesIO(default_template)).save(out)
        return out.getvalue()

    start = time.perf_counter()
    renderer.render(job(Language.EN))
    first_ms = (time.perf_counter() - start) * 1000
    floor_ms, floor_cpu = mean_ms(floor, runs)
    print(f"terms of reference, {runs} runs each (median wall time; median processor time)")
    print(f"  floor (open reference.docx, save): {floor_ms:7.2f} ms; {floor_cpu:.2f} ms")
    default_ms, default_cpu = mean_ms(python_docx_default, runs)
    print(f"  (python-docx's default template:    {default_ms:7.2f} ms; {default_cpu:.2f} ms)")
    print(f"  first render (reads the layout):   {first_ms:7.2f} ms")
    for language in (Language.EN, Language.FR):
        # a new job (and localizer) for each render, as a build makes one per document
        ms, cpu = mean_ms(lambda language=language: renderer.render(job(language)), runs)
        print(
            f"  render {language.value}:                        {ms:7.2f} ms; {cpu:.2f} ms"
            f"   ratio {ms / floor_ms:.2f}x; {cpu / floor_cpu:.2f}x"
        )


if __name__ == "__main__":
    main()
