"""The template and mapping memos: a reference .pptx and a layout's pptx.yaml are read
once per process while their ``stat`` is unchanged; a changed file is read again, and one
changed too recently to tell is never remembered."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import pytest

from councilkit.model import Language
from councilkit.render.pptx import kinds, layout, template
from councilkit.render.pptx.registry import KINDS
from councilkit.render.pptx.template import read_template
from councilkit.zipping import Deflated

REPO = Path(__file__).resolve().parents[3]
REFERENCE = REPO / "layouts/default/reference.pptx"
LIBREOFFICE = REPO / "tests/fixtures/templates/libreoffice/reference.pptx"
assert kinds  # importing the package registers every slide kind


@pytest.fixture
def memo(monkeypatch: pytest.MonkeyPatch) -> dict[object, object]:
    empty: dict[object, object] = {}
    monkeypatch.setattr(template, "_TEMPLATES", empty)
    return empty


@pytest.fixture
def settled_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the default reference.pptx, taken as written long enough ago."""
    monkeypatch.setattr(template, "is_racy", lambda stat: False)
    path = tmp_path / "reference.pptx"
    shutil.copy(REFERENCE, path)
    return path


def test_an_unchanged_template_is_read_once(settled_copy: Path, memo: dict[object, object]) -> None:
    path = settled_copy
    first = read_template(path)
    assert read_template(path) is first
    assert first.data == REFERENCE.read_bytes()
    assert len(memo) == 1


def test_a_changed_template_is_read_again(settled_copy: Path, memo: dict[object, object]) -> None:
    path = settled_copy
    first = read_template(path)
    shutil.copy(LIBREOFFICE, path)
    os.utime(path, ns=(1, 1))  # even with an old modification time
    second = read_template(path)
    assert second is not first
    assert second.data == LIBREOFFICE.read_bytes()
    assert read_template(path) is second


def test_a_template_written_just_now_is_not_remembered(
    tmp_path: Path, memo: dict[object, object]
) -> None:
    path = tmp_path / "reference.pptx"
    shutil.copy(REFERENCE, path)
    first = read_template(path)
    assert memo == {}
    assert read_template(path) is not first


def test_what_a_layout_holds_is_read_for_the_first_deck_only(memo: dict[object, object]) -> None:
    reference = read_template(REFERENCE)
    calls: list[str] = []

    def read() -> str:
        calls.append("read")
        return "placeholders"

    for _ in range(3):
        layout = reference.open().slide_layouts[0]
        assert reference.layout_value(layout, "placeholders", read) == "placeholders"
    assert calls == ["read"]


def test_a_missing_template_is_an_os_error(tmp_path: Path, memo: dict[object, object]) -> None:
    with pytest.raises(FileNotFoundError):
        read_template(tmp_path / "absent.pptx")
    assert memo == {}


def test_a_layout_mapping_is_read_once_and_again_when_changed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(layout, "_CACHE", {})
    monkeypatch.setattr(layout, "is_racy", lambda stat: False)
    folder = tmp_path / "layout"
    shutil.copytree(REPO / "layouts/default", folder)
    mapping_file = folder / layout.MAPPING_FILE
    first, problems = layout.load_deck_layout(folder, KINDS.names)
    assert first is not None and problems == []
    again, _ = layout.load_deck_layout(folder, KINDS.names)
    assert again is first  # not read again
    text = mapping_file.read_text(encoding="utf-8")
    mapping_file.write_text(text.replace("kinds: [", "kinds: [no-such-kind, ", 1), "utf-8")
    changed, problems = layout.load_deck_layout(folder, KINDS.names)
    assert changed is None
    assert [d.code for d in problems] == ["unknown-kind"]
    (folder / "reference.pptx").unlink()  # the template is looked for every time
    mapping_file.write_text(text, "utf-8")
    _, problems = layout.load_deck_layout(folder, KINDS.names)
    assert [d.code for d in problems] == ["missing-file"]
    assert "reference.pptx' does not exist" in problems[0].message


@pytest.mark.invalid_ooxml  # the broken template is written on purpose
@pytest.mark.parametrize(
    "content",
    [b"not a zip file", (REPO / "layouts/default/reference.docx").read_bytes()],
    ids=["not-a-zip", "a-word-document"],
)
def test_a_template_that_is_not_a_presentation_is_an_error_naming_it(
    tmp_path: Path, reader: Any, content: bytes
) -> None:
    folder = tmp_path / "layout"
    shutil.copytree(REPO / "layouts/default", folder)
    (folder / "reference.pptx").write_bytes(content)
    before = sorted((p.name, p.read_bytes()) for p in folder.iterdir())
    rendered = reader.render(
        REPO / "content",
        "joint-councils-framework",
        "deck-2016-09-14",
        Language.EN,
        layout_dir=folder,
    )
    assert rendered.data == b""
    errors = [d for d in rendered.diagnostics if d.is_error]
    assert [d.code for d in errors] == ["layout-bad-template"]
    assert f"template '{folder / 'reference.pptx'}' is not a PowerPoint presentation" in (
        errors[0].message
    )
    assert errors[0].format().startswith(f"{(folder / 'pptx.yaml').as_posix()}:")
    assert sorted((p.name, p.read_bytes()) for p in folder.iterdir()) == before


def test_only_parts_small_enough_are_remembered_compressed() -> None:
    reference = template.Template(b"")
    small = b"<p:sld/>" * 100
    first = reference.deflate(small)
    assert reference.deflate(bytes(small)) is first  # looked up by content
    large = bytes(template.PART_SIZE_LIMIT + 1)
    assert reference.deflate(large) == Deflated.of(large)
    assert list(reference.deflated) == [small]
