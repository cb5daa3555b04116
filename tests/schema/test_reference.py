"""The content reference: up to date with the model, complete, and its examples valid."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from schemakit import Yaml12Loader, problems

from councilkit.cli import main
from councilkit.model import Document, Slide
from councilkit.schema.reference import REGENERATE, reference_markdown

ROOT = Path(__file__).resolve().parents[2]
COMMITTED = ROOT / "docs" / "content-reference.md"


def test_the_committed_reference_is_up_to_date() -> None:
    assert COMMITTED.read_text(encoding="utf-8") == reference_markdown(), (
        f"docs/content-reference.md is out of date: run `{REGENERATE}`"
    )


def test_every_kind_has_its_section() -> None:
    text = reference_markdown()
    for tag in Document.VARIANTS.tags:
        assert f"### Document `kind: {tag}`" in text
    for tag in Slide.VARIANTS.tags:
        assert f"### Slide `kind: {tag}`" in text


def examples() -> list[tuple[str, str]]:
    """Each YAML example with the heading it stands under."""
    found: list[tuple[str, str]] = []
    heading, block = "", None
    for line in reference_markdown().splitlines():
        if block is not None:
            if line == "```":
                found.append((heading, "\n".join(block)))
                block = None
            else:
                block.append(line)
        elif line == "```yaml":
            block = []
        elif line.startswith("#"):
            heading = line.lstrip("#").strip()
    return found


def load(text: str) -> Any:
    return yaml.load(text, Loader=Yaml12Loader)  # a plain mapping or list


def test_every_document_and_slide_example_is_valid() -> None:
    found = dict(examples())
    deck = load(found["Document `kind: deck`"])
    checked = 0
    for heading, text in found.items():
        if heading.startswith("Document"):
            assert problems(load(text), "document.schema.json") == [], heading
        elif heading.startswith("Slide"):
            assert problems({**deck, "slides": load(text)}, "document.schema.json") == []
        elif heading in ("Project settings", "Working group"):
            name = "project" if heading == "Project settings" else "group"
            assert problems(load(text), f"{name}.schema.json") == [], heading
        else:
            continue
        checked += 1
    assert checked == len(Document.VARIANTS.tags) + len(Slide.VARIANTS.tags) + 2


def test_the_command_writes_the_reference(tmp_path: Path) -> None:
    target = tmp_path / "reference.md"
    assert main(["schema", "--reference", str(target)]) == 0
    assert target.read_text(encoding="utf-8") == reference_markdown()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["reference.md"]


@pytest.mark.parametrize("field", ["statement", "quote", "heading", "periods", "position"])
def test_fields_found_by_trial_and_error_are_written_down(field: str) -> None:
    assert f"| `{field}` |" in reference_markdown()


def test_the_loader_reads_every_example_without_a_problem(tmp_path: Path) -> None:
    from buildkit import PNG

    from councilkit.loader import load_content

    found = dict(examples())
    root = tmp_path / "content"
    group = root / "groups" / "g"
    (group / "images").mkdir(parents=True)
    (group / "images" / "picture.png").write_bytes(PNG)
    (root / "project.yaml").write_text(found["Project settings"], encoding="utf-8")
    (group / "group.yaml").write_text(found["Working group"], encoding="utf-8")
    slides = "\n".join(text for heading, text in found.items() if heading.startswith("Slide"))
    for heading, text in found.items():
        if heading.startswith("Document"):
            kind = heading.split("kind: ")[1].rstrip("`")
            if kind == "deck":
                text = text.split("slides:")[0] + "slides:\n" + _indent(slides)
            (group / f"{kind}.yaml").write_text(text, encoding="utf-8")
    result = load_content(root)
    assert [d.format() for d in result.diagnostics] == []
    assert result.project is not None
    (loaded,) = result.project.groups
    assert sorted(d.KIND for d in loaded.documents) == sorted(Document.VARIANTS.tags)
    (deck,) = (d for d in loaded.documents if d.KIND == "deck")
    assert [s.KIND for s in deck.slides] == list(Slide.VARIANTS.tags)  # type: ignore[attr-defined]


def _indent(text: str) -> str:
    return "".join(f"  {line}\n" for line in text.splitlines())


def test_every_link_leads_to_a_heading() -> None:
    text = reference_markdown()
    headings = {
        line.lstrip("#").strip().lower().replace(" ", "-")
        for line in text.splitlines()
        if line.startswith("#")
    }
    targets = set(re.findall(r"\]\(#([^)]+)\)", text))
    assert targets and targets <= headings, targets - headings
