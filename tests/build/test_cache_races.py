"""Files edited while a build runs: the cache never calls the new file up to date when the
document holds the old one, and the next build writes what the file holds.

A build reads each group once, and renders the model it checked; past the limit of what
it keeps (:data:`councilkit.build.batches.HELD_LIMIT`), a group is read again before it
is rendered, and the model of that second read is rendered. Both ways are tested."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from buildkit import PNG, G, H, make_content, rendered

from councilkit.build import batches, stream, workers
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


@pytest.fixture(params=["kept", "read again"])
def rendered_read(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> int:
    """Which read of group g gives the model rendered: the only one when the build keeps
    what it checked, the second when it keeps nothing (a limit of 0 bytes)."""
    if request.param == "kept":
        return 1
    monkeypatch.setattr(batches, "HELD_LIMIT", 0)
    return 2


def around_the_read(
    monkeypatch: pytest.MonkeyPatch,
    number: int,
    before: Callable[[], None] = lambda: None,
    after: Callable[[], None] = lambda: None,
) -> dict[str, int]:
    """Run ``before`` and ``after`` around read ``number`` of group g; returns the count
    of reads of g, kept up to date."""
    real = ContentFolder.group
    calls = {"g": 0}

    def group(self: ContentFolder, folder: Path) -> Any:
        if folder.name != "g":
            return real(self, folder)
        calls["g"] += 1
        if calls["g"] == number:
            before()
        found = real(self, folder)
        if calls["g"] == number:
            after()
        return found

    monkeypatch.setattr(stream.ContentFolder, "group", group)
    return calls


def before_the_render(monkeypatch: pytest.MonkeyPatch, action: Callable[[], None]) -> None:
    """Run ``action`` before the first file is rendered (a build of one process)."""
    real = workers.render_planned
    done: list[bool] = []

    def render(planned: Any) -> Any:
        if not done:
            done.append(True)
            action()
        return real(planned)

    monkeypatch.setattr(workers, "render_planned", render)


def test_a_build_reads_each_group_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = make_content(tmp_path / "content")
    calls = around_the_read(monkeypatch, 0)
    assert rendered(root, tmp_path / "out") == G | H
    assert calls == {"g": 1}


def test_past_the_limit_a_group_is_read_again_with_the_same_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = make_content(tmp_path / "content")
    kept = tmp_path / "kept"
    rendered(root, kept)
    monkeypatch.setattr(batches, "HELD_LIMIT", 0)
    calls = around_the_read(monkeypatch, 0)
    again = tmp_path / "again"
    assert rendered(root, again) == G | H
    assert calls == {"g": 2}
    for name in [*sorted(G | H), "manifest.json"]:
        assert (again / name).read_bytes() == (kept / name).read_bytes()


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
    rendered_read: int,
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
        around_the_read(patch, rendered_read, to(before), to(after))
        assert rendered(root, out) == G
    assert rendered(root, out) == rendered_next
    assert final in document_text(out / "g-mandate-eng.docx")
    assert rendered(root, out) == set()


def test_a_picture_replaced_during_the_render_is_rendered_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, rendered_read: int
) -> None:
    root = make_content(tmp_path / "content")
    out = tmp_path / "out"
    chart = root / "groups/g/.images/chart.png"
    rendered(root, out)
    (root / "groups/g/mandate.yaml").write_text(
        (root / "groups/g/mandate.yaml").read_text(encoding="utf-8").replace(OLD, NEW)
    )
    with monkeypatch.context() as patch:
        before_the_render(patch, lambda: chart.write_bytes(PNG + b"new"))
        assert rendered(root, out) == G
    assert rendered(root, out) == G  # its key was read before the picture changed
    for name in G:
        assert picture_of(out / name) == PNG + b"new"
    assert rendered(root, out) == set()
