"""Build speed on a synthetic corpus of N working groups, beside pandoc on the same
documents with the same number of processes.

For N = 10 and 100 (or the sizes given), copies the example content's first group N times
(each with a mandate, terms of reference and a deck, in two languages), then prints:

- full build with J workers: ms per document, and peak memory of the build processes;
- pandoc making the same documents, one pandoc process per document, J at a time (the
  same number of processes as councilkit's workers), in ms per document; and the ratio
  (target: councilkit at most one fifth of pandoc's time). Pandoc writes each Word
  document from the Markdown of its text and each deck from the Markdown of its slides
  (titles, then their text); that Markdown is made before the clock starts;
- rebuild with nothing changed, and its share of the full build (target: under 5 %);
- rebuild after one group's file changed (only that group's documents are rendered).

Each figure is the median of R rounds (--repeat); councilkit and pandoc take turns in each
round, so that both meet the same load on a shared machine.

Run: python benchmarks/bench_build.py [N ...] [--jobs J] [--repeat R] [--pandoc-sample K]
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from pptx import Presentation

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "content"


def make_corpus(root: Path, groups: int) -> Path:
    content = root / "content"
    content.mkdir(parents=True)
    shutil.copy(EXAMPLE / "project.yaml", content / "project.yaml")
    source = next(p for p in sorted((EXAMPLE / "groups").iterdir()) if p.is_dir())
    for i in range(groups):
        target = content / "groups" / f"group-{i:03d}"
        shutil.copytree(source, target)
        group = target / "group.yaml"
        group.write_text(
            group.read_text(encoding="utf-8").replace("parent_group:", "# parent:"),
            encoding="utf-8",
        )
    return content


# Runs one command and prints the largest resident size of it and its workers: measured in
# a process of its own, so that no other child (pandoc) is counted.
_MEASURE = (
    "import resource, subprocess, sys; "
    "subprocess.run(sys.argv[1:], check=True, capture_output=True); "
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
)


def cpu_of_children() -> float:
    """Processor seconds (user and system) of the children this process has waited for."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def councilkit(*args: str) -> tuple[float, float, float]:
    """Seconds a councilkit command takes, run as a user runs it, the processor seconds of
    it and its workers, and the peak memory in MiB of its largest process."""
    start, cpu = time.perf_counter(), cpu_of_children()
    done = subprocess.run(
        [sys.executable, "-c", _MEASURE, sys.executable, "-m", "councilkit", *args],
        check=True,
        capture_output=True,
        text=True,
    )
    wall = time.perf_counter() - start
    return wall, cpu_of_children() - cpu, int(done.stdout.strip()) / 1024


def deck_markdown(deck: Path) -> str:
    """The text of a deck as Markdown: a level-1 heading per slide (a slide in pandoc's
    .pptx), then each paragraph of its other shapes."""
    lines: list[str] = []
    for slide in Presentation(str(deck)).slides:
        title = slide.shapes.title
        lines.append(f"# {title.text_frame.text if title is not None else ''}\n")
        for shape in slide.shapes:
            if shape == title:
                continue
            frames = []
            if shape.has_text_frame:
                frames.append(shape.text_frame)
            if getattr(shape, "has_table", False):
                frames += [cell.text_frame for row in shape.table.rows for cell in row.cells]
            for frame in frames:
                lines += [f"- {p.text}" for p in frame.paragraphs if p.text.strip()]
        lines.append("")
    return "\n".join(lines)


def pandoc_sources(pandoc: str, documents: list[Path], work: Path) -> list[tuple[Path, Path]]:
    """For each document, the Markdown of its text (made now, before any timing) and the
    file pandoc is to write from it."""
    jobs = []
    for i, document in enumerate(documents):
        markdown = work / f"{i}.md"
        if document.suffix == ".pptx":
            markdown.write_text(deck_markdown(document), encoding="utf-8")
        else:
            subprocess.run([pandoc, str(document), "-o", str(markdown)], check=True)
        jobs.append((markdown, work / f"{i}{document.suffix}"))
    return jobs


