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


@pytest.mark.parametrize("edition", ["side-by-side", "tete-beche"])
def test_the_bilingual_editions_pass(tmp_path: Path, edition: str) -> None:
    outputs = [p for p in built(tmp_path, edition) if p.suffix == ".docx"]
    assert len(outputs) == 4
    assert {p.name: package_problems(p) for p in outputs} == {p.name: [] for p in outputs}
