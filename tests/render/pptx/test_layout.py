"""The layout mapping: a template whose layouts have French names works by changing the
mapping only; a layout missing from the template, a placeholder missing from a layout or
a kind missing from the mapping is an error diagnostic naming it, and nothing is drawn."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from pptx import Presentation

from councilkit.model import Language

FRENCH_NAMES = {
    "Title Slide": "Diapositive de titre",
    "Title and Content": "Titre et contenu",
    "Section Header": "En-tête de section",
    "Title Only": "Titre seul",
}


def layout_copy(reader: Any, folder: Path, *, rename: bool, mapping_names: dict[str, str]) -> Path:
    """A copy of the default layout whose template layouts are renamed to French (or not)
    and whose mapping names ``mapping_names``."""
    source = reader.repo / "layouts/default"
    folder.mkdir(parents=True)
    template = Presentation(str(source / "reference.pptx"))
    if rename:
        for layout in template.slide_layouts:
            layout._element.cSld.set("name", FRENCH_NAMES[layout.name])
    template.save(str(folder / "gabarit.pptx"))
    mapping = (source / "pptx.yaml").read_text(encoding="utf-8")
    mapping = mapping.replace("template: reference.pptx", "template: gabarit.pptx")
    for english, french in mapping_names.items():
        mapping = mapping.replace(f"layout: {english}", f"layout: {french}")
    (folder / "pptx.yaml").write_text(mapping, encoding="utf-8")
    return folder


def test_a_template_with_french_layout_names_works_by_changing_the_mapping(
    tmp_path: Path, reader: Any
) -> None:
    folder = layout_copy(reader, tmp_path / "ministere", rename=True, mapping_names=FRENCH_NAMES)
    rendered = reader.example(Language.FR, folder)
    assert not [d for d in rendered.diagnostics if d.is_error]
    deck = reader.open(rendered.data)
    used = [slide.slide_layout.name for slide in deck.slides]
    assert used[0] == "Diapositive de titre"
    assert used[-1] == "En-tête de section"
    assert set(used) <= set(FRENCH_NAMES.values())
    assert len(deck.slides) == 23


def test_a_layout_missing_from_the_template_is_an_error_naming_it(
    tmp_path: Path, reader: Any
) -> None:
    folder = layout_copy(reader, tmp_path / "mixte", rename=False, mapping_names=FRENCH_NAMES)
    rendered = reader.example(Language.EN, folder, "ods")
    assert rendered.data == b""
    messages = [d.format() for d in rendered.diagnostics]
    assert any(
        "layout 'Titre et contenu'" in m and "'Title and Content'" in m and "pptx.yaml:" in m
        for m in messages
    ), messages
    assert all(d.is_error for d in rendered.diagnostics)


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("      - swot\n", "", "slide kind 'swot' has no layout"),
        (
            "    kinds: [section, closing]\n    title: 0\n    body: 1",
            "    kinds: [section, closing]\n    title: 0\n    body: 7",
            "no placeholder with idx 7",
        ),
        ("      - swot\n", "      - swot\n      - pie-chart\n", "no slide kind 'pie-chart'"),
    ],
    ids=["unmapped-kind", "missing-placeholder", "unknown-kind"],
)
def test_mapping_problems_are_errors(
    tmp_path: Path, reader: Any, old: str, new: str, expected: str
) -> None:
    folder = tmp_path / "layout"
    shutil.copytree(reader.repo / "layouts/default", folder)
    mapping = folder / "pptx.yaml"
    text = mapping.read_text(encoding="utf-8")
    assert old in text
    mapping.write_text(text.replace(old, new), encoding="utf-8")
    rendered = reader.example(Language.EN, folder)
    assert rendered.data == b""
    messages = [d.format() for d in rendered.diagnostics]
    assert any(expected in m and "pptx.yaml:" in m for m in messages), messages


def test_the_reference_template_is_16_by_9_and_generated_reproducibly(reader: Any) -> None:
    template = Presentation(str(reader.repo / "layouts/default/reference.pptx"))
    assert (template.slide_width, template.slide_height) == (12192000, 6858000)
    assert len(template.slides) == 0
    assert [layout.name for layout in template.slide_layouts] == list(FRENCH_NAMES)
