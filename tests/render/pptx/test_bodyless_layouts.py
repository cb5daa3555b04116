"""Any template: section and closing slides need no body placeholder (their lines go in a
text box under the title), while a kind that needs one is still an error naming the
layout and what it lacks."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from councilkit.model import Language

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures/templates"


def title_only_layout(folder: Path, kinds: str) -> Path:
    """python-pptx's default template with ``kinds`` drawn on its "Title Only" layout."""
    shutil.copytree(FIXTURES / "python-default", folder)
    mapping = (folder / "pptx.yaml").read_text(encoding="utf-8")
    mapping = mapping.replace("kinds: [section, closing]", "kinds: [section]")
    mapping += f"  - layout: Title Only\n    kinds: [{kinds}]\n"
    (folder / "pptx.yaml").write_text(mapping, encoding="utf-8")
    return folder


def test_closing_on_a_layout_without_body_shows_its_lines(tmp_path: Path, reader: Any) -> None:
    folder = title_only_layout(tmp_path / "layout", "closing")
    rendered = reader.render(
        reader.repo / "content",
        "joint-councils-framework",
        "deck-2016-09-14",
        Language.FR,
        layout_dir=folder,
    )
    assert [d.format() for d in rendered.diagnostics if d.is_error] == []
    closing = reader.open(rendered.data).slides[-1]
    assert closing.slide_layout.name == "Title Only"
    assert closing.shapes.title.text_frame.text == "Questions"
    text = reader.text(closing)
    assert "Institut des services axés sur les citoyens" in text
    assert "joint-councils@iccs-isac.example" in text
    (box,) = [s for s in closing.shapes if s.name == "Body"]
    assert box.top >= closing.shapes.title.top + closing.shapes.title.height


def test_a_kind_that_needs_a_body_on_a_layout_without_one_is_an_error(
    tmp_path: Path, reader: Any
) -> None:
    folder = title_only_layout(tmp_path / "layout", "closing")
    mapping = (folder / "pptx.yaml").read_text(encoding="utf-8")
    mapping = mapping.replace("kinds: [overview, bullets,", "kinds: [overview,")
    mapping = mapping.replace("kinds: [closing]", "kinds: [closing, bullets]")
    (folder / "pptx.yaml").write_text(mapping, encoding="utf-8")
    rendered = reader.render(
        reader.repo / "content",
        "joint-councils-framework",
        "deck-2016-09-14",
        Language.EN,
        layout_dir=folder,
    )
    assert rendered.data == b""
    messages = [d.format() for d in rendered.diagnostics if d.is_error]
    assert len(messages) == 1, messages
    assert (
        "layout 'Title Only' has no placeholder with idx 1 for the body of slide kind "
        in (messages[0])
    )
    assert "'bullets'" in messages[0] and "pptx.yaml:" in messages[0]
