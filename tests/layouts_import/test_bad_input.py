"""Bad input to ``layout import``: a clear message, exit 1 (a file) or 2 (the command line),
and nothing on disk changed."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from councilkit.cli import main

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504


def run(
    capsys: pytest.CaptureFixture[str], tree: Callable[[Path], object], root: Path, args: list[str]
) -> tuple[int, str]:
    """Run the command; assert that nothing under ``root`` changed."""
    before = tree(root)
    status = main(args)
    assert tree(root) == before
    captured = capsys.readouterr()
    return status, captured.out + captured.err


@pytest.mark.parametrize(
    ("make", "status", "message"),
    [
        (lambda d, t: (d.write_text("hello"), d)[1], 1, "is not an Office file"),
        (lambda d, t: (d.write_bytes(OLE), d)[1], 1, "is protected by a password"),
        (lambda d, t: d, 1, "does not exist"),
        (lambda d, t: (d.mkdir(), d)[1], 1, "is a folder"),
        (lambda d, t: (d.write_bytes(t["pptx"].read_bytes()), d)[1], 1, "is a PowerPoint file"),
    ],
    ids=["text-file", "password", "missing", "folder", "pptx-named-docx"],
)
@pytest.mark.invalid_ooxml
def test_bad_word_file(
    make: Callable[[Path, dict[str, Path]], Path],
    status: int,
    message: str,
    content: Path,
    templates: dict[str, Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    tree: Callable[[Path], object],
) -> None:
    word = make(tmp_path / "bad.docx", templates)
    args = [
        "layout",
        "import",
        "dept",
        str(templates["pptx"]),
        str(word),
        "--content",
        str(content),
    ]
    found, output = run(capsys, tree, tmp_path, args)
    assert found == status
    assert f"councilkit: error: '{word}' {message}" in output
    assert not (content / "layouts").exists()


def test_word_file_given_as_the_powerpoint_file(
    content: Path,
    templates: dict[str, Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    tree: Callable[[Path], object],
) -> None:
    deck = tmp_path / "deck.pptx"
    deck.write_bytes(templates["docx"].read_bytes())
    args = ["layout", "import", "dept", str(deck), "--content", str(content)]
    status, output = run(capsys, tree, tmp_path, args)
    assert status == 1
    assert f"'{deck}' is a Word document (.docx or .dotx), not a PowerPoint file" in output


def test_macros_refused(
    content: Path,
    templates: dict[str, Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    tree: Callable[[Path], object],
) -> None:
    import zipfile

    word = tmp_path / "macros.docx"
    with zipfile.ZipFile(templates["docx"]) as source, zipfile.ZipFile(word, "w") as out:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "[Content_Types].xml":
                data = data.replace(
                    b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main",
                    b"application/vnd.ms-word.document.macroEnabled.main",
                )
            out.writestr(info, data)
    status, output = run(
        capsys, tree, tmp_path, ["layout", "import", "d", str(word), "--content", str(content)]
    )
    assert status == 1
    assert "is not a Word or PowerPoint file, or has macros" in output


@pytest.mark.parametrize(
    "name", ["../up", "a/b", ".hidden", "", "default", "with space", "x" * 65, "é"]
)
def test_bad_name(
    name: str,
    content: Path,
    templates: dict[str, Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    tree: Callable[[Path], object],
) -> None:
    args = ["layout", "import", name, str(templates["pptx"]), "--content", str(content)]
    status, output = run(capsys, tree, tmp_path, args)
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
    capsys: pytest.CaptureFixture[str],
    tree: Callable[[Path], object],
) -> None:
    paths = [str(templates.get(f, tmp_path / f)) for f in files]
    status, output = run(
        capsys, tree, tmp_path, ["layout", "import", "d", *paths, "--content", str(content)]
    )
    assert status == 2
    assert message in output


def test_no_content_folder(
    templates: dict[str, Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    tree: Callable[[Path], object],
) -> None:
    missing = tmp_path / "nowhere"
    args = ["layout", "import", "d", str(templates["pptx"]), "--content", str(missing)]
    status, output = run(capsys, tree, tmp_path, args)
    assert status == 2
    assert f"no content folder '{missing}'" in output


def test_existing_layout_kept_without_force(
    content: Path,
    templates: dict[str, Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    tree: Callable[[Path], object],
) -> None:
    assert main(["layout", "import", "d", str(templates["pptx"]), "--content", str(content)]) == 0
    args = ["layout", "import", "d", str(templates["docx"]), "--content", str(content)]
    status, output = run(capsys, tree, tmp_path, args)
    assert status == 1
    assert f"the layout '{content / 'layouts' / 'd'}' exists already; add --force" in output


def test_force_replaces_the_whole_layout(
    content: Path, templates: dict[str, Path], tmp_path: Path
) -> None:
    assert main(["layout", "import", "d", str(templates["pptx"]), "--content", str(content)]) == 0
    folder = content / "layouts" / "d"
    (folder / "notes.txt").write_text("old")
    args = ["layout", "import", "d", str(templates["docx"]), "--content", str(content), "--force"]
    assert main(args) == 0
    assert sorted(p.name for p in folder.iterdir()) == [
        "docx.yaml",
        "pptx.yaml",
        "reference.docx",
        "reference.pptx",
    ]
    assert (folder / "reference.docx").read_bytes() == templates["docx"].read_bytes()
    assert sorted(p.name for p in folder.parent.iterdir()) == ["d"]  # nothing left beside


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links")
def test_no_symbolic_link_followed(
    content: Path,
    templates: dict[str, Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    tree: Callable[[Path], object],
) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (content / "layouts").symlink_to(elsewhere)
    args = ["layout", "import", "d", str(templates["pptx"]), "--content", str(content)]
    status, output = run(capsys, tree, tmp_path, args)
    assert status == 1
    assert "symbolic link" in output
    assert list(elsewhere.iterdir()) == []


def test_document_type_declaration_refused(
    content: Path,
    templates: dict[str, Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    tree: Callable[[Path], object],
) -> None:
    import zipfile

    deck = tmp_path / "doctype.pptx"
    with zipfile.ZipFile(templates["pptx"]) as source, zipfile.ZipFile(deck, "w") as out:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "ppt/presentation.xml":
                data = data.replace(b"?>", b'?><!DOCTYPE p [<!ENTITY a "aaaa">]>', 1)
            out.writestr(info, data)
    args = ["layout", "import", "d", str(deck), "--content", str(content)]
    status, output = run(capsys, tree, tmp_path, args)
    assert status == 1
    assert "has a part 'ppt/presentation.xml' that declares a document type" in output
