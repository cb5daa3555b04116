"""Import speed against the number of texts: it must grow linearly.

For each size N (default 500, 1000, 2000 and 4000 texts), writes a content folder with one
deck of N/10 bullet slides (a title and nine items each, English only), exports it to
XLIFF, fills every target, and times ``councilkit.i18n.import_translations`` (reading the
file, planning, editing the YAML, checking the result, writing). Prints ms per text for
each size and the ratio of the largest size's time per text to the smallest's: about 1
when the growth is linear, N-fold when it is quadratic.

Run: python benchmarks/bench_i18n.py [N ...]
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "content"
GROUP = "open-data-standards"


def make_content(root: Path, texts: int) -> Path:
    content = root / "content"
    (content / "groups" / GROUP).mkdir(parents=True)
    shutil.copy(EXAMPLE / "project.yaml", content / "project.yaml")
    shutil.copy(EXAMPLE / "groups" / GROUP / "group.yaml", content / "groups" / GROUP)
    lines = [
        "schema: 1",
        "kind: deck",
        'version: "0.1"',
        "status: draft",
        "date: 2026-11-30",
        "title: {en: A long deck, fr: Un long diaporama}",
        "slides:",
    ]
    for slide in range(texts // 10):
        lines += ["  - kind: bullets", "    title:", f"      en: Slide {slide}", "    items:"]
        lines += [f"      - en: Point {item} of slide {slide}" for item in range(9)]
    (content / "groups" / GROUP / "deck-2026-11-30.yaml").write_text("\n".join(lines) + "\n")
    return content


def fill_targets(path: Path) -> None:
    from lxml import etree

    ns = "urn:oasis:names:tc:xliff:document:1.2"
    tree = etree.parse(str(path))
    for unit in tree.iter(f"{{{ns}}}trans-unit"):
        source = unit.find(f"{{{ns}}}source")
        target = unit.find(f"{{{ns}}}target")
        if target is None:
            target = etree.Element(f"{{{ns}}}target")
            source.addnext(target)
        target.text = "Traduit : " + (source.text or "")
        target.set("state", "translated")
    tree.write(str(path), xml_declaration=True, encoding="utf-8")


def measure(texts: int) -> float:
    from councilkit.i18n import Format, export, import_translations

    with tempfile.TemporaryDirectory() as temp:
        content = make_content(Path(temp), texts)
        out = Path(temp) / "out"
        export(content, out, format=Format.XLIFF, groups=[GROUP])
        xliff = out / GROUP / "deck-2026-11-30.fr.xlf"
        fill_targets(xliff)
        start = time.perf_counter()
        result = import_translations(content, [xliff])
        elapsed = time.perf_counter() - start
        assert result.translations >= texts, result
        return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[500, 1000, 2000, 4000])
    args = parser.parse_args()
    sys.path.insert(0, str(REPO / "src"))
    per_text = []
    for size in args.sizes:
        seconds = measure(size)
        per_text.append(seconds / size)
        print(f"{size:6d} texts: import {seconds * 1000:8.0f} ms, {per_text[-1] * 1e3:.3f} ms/text")
    print(f"time per text, largest size / smallest: {per_text[-1] / per_text[0]:.2f}")


if __name__ == "__main__":
    main()