def pandoc_batch(pandoc: str, jobs: list[tuple[Path, Path]], processes: int) -> tuple[float, float]:
    """Seconds pandoc takes to write every document, one process per document and
    ``processes`` at a time, and the processor seconds of those processes."""

    def write(job: tuple[Path, Path]) -> None:
        subprocess.run([pandoc, str(job[0]), "-o", str(job[1])], check=True)

    start, cpu = time.perf_counter(), cpu_of_children()
    with ThreadPoolExecutor(max_workers=processes) as pool:
        list(pool.map(write, jobs))
    return time.perf_counter() - start, cpu_of_children() - cpu


def run(groups: int, jobs: int, repeat: int, sample: int | None) -> None:
    pandoc = shutil.which("pandoc")
    with tempfile.TemporaryDirectory(prefix="councilkit-bench-") as folder:
        root = Path(folder)
        content = make_corpus(root, groups)
        build = ["build", str(content), "-j", str(jobs), "-q"]
        fulls, cpus, peaks, pandocs, pandoc_cpus = [], [], [], [], []
        count, batch = 0, []
        for round_ in range(repeat):
            out = root / f"build-{round_}"
            full, cpu, peak = councilkit(*build, "-o", str(out))
            fulls.append(full)
            cpus.append(cpu)
            peaks.append(peak)
            documents = sorted(p for p in out.iterdir() if p.suffix in (".docx", ".pptx"))
            count = len(documents)
            if pandoc is not None:
                if not batch:
                    work = root / "pandoc"
                    work.mkdir()
                    batch = pandoc_sources(pandoc, documents[:sample], work)
                wall, cpu = pandoc_batch(pandoc, batch, jobs)
                pandocs.append(wall)
                pandoc_cpus.append(cpu)
        out = root / "build-0"
        noop, _, _ = councilkit(*build, "-o", str(out))
        changed = content / "groups" / "group-000" / "mandate.yaml"
        changed.write_text(
            changed.read_text(encoding="utf-8").replace('version: "1.0"', 'version: "1.1"', 1),
            encoding="utf-8",
        )
        one, _, _ = councilkit(*build, "-o", str(out))
    full = statistics.median(fulls)
    per_doc = full / count * 1000
    cpu_doc = statistics.median(cpus) / count * 1000
    load = ", ".join(f"{n:.1f}" for n in os.getloadavg())
    print(f"N={groups} groups, {count} documents, {jobs} processes each side, median of {repeat}")
    print(f"  (load average at the end: {load}; the machine is shared)")
    print(
        f"  councilkit full build {full * 1000:9.0f} ms   {per_doc:7.1f} ms/document"
        f"   cpu {cpu_doc:7.1f} ms/document"
    )
    if pandoc is None:
        print("  pandoc: not installed")
    else:
        pandoc_doc = statistics.median(pandocs) / len(batch) * 1000
        pandoc_cpu = statistics.median(pandoc_cpus) / len(batch) * 1000
        print(
            f"  pandoc, same {len(batch)} documents {pandoc_doc * len(batch):6.0f} ms"
            f"   {pandoc_doc:7.1f} ms/document   cpu {pandoc_cpu:7.1f} ms/document"
        )
        print(
            f"  councilkit/pandoc = {per_doc / pandoc_doc:.2f} wall, "
            f"{cpu_doc / pandoc_cpu:.2f} cpu  (councilkit {pandoc_doc / per_doc:.1f} times "
            f"faster by the clock, {pandoc_cpu / cpu_doc:.1f} times by processor time)"
        )
    print(f"  peak memory (max RSS of one build process) {max(peaks):7.1f} MiB")
    print(f"  no-op rebuild         {noop * 1000:9.0f} ms   {noop / full:7.1%} of the full build")
    print(f"  one group changed     {one * 1000:9.0f} ms   {one / full:7.1%} of the full build")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[10, 100])
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--pandoc-sample",
        type=int,
        default=None,
        help="pandoc writes only the first K documents (default: all of them)",
    )
    args = parser.parse_args()
    for size in args.sizes:
        run(size, args.jobs, args.repeat, args.pandoc_sample)


if __name__ == "__main__":
    main()
