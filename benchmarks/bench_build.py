"""Build speed on a synthetic corpus of N working groups, beside pandoc on the same
documents with the same number of processes.

For N = 10 and 100 (or the sizes given), copies the example content's first group N times
(each with a mandate, terms of reference and a deck, in two languages), then prints:

- full build with J workers: ms per document by the clock and in processor time (the
  build and all its workers), and the peak memory of its largest process;
- pandoc making the same documents, one pandoc process per document, J at a time (the
  same number of processes as councilkit's workers), in ms per document by the clock and
  in processor time; and the ratio (target: councilkit at most one fifth of pandoc's
  time). Pandoc writes each Word document from the Markdown of its text and each deck
  from the Markdown of its slides (titles, then their text); that Markdown is made before
  the clock starts. Pandoc is given the layout's own reference.docx and reference.pptx
  (``--reference-doc``), as councilkit builds on them;
- rebuild with nothing changed, and its share of the full build (target: under 5 %);
- rebuild after one group's file changed (only that group's documents are rendered).

Processor time is that of each process and the processes it waited for, on both sides:
councilkit's workers are counted, and nothing else is (for pandoc, ``wait4`` of each
process; for councilkit, a small Python process runs the build and reports what its child
used, not itself, so that its peak memory is that of the build alone).

Each figure is the median of R rounds (--repeat); councilkit and pandoc take turns in each
round, so that both meet the same load on a shared machine. With ``--baseline SRC``
(another checkout's ``src`` folder, e.g. made with ``git archive``), that councilkit is
timed too, in the same rounds, alternating with this one.

Run: python benchmarks/bench_build.py [N ...] [--jobs J] [--repeat R] [--pandoc-sample K]
                                      [--baseline SRC]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import yaml
from pptx import Presentation

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "content"
SOURCE = REPO / "src"


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


@dataclass(frozen=True)
class Measured:
    """One command: seconds by the clock, processor seconds (user and system) of it and
    of every process it waited for, and the peak memory in MiB of the largest of them
    (None when not measured)."""

    wall: float
    cpu: float
    peak: float | None = None


def measured(command: list[str], env: dict[str, str] | None = None) -> Measured:
    """Run ``command`` and measure it through ``wait4``: only it and its own children
    are counted, whatever else this process runs at the same time. (Its peak memory is
    not: a process started by this one counts this one's memory until it runs its
    program.)"""
    with tempfile.TemporaryFile() as errors:
        start = time.perf_counter()
        process = subprocess.Popen(
            command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=errors, env=env
        )
        assert process.stdout is not None
        output = process.stdout.read()
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode != 0:
            errors.seek(0)
            raise SystemExit(f"{command[:3]} failed:\n{errors.read().decode(errors='replace')}")
    if output.startswith(b"measured "):  # from _MEASURE: its child's own figures
        wall, cpu, peak = (float(n) for n in output.split()[1:])
        return Measured(wall, cpu, peak / 1024)
    return Measured(wall, usage.ru_utime + usage.ru_stime)


# Runs one command and prints its time by the clock, the processor time of it and its
# workers, and the largest resident size among them: from a small process of its own, so
# that neither this process's memory nor its processor time is counted.
_MEASURE = """
import resource, subprocess, sys, time
start = time.perf_counter()
subprocess.run(sys.argv[1:], check=True, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL)
wall = time.perf_counter() - start
used = resource.getrusage(resource.RUSAGE_CHILDREN)
print("measured", wall, used.ru_utime + used.ru_stime, used.ru_maxrss)
"""


def councilkit(source: Path, *args: str) -> Measured:
    """A councilkit command run as a user runs it, from the code in ``source``."""
    env = dict(os.environ, PYTHONPATH=str(source))
    command = [sys.executable, "-m", "councilkit", *args]
    return measured([sys.executable, "-c", _MEASURE, *command], env)


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


def reference_files(content: Path) -> dict[str, Path]:
    """The reference.docx and reference.pptx of the layout the content's project uses."""
    sys.path.insert(0, str(SOURCE))
    from councilkit.build.layouts import find_layout

    project = yaml.safe_load((content / "project.yaml").read_text(encoding="utf-8"))
    layout = find_layout(str(project.get("layout", "default")), content)
    return {suffix: layout / f"reference{suffix}" for suffix in (".docx", ".pptx")}


