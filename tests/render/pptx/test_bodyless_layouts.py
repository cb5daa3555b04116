"""Any template: section and closing slides need no body placeholder (their lines go in a
text box under the title), while a kind that needs one is still an error naming the
layout and what it lacks."""

from __future__ import annotations

import io
import shutil
import zipfile
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
    rendered = reader.example(Language.FR, folder)
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
    rendered = reader.example(Language.EN, folder)
    assert rendered.data == b""
    messages = [d.format() for d in rendered.diagnostics if d.is_error]
    assert len(messages) == 1, messages
    assert "layout 'Title Only' has no body placeholder for slide kind 'bullets'" in messages[0]
    assert "pptx.yaml:" in messages[0]


def without_indexes(source: Path, folder: Path) -> Path:
    """A copy of the layout folder ``source`` whose mapping gives no placeholder idx."""
    shutil.copytree(source, folder)
    lines = (folder / "pptx.yaml").read_text(encoding="utf-8").splitlines(keepends=True)
    kept = [line for line in lines if line.strip().split(":")[0] not in ("title", "body")]
    (folder / "pptx.yaml").write_text("".join(kept), encoding="utf-8")
    return folder


def test_placeholders_left_out_of_the_mapping_are_found_by_type(
    tmp_path: Path, reader: Any
) -> None:
    """The LibreOffice template (placeholders saved without idx) and python-pptx's default
    give the same decks with or without the idx in their mapping."""
    for name in ("libreoffice", "python-default"):
        folder = without_indexes(FIXTURES / name, tmp_path / name)
        assert "body:" not in (folder / "pptx.yaml").read_text(encoding="utf-8")
        decks = []
        for layout_dir in (FIXTURES / name, folder):
            rendered = reader.example(Language.FR, layout_dir)
            assert [d.format() for d in rendered.diagnostics if d.is_error] == []
            with zipfile.ZipFile(io.BytesIO(rendered.data)) as archive:
                decks.append({n: archive.read(n) for n in archive.namelist()})
        assert decks[0] == decks[1], name  # part by part: the renderer does not fix zip times


def test_a_layout_without_title_placeholder_is_an_error_naming_it(
    tmp_path: Path, reader: Any
) -> None:
    folder = without_indexes(FIXTURES / "python-default", tmp_path / "layout")
    mapping = (folder / "pptx.yaml").read_text(encoding="utf-8")
    (folder / "pptx.yaml").write_text(
        mapping.replace("layout: Section Header", "layout: Blank"), encoding="utf-8"
    )
    rendered = reader.example(Language.EN, folder, "ods")
    assert rendered.data == b""
    messages = [d.format() for d in rendered.diagnostics if d.is_error]
    assert len(messages) == 1, messages
    assert "layout 'Blank' has no title placeholder for slide kind 'section'" in messages[0]
