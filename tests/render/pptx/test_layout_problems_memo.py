"""A layout's placeholder problems are checked once per template, and each deck still
gets them at the place the mapping names them now (a memo never serves an old line)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from councilkit.model import Language
from councilkit.render.pptx import template

from .conftest import REPO, render_example


def problems(layout: Path) -> list[str]:
    rendered = render_example(Language.EN, layout)
    assert rendered.data == b""
    return [d.format() for d in rendered.diagnostics if d.is_error]


def test_placeholder_problems_are_remembered_and_name_the_mapping_as_it_is(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(template, "_TEMPLATES", {})
    monkeypatch.setattr(template, "is_racy", lambda stat: False)
    layout = tmp_path / "layout"
    shutil.copytree(REPO / "layouts/default", layout)
    mapping = layout / "pptx.yaml"
    text = mapping.read_text(encoding="utf-8")
    broken = text.replace(
        "kinds: [section, closing]\n    title: 0", "kinds: [section, closing]\n    title: 7"
    )
    mapping.write_text(broken, encoding="utf-8")
    first = problems(layout)
    assert len(first) == 1 and "no placeholder with idx 7" in first[0], first
    (remembered,) = template._TEMPLATES.values()
    assert any(key[1].startswith("problems ") for key in remembered.layouts)
    assert problems(layout) == first  # from the memo
    line = int(first[0].split(":")[1])
    mapping.write_text("# one more line\n" + broken, encoding="utf-8")
    moved = problems(layout)
    assert moved == [first[0].replace(f":{line}:", f":{line + 1}:")]