def pandoc_sources(
    pandoc: str, documents: list[Path], work: Path, references: dict[str, Path]
) -> list[list[str]]:
    """For each document, the pandoc command that writes it from the Markdown of its text
    (made now, before any timing), with the layout's reference file."""
    commands = []
    for i, document in enumerate(documents):
        markdown = work / f"{i}.md"
        if document.suffix == ".pptx":
            markdown.write_text(deck_markdown(document), encoding="utf-8")
        else:
            subprocess.run([pandoc, str(document), "-o", str(markdown)], check=True)
        target = work / f"{i}{document.suffix}"
        reference = references[document.suffix]
        commands.append(
            [pandoc, str(markdown), "--reference-doc", str(reference), "-o", str(target)]
        )
    return commands


def pandoc_batch(commands: list[list[str]], processes: int) -> Measured:
    """Pandoc writing every document, one process per document and ``processes`` at a
    time: seconds by the clock, and the processor seconds of all those processes."""
    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=processes) as pool:
        runs = list(pool.map(measured, commands))
    wall = time.perf_counter() - start
    return Measured(wall, sum(r.cpu for r in runs))


def run(groups: int, jobs: int, repeat: int, sample: int | None, baseline: Path | None) -> None:
    pandoc = shutil.which("pandoc")
    sides = {"councilkit": SOURCE} | ({"baseline": baseline} if baseline else {})
    with tempfile.TemporaryDirectory(prefix="councilkit-bench-") as folder:
        root = Path(folder)
        content = make_corpus(root, groups)
        build = ["build", str(content), "-j", str(jobs), "-q"]
        runs: dict[str, list[Measured]] = {name: [] for name in [*sides, "pandoc"]}
        count, batch = 0, []
        for round_ in range(repeat):
            order = list(sides) if round_ % 2 == 0 else list(reversed(sides))
            for name in order:
                out = root / f"{name}-{round_}"
                runs[name].append(councilkit(sides[name], *build, "-o", str(out)))
            documents = sorted(
                p
                for p in (root / f"councilkit-{round_}").iterdir()
                if p.suffix in (".docx", ".pptx")
            )
            count = len(documents)
            if pandoc is not None:
                if not batch:
                    work = root / "pandoc"
                    work.mkdir()
                    batch = pandoc_sources(
                        pandoc, documents[:sample], work, reference_files(content)
                    )
                runs["pandoc"].append(pandoc_batch(batch, jobs))
        out = root / "councilkit-0"
        noop = councilkit(SOURCE, *build, "-o", str(out))
        changed = content / "groups" / "group-000" / "mandate.yaml"
        changed.write_text(
            changed.read_text(encoding="utf-8").replace('version: "1.0"', 'version: "1.1"', 1),
            encoding="utf-8",
        )
        one = councilkit(SOURCE, *build, "-o", str(out))
    load = ", ".join(f"{n:.1f}" for n in os.getloadavg())
    print(f"N={groups} groups, {count} documents, {jobs} processes each side, median of {repeat}")
    print(f"  (load average at the end: {load}; the machine is shared)")
    figures: dict[str, tuple[float, float]] = {}
    for name in runs:
        documents = len(batch) if name == "pandoc" else count
        if not runs[name]:
            print(f"  {name}: not installed")
            continue
        wall = statistics.median(r.wall for r in runs[name]) / documents * 1000
        cpu = statistics.median(r.cpu for r in runs[name]) / documents * 1000
        peaks = [r.peak for r in runs[name] if r.peak is not None]
        figures[name] = (wall, cpu)
        print(
            f"  {name:10s} {documents:4d} documents {wall:7.1f} ms/document by the clock"
            f"   {cpu:7.1f} ms/document processor time"
            + (f"   peak memory {max(peaks):4.0f} MiB (largest process)" if peaks else "")
        )
    for name in sides:
        if "pandoc" in figures:
            (wall, cpu), (p_wall, p_cpu) = figures[name], figures["pandoc"]
            print(
                f"  {name}/pandoc = {wall / p_wall:.2f} by the clock, {cpu / p_cpu:.2f} in "
                f"processor time  ({name} {p_wall / wall:.1f} times faster by the clock, "
                f"{p_cpu / cpu:.1f} times by processor time)"
            )
    full = statistics.median(r.wall for r in runs["councilkit"])
    for label, again in (("no-op rebuild", noop), ("one group changed", one)):
        print(
            f"  {label:18s} {again.wall * 1000:9.0f} ms  {again.wall / full:6.1%} of the full build"
        )


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
    parser.add_argument(
        "--baseline",
        type=Path,
        default=None,
        help="the src folder of another councilkit, timed in the same rounds",
    )
    args = parser.parse_args()
    for size in args.sizes:
        run(size, args.jobs, args.repeat, args.pandoc_sample, args.baseline)


if __name__ == "__main__":
    main()
