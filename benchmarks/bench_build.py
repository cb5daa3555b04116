"""Build speed on a synthetic corpus of N working groups, beside pandoc on the same documents.

For N = 10 and 100 (or the sizes given), copies the example content's first group N times
(each with a mandate, terms of reference and a deck, in two languages), then prints:

- full build: ms per document, and peak memory of the build processes;
- rebuild with nothing changed, and its share of the full build (target: under 5 %);
- rebuild after one group's file changed (only that group's documents are rendered);
- pandoc on a sample of the same documents: .docx read back to Markdown, then written as
  .docx and as .pptx (the same words, built by pandoc), in ms per document, and the ratio
  (target: councilkit at most one fifth of pandoc's time).

Run: python benchmarks/bench_build.py [N ...] [--jobs J] [--pandoc-sample K]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

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


def councilkit(*args: str) -> tuple[float, float]:
    """Seconds a councilkit command takes, run as a user runs it, and the peak memory in
    MiB of its largest process (the command or one of its workers)."""
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", _MEASURE, sys.executable, "-m", "councilkit", *args],
        check=True,
        capture_output=True,
        text=True,
    )
    return time.perf_counter() - start, int(done.stdout.strip()) / 1024


def pandoc_per_document(documents: list[Path], work: Path) -> float | None:
    pandoc = shutil.which("pandoc")
    if pandoc is None:
        return None
    start = time.perf_counter()
    for i, docx in enumerate(documents):
        markdown = work / f"{i}.md"
        subprocess.run([pandoc, str(docx), "-o", str(markdown)], check=True)
        subprocess.run([pandoc, str(markdown), "-o", str(work / f"{i}.docx")], check=True)
        subprocess.run([pandoc, str(markdown), "-o", str(work / f"{i}.pptx")], check=True)
    return (time.perf_counter() - start) / len(documents) * 1000


def run(groups: int, jobs: int, sample: int) -> None:
    with tempfile.TemporaryDirectory(prefix="councilkit-bench-") as folder:
        root = Path(folder)
        content = make_corpus(root, groups)
        out = root / "build"
        full, peak = councilkit("build", str(content), "-o", str(out), "-j", str(jobs), "-q")
        documents = sorted(p for p in out.iterdir() if p.suffix in (".docx", ".pptx"))
        count = len(documents)
        noop, _ = councilkit("build", str(content), "-o", str(out), "-j", str(jobs), "-q")
        changed = content / "groups" / "group-000" / "mandate.yaml"
        changed.write_text(
            changed.read_text(encoding="utf-8").replace('version: "1.0"', 'version: "1.1"', 1),
            encoding="utf-8",
        )
        one, _ = councilkit("build", str(content), "-o", str(out), "-j", str(jobs), "-q")
        word = [p for p in documents if p.suffix == ".docx"][:sample]
        work = root / "pandoc"
        work.mkdir()
        pandoc_ms = pandoc_per_document(word, work)
    per_doc = full / count * 1000
    print(f"N={groups} groups, {count} documents, {jobs} jobs")
    print(f"  full build            {full * 1000:9.0f} ms   {per_doc:7.1f} ms/document")
    print(f"  peak memory (max RSS of one build process) {peak:7.1f} MiB")
    print(f"  no-op rebuild         {noop * 1000:9.0f} ms   {noop / full:7.1%} of the full build")
    print(f"  one group changed     {one * 1000:9.0f} ms   {one / full:7.1%} of the full build")
    if pandoc_ms is None:
        print("  pandoc: not installed")
    else:
        print(
            f"  pandoc (docx->md->docx+pptx, {len(word)} documents) {pandoc_ms:7.1f} ms/document;"
            f"  councilkit/pandoc = {per_doc / pandoc_ms:.2f}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[10, 100])
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--pandoc-sample", type=int, default=20)
    args = parser.parse_args()
    for size in args.sizes:
        run(size, args.jobs, args.pandoc_sample)


if __name__ == "__main__":
    main()
