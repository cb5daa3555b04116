"""Bad input to ``layout import``: a clear message, exit 1 (a file) or 2 (the command line),
and nothing on disk changed (the ``refused`` fixture checks it)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from councilkit.cli import main

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504
Run = Callable[[list[str]], tuple[int, str]]
Repack = Callable[[Path, Path, str, dict[bytes, bytes]], Path]


def imports(content: Path, *files: Path | str, name: str = "dept") -> list[str]:
    return ["layout", "import", name, *map(str, files), "--content", str(content)]


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d, t: (d.write_text("hello"), d)[1], "is not an Office file"),
        (lambda d, t: (d.write_bytes(OLE), d)[1], "is protected by a password"),
        (lambda d, t: d, "does not exist"),
        (lambda d, t: (d.mkdir(), d)[1], "is a folder"),
        (lambda d, t: (d.write_bytes(t["pptx"].read_bytes()), d)[1], "is a PowerPoint file"),
    ],
    ids=["text-file", "password", "missing", "folder", "pptx-named-docx"],
)
@pytest.mark.invalid_ooxml
def test_bad_word_file(
    make: Callable[[Path, dict[str, Path]], Path],
    message: str,
    content: Path,
    templates: dict[str, Path],
    tmp_path: Path,
    refused: Run,
) -> None:
    word = make(tmp_path / "bad.docx", templates)
    status, output = refused(imports(content, templates["pptx"], word))
    assert status == 1
    assert f"councilkit: error: '{word}' {message}" in output
    assert not (content / "layouts").exists()


def test_word_file_given_as_the_powerpoint_file(
    content: Path, templates: dict[str, Path], tmp_path: Path, refused: Run
) -> None:
    deck = tmp_path / "deck.pptx"
    deck.write_bytes(templates["docx"].read_bytes())
    status, output = refused(imports(content, deck))
    assert status == 1
    assert f"'{deck}' is a Word document (.docx or .dotx), not a PowerPoint file" in output


@pytest.mark.parametrize(
    ("kind", "part", "changes", "message"),
    [
        (
            "docx",
            "[Content_Types].xml",
            {
                b"openxmlformats-officedocument.wordprocessingml.document.main": (
                    b"ms-word.document.macroEnabled.main"
                )
            },
            "is not a Word or PowerPoint file, or has macros",
        ),
        (
            "pptx",
            "ppt/presentation.xml",
            {b"?>": b'?><!DOCTYPE p [<!ENTITY a "aaaa">]>'},
            "has a part 'ppt/presentation.xml' that declares a document type",
        ),
    ],
    ids=["macros", "document-type"],
)
def test_unsafe_package_refused(
    kind: str,
    part: str,
    changes: dict[bytes, bytes],
    message: str,
    content: Path,
    templates: dict[str, Path],
    tmp_path: Path,
    refused: Run,
    repacked: Repack,
) -> None:
    changed = repacked(templates[kind], tmp_path / f"changed.{kind}", part, changes)
    status, output = refused(imports(content, changed))
    assert status == 1
    assert f"'{changed}' {message}" in output


@pytest.mark.parametrize(
    "name", ["../up", "a/b", ".hidden", "", "default", "with space", "x" * 65, "é"]
)
def test_bad_name(name: str, content: Path, templates: dict[str, Path], refused: Run) -> None:
    status, output = refused(imports(content, templates["pptx"], name=name))
    assert status == 2
    assert f"councilkit: error: '{name}' cannot name a layout" in output


@pytest.mark.parametrize(
    ("files", "message"),
    [
        ([], "give a PowerPoint file"),
        (["notes.txt"], "is not a .pptx, .potx, .docx or .dotx file"),
        (["docx", "dotx"], "two docx files given"),
    ],
)
def test_bad_file_list(
    files: list[str],
    message: str,
    content: Path,
    templates: dict[str, Path],
    tmp_path: Path,
    refused: Run,
) -> None:
    status, output = refused(imports(content, *(templates.get(f, tmp_path / f) for f in files)))
    assert status == 2
    assert message in output


def test_no_content_folder(templates: dict[str, Path], tmp_path: Path, refused: Run) -> None:
    missing = tmp_path / "nowhere"
    status, output = refused(imports(missing, templates["pptx"]))
    assert status == 2
    assert f"no content folder '{missing}'" in output


def test_existing_layout_kept_without_force(
    content: Path, templates: dict[str, Path], refused: Run
) -> None:
    assert main(imports(content, templates["pptx"])) == 0
    status, output = refused(imports(content, templates["docx"]))
    assert status == 1
    assert f"the layout '{content / 'layouts' / 'dept'}' exists already; add --force" in output


def test_force_replaces_the_whole_layout(content: Path, templates: dict[str, Path]) -> None:
    assert main(imports(content, templates["pptx"])) == 0
    folder = content / "layouts" / "dept"
    (folder / "notes.txt").write_text("old")
    assert main([*imports(content, templates["docx"]), "--force"]) == 0
    assert sorted(p.name for p in folder.iterdir()) == [
        "docx.yaml",
        "pptx.yaml",
        "reference.docx",
        "reference.pptx",
    ]
    assert (folder / "reference.docx").read_bytes() == templates["docx"].read_bytes()
    assert sorted(p.name for p in folder.parent.iterdir()) == ["dept"]  # nothing left beside


def test_no_symbolic_link_followed(
    content: Path, templates: dict[str, Path], tmp_path: Path, refused: Run
) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (content / "layouts").symlink_to(elsewhere)
    status, output = refused(imports(content, templates["pptx"]))
    assert status == 1
    assert "symbolic link" in output
    assert list(elsewhere.iterdir()) == []


def test_force_replaces_a_link_without_following_it(
    content: Path, templates: dict[str, Path], tmp_path: Path
) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "keep.txt").write_text("mine")
    (content / "layouts").mkdir()
    (content / "layouts" / "dept").symlink_to(elsewhere)
    assert main([*imports(content, templates["pptx"]), "--force"]) == 0
    folder = content / "layouts" / "dept"
    assert not folder.is_symlink()
    assert (folder / "reference.pptx").read_bytes() == templates["pptx"].read_bytes()
    assert [p.name for p in elsewhere.iterdir()] == ["keep.txt"]
