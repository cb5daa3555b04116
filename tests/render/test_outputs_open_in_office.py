"""The example content's decks and documents, in both languages and both editions, are
packages Word and PowerPoint open (tests/support/ooxml.py), checked here by name as well as
by the check that runs after every test."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from ooxml import package_problems

from councilkit.build import build

REPO = Path(__file__).resolve().parents[2]
EPOCH = 1473811200


def built(tmp_path: Path, edition: str) -> list[Path]:
    content = tmp_path / "content"
    shutil.copytree(REPO / "content", content)
    project = content / "project.yaml"
    text = project.read_text(encoding="utf-8")
    assert "edition: separate" in text
    project.write_text(text.replace("edition: separate", f"edition: {edition}"), "utf-8")
    build(content, tmp_path / "out", source_date_epoch=EPOCH)
    return sorted((tmp_path / "out").glob("*.*x"))


def test_every_example_deck_and_document_passes_in_both_languages(tmp_path: Path) -> None:
    outputs = built(tmp_path, "separate")
    assert len(outputs) == 12
    assert {p.name for p in outputs if p.suffix == ".pptx"} == {
        f"{group}-deck-{date}-{suffix}.pptx"
        for group, date in (
            ("joint-councils-framework", "2016-09-14"),
            ("open-data-standards", "2016-11-16"),
        )
        for suffix in ("eng", "fra")
    }
    assert {p.name: package_problems(p) for p in outputs} == {p.name: [] for p in outputs}


SIDE_BY_SIDE = (
    "wordmodel: in the side-by-side edition each language column's w:tc ends with a nested "
    "w:tbl (lists, membership) and no w:p after it, which Word refuses"
)


@pytest.mark.xfail(strict=False, reason=SIDE_BY_SIDE)
def test_the_side_by_side_edition_passes(tmp_path: Path) -> None:
    outputs = [p for p in built(tmp_path, "side-by-side") if p.suffix == ".docx"]
    assert len(outputs) == 4
    assert {p.name: package_problems(p) for p in outputs} == {p.name: [] for p in outputs}
