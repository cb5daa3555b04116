"""Helpers for build tests: a small content folder whose every kind of input can be
edited, and the set of files a build renders."""

from __future__ import annotations

import base64
import os
import shutil
from pathlib import Path

from contentkit import MANDATE, content, write

from councilkit.build import build
from councilkit.build.layouts import find_layout

PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAAEElEQVR4nGP4z8DAwMDwHwAF/gL+YR3TnwAAAABJRU5ErkJggg=="
)
FIGURE = """\
  - image: .images/chart.png
    alt: {en: A chart, fr: Un graphique}
"""
G = {"g-mandate-eng.docx", "g-mandate-fra.docx"}
H = {"h-mandate-eng.docx", "h-mandate-fra.docx"}
FRENCH = {"g-mandate-fra.docx", "h-mandate-fra.docx"}


def make_content(root: Path) -> Path:
    """Groups g (a mandate with a picture in a hidden folder) and h (a plain mandate),
    with the default layout copied into the content folder."""
    content(root, groups__g__mandate=MANDATE + FIGURE)
    write(root, {"groups/h/group.yaml": (root / "groups/g/group.yaml").read_text()})
    write(root, {"groups/h/mandate.yaml": MANDATE})
    (root / "groups/g/.images").mkdir()
    (root / "groups/g/.images/chart.png").write_bytes(PNG)
    shutil.copytree(find_layout("default", root), root / "layouts/default")
    return root


def rendered(root: Path, out: Path) -> set[str]:
    """The names of the files a build renders (not those it keeps)."""
    names: set[str] = set()
    build(root, out, source_date_epoch=0, on_output=lambda p, reused: reused or names.add(p.name))
    return names


def tree(folder: Path) -> dict[str, bytes | str]:
    """Every entry under ``folder``: bytes of files, target of links, '/' for folders."""
    found: dict[str, bytes | str] = {}
    for path in sorted(folder.rglob("*")):
        name = path.relative_to(folder).as_posix()
        if path.is_symlink():
            found[name] = "-> " + os.readlink(path)
        elif path.is_dir():
            found[name] = "/"
        else:
            found[name] = path.read_bytes()
    return found
