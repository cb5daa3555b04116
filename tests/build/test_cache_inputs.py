"""The cache is never wrong: each kind of input, edited between two builds in one process,
renders again exactly the documents that read it, and nothing else."""

from __future__ import annotations

import os
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from buildkit import FRENCH, PNG, G, H, make_content, rendered

from councilkit.build.inputs import undeclared_kinds


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def text_of_h(root: Path) -> None:
    edit(root / "groups/h/mandate.yaml", "advises the councils", "advises the two councils")


def comment_only(root: Path) -> None:
    path = root / "groups/h/mandate.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "# a comment renders nothing\n")


def picture(root: Path) -> None:
    (root / "groups/g/.images/chart.png").write_bytes(PNG + b"\0")


def layout_mapping(root: Path) -> None:
    path = root / "layouts/default/docx.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "\n# a department's note\n")


def layout_reference(root: Path) -> None:
    with zipfile.ZipFile(root / "layouts/default/reference.docx", "a") as package:
        package.comment = b"saved again"


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (text_of_h, H),
        (comment_only, set()),
        (picture, G),
        (layout_mapping, G | H),
        (layout_reference, G | H),
    ],
)
def test_an_edit_renders_exactly_the_documents_that_read_it(
    tmp_path: Path, change: Callable[[Path], None], expected: set[str]
) -> None:
    root = make_content(tmp_path / "content")
    out = tmp_path / "out"
    assert rendered(root, out) == G | H
    assert rendered(root, out) == set()
    change(root)
    assert rendered(root, out) == expected
    assert rendered(root, out) == set()


def test_a_catalog_edit_renders_the_documents_in_its_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from councilkit.build import fingerprint

    catalogs = tmp_path / "catalogs"
    shutil.copytree(fingerprint.catalog_folder(), catalogs)
    monkeypatch.setattr(fingerprint, "catalog_folder", lambda: catalogs)
    root = make_content(tmp_path / "content")
    out = tmp_path / "out"
    assert rendered(root, out) == G | H
    po = catalogs / "fr/docx.po"
    po.write_text(po.read_text(encoding="utf-8") + "\n# a translator's note\n", encoding="utf-8")
    assert rendered(root, out) == FRENCH


def test_changed_code_renders_everything(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from councilkit.build import snapshot

    root = make_content(tmp_path / "content")
    out = tmp_path / "out"
    assert rendered(root, out) == G | H
    monkeypatch.setattr(snapshot, "code_fingerprint", lambda: "another councilkit")
    assert rendered(root, out) == G | H
    assert rendered(root, out) == set()


def test_the_code_fingerprint_changes_with_any_file_of_the_package(tmp_path: Path) -> None:
    from councilkit.build.fingerprint import code_fingerprint, package_folder

    package = tmp_path / "councilkit"
    shutil.copytree(package_folder(), package, ignore=shutil.ignore_patterns("__pycache__"))
    before = code_fingerprint(package)
    assert code_fingerprint(package) == before
    (package / "localize/catalogs/fr/docx.po").write_text("# declared by the documents\n")
    assert code_fingerprint(package) == before
    renderer = package / "render/docx/renderer.py"
    renderer.write_text(renderer.read_text(encoding="utf-8") + "# changed\n", encoding="utf-8")
    assert code_fingerprint(package) != before


def test_every_kind_with_a_renderer_declares_its_inputs() -> None:
    assert undeclared_kinds() == []


def test_a_pipe_or_a_device_in_the_content_folder_is_not_read(tmp_path: Path) -> None:
    root = make_content(tmp_path / "content")
    os.mkfifo(root / "notes.fifo")  # reading it would wait for a writer forever
    os.symlink("/dev/zero", root / "zeros")  # reading it would never end
    out = tmp_path / "out"
    assert rendered(root, out) == G | H
    assert rendered(root, out) == set()
