"""The cache across command-line runs, from a copy of councilkit: editing content, a
translation catalog, a layout or councilkit's own code renders exactly the documents that
read it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

from buildkit import FRENCH, G, H, make_content

from councilkit.build.fingerprint import package_folder


def run_build(package: Path, content: Path, out: Path) -> set[str]:
    """The names of the files one ``councilkit build -v`` renders, with ``package`` as
    councilkit."""
    env = {**os.environ, "PYTHONPATH": str(package.parent), "SOURCE_DATE_EPOCH": "0"}
    done = subprocess.run(
        [sys.executable, "-m", "councilkit", "build", str(content), "-o", str(out), "-v"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return {
        Path(line.split(" ", 1)[1]).name
        for line in done.stdout.splitlines()
        if line.startswith("wrote ")
    }


def append(path: Path, text: str) -> None:
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


def test_each_edit_renders_its_documents_in_the_next_run(tmp_path: Path) -> None:
    package = tmp_path / "copy/councilkit"
    shutil.copytree(package_folder(), package, ignore=shutil.ignore_patterns("__pycache__"))
    content = make_content(tmp_path / "content")
    out = tmp_path / "out"
    assert run_build(package, content, out) == G | H
    assert run_build(package, content, out) == set()

    mandate = content / "groups/h/mandate.yaml"
    mandate.write_text(mandate.read_text(encoding="utf-8").replace("councils.", "two councils."))
    assert run_build(package, content, out) == H

    catalog = package / "localize/catalogs/fr/docx.po"
    catalog.write_text(
        catalog.read_text(encoding="utf-8").replace("Table des matières", "Sommaire"),
        encoding="utf-8",
    )
    assert run_build(package, content, out) == FRENCH
    with zipfile.ZipFile(out / "g-mandate-fra.docx") as document:
        assert "Sommaire" in document.read("word/document.xml").decode("utf-8")

    append(content / "layouts/default/docx.yaml", "\n# a department's note\n")
    assert run_build(package, content, out) == G | H

    append(package / "render/docx/renderer.py", "\n# a fix in the renderer\n")
    assert run_build(package, content, out) == G | H
    assert run_build(package, content, out) == set()
