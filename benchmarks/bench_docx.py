"""Milliseconds per Word document for the example terms of reference, next to the floor:
python-docx opening the layout's reference.docx and saving it unchanged.

    /work/.venv/bin/python benchmarks/bench_docx.py [RUNS]

A render goes from the model to the bytes written to disk (the renderer zips the package
itself). The layout's reference is read once per process, as in a build; the first render,
which reads it, is printed on its own line. Prints figures; asserts nothing (tests never
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
    action()  # warm up: imports, catalogs, layout cache
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.mean(times), statistics.stdev(times) if runs > 1 else 0.0


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
            project=project, group=group, document=document,
            localizer=Localizer(project, language), layout_dir=layout,
            content_root=CONTENT, timestamp=timestamp_from_epoch(1473811200),
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

    jobs = {lang: job(lang) for lang in (Language.EN, Language.FR)}
    start = time.perf_counter()
    renderer.render(jobs[Language.EN])
    first_ms = (time.perf_counter() - start) * 1000
    floor_ms, floor_sd = mean_ms(floor, runs)
    print(f"terms of reference, {runs} runs each (mean ± stdev)")
    print(f"  floor (open reference.docx, save): {floor_ms:7.2f} ± {floor_sd:.2f} ms")
    default_ms, default_sd = mean_ms(python_docx_default, runs)
    print(f"  (python-docx's default template:    {default_ms:7.2f} ± {default_sd:.2f} ms)")
    print(f"  first render (reads the layout):   {first_ms:7.2f} ms")
    for language, each in jobs.items():
        ms, sd = mean_ms(lambda each=each: renderer.render(each), runs)
        print(f"  render {language.value}:                        {ms:7.2f} ± {sd:.2f} ms"
              f"   ratio {ms / floor_ms:.2f}x")


if __name__ == "__main__":
    main()
