"""Files edited while a build runs: the cache never calls the new file up to date when the
document holds the old one, and the next build writes what the file holds."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from buildkit import PNG, G, make_content, rendered

from councilkit.build import stream
from councilkit.loader import ContentFolder

OLD = "advises the councils"
NEW = "advises the two councils"


def document_text(path: Path) -> str:
    with zipfile.ZipFile(path) as package:
        return package.read("word/document.xml").decode("utf-8")


def picture_of(path: Path) -> bytes:
    with zipfile.ZipFile(path) as package:
        (name,) = [n for n in package.namelist() if n.endswith(".png")]
        return package.read(name)


def around_the_render_read(
    monkeypatch: pytest.MonkeyPatch,
    before: Callable[[], None] = lambda: None,
    after: Callable[[], None] = lambda: None,
) -> None:
    """Run ``before`` and ``after`` around the second read of group g (the read whose
    model is rendered; the first one only checks)."""
    real = ContentFolder.group
    calls = {"g": 0}

    def group(self: ContentFolder, folder: Path) -> Any:
        if folder.name != "g":
            return real(self, folder)
        calls["g"] += 1
        if calls["g"] == 2:
            before()
        found = real(self, folder)
        if calls["g"] == 2:
            after()
        return found

    monkeypatch.setattr(stream.ContentFolder, "group", group)


START = "advises everyone"


@pytest.mark.parametrize(
    ("before", "after", "rendered_next", "final"),
    [
        (NEW, None, set(), NEW),  # rendered from the new text: already right
        (None, NEW, G, NEW),  # rendered from the text at the start, then it changed
        (NEW, START, G, START),  # changed, read, changed back: the document is not the file
    ],
)
def test_a_text_edited_during_the_build_is_never_cached_as_up_to_date(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    before: str | None,
    after: str | None,
    rendered_next: set[str],
    final: str,
) -> None:
    root = make_content(tmp_path / "content")
    out = tmp_path / "out"
    mandate = root / "groups/g/mandate.yaml"
    original = mandate.read_text(encoding="utf-8")
    rendered(root, out)
    mandate.write_text(original.replace(OLD, START))

    def to(text: str | None) -> Callable[[], None]:
        if text is None:
            return lambda: None
        return lambda: mandate.write_text(original.replace(OLD, text))

    with monkeypatch.context() as patch:
        around_the_render_read(patch, to(before), to(after))
        assert rendered(root, out) == G
    assert rendered(root, out) == rendered_next
    assert final in document_text(out / "g-mandate-eng.docx")
    assert rendered(root, out) == set()


def test_a_picture_replaced_during_the_render_is_rendered_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = make_content(tmp_path / "content")
    out = tmp_path / "out"
    chart = root / "groups/g/.images/chart.png"
    rendered(root, out)
    (root / "groups/g/mandate.yaml").write_text(
        (root / "groups/g/mandate.yaml").read_text(encoding="utf-8").replace(OLD, NEW)
    )
    with monkeypatch.context() as patch:
        around_the_render_read(patch, before=lambda: chart.write_bytes(PNG + b"new"))
        assert rendered(root, out) == G
    assert rendered(root, out) == G  # its key was read before the picture changed
    for name in G:
        assert picture_of(out / name) == PNG + b"new"
    assert rendered(root, out) == set()
