"""The output folder: files staged then moved into place together, never outside the
folder, through no link, one build at a time, and no leftovers of an interrupted build."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from buildkit import tree

from councilkit.build.output import OutputFolder
from councilkit.errors import UsageError

# The output folder is tested with small stand-in bytes named .docx, not real documents.
pytestmark = pytest.mark.invalid_ooxml


def test_staged_files_appear_together_at_the_commit(tmp_path: Path) -> None:
    folder = OutputFolder(tmp_path / "out")
    folder.stage("a.docx", b"first")
    folder.stage("b.docx", b"second")
    assert [p.name for p in (tmp_path / "out").iterdir() if not p.name.startswith(".")] == []
    folder.commit()
    folder.close()
    assert tree(tmp_path / "out") == {"a.docx": b"first", "b.docx": b"second"}


def test_closing_without_commit_leaves_the_last_files(tmp_path: Path) -> None:
    folder = OutputFolder(tmp_path / "out")
    folder.stage("a.docx", b"good")
    folder.commit()
    folder.stage("a.docx", b"half")
    folder.close()
    assert tree(tmp_path / "out") == {"a.docx": b"good"}


@pytest.mark.parametrize("name", ["../escape.docx", "/etc/x.docx", "sub/a.docx", "..", ""])
def test_names_that_would_leave_the_output_folder_are_refused(tmp_path: Path, name: str) -> None:
    folder = OutputFolder(tmp_path / "out")
    with pytest.raises(UsageError, match="not a plain file name"):
        folder.stage(name, b"x")
    folder.close()
    assert tree(tmp_path) == {"out": "/"}


def test_a_document_that_is_a_link_is_replaced_not_written_through(tmp_path: Path) -> None:
    outside = tmp_path / "outside.docx"
    outside.write_bytes(b"keep me")
    (tmp_path / "out").mkdir()
    os.symlink(outside, tmp_path / "out/a.docx")
    folder = OutputFolder(tmp_path / "out")
    assert folder.read("a.docx") is None  # the cache never reads through it either
    folder.stage("a.docx", b"new")
    folder.commit()
    folder.close()
    assert outside.read_bytes() == b"keep me"
    assert tree(tmp_path / "out") == {"a.docx": b"new"}


def test_a_link_in_place_of_the_cache_folder_is_refused(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "cache.json").write_bytes(b"{}")
    (tmp_path / "out").mkdir()
    os.symlink(elsewhere, tmp_path / "out/.councilkit")
    folder = OutputFolder(tmp_path / "out")
    assert folder.read("cache.json", internal=True) is None
    with pytest.raises(OSError) as caught:
        folder.stage("cache.json", b"x", internal=True)
    folder.close()
    assert caught.value.errno == errno.ELOOP
    assert tree(elsewhere) == {"cache.json": b"{}"}


def test_a_failed_move_keeps_the_last_good_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = OutputFolder(tmp_path / "out")
    folder.stage("a.docx", b"good")
    folder.commit()

    def broken_replace(src: str, dst: str) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    folder.stage("a.docx", b"half")
    with pytest.raises(OSError):
        folder.commit()
    folder.close()
    assert tree(tmp_path / "out") == {"a.docx": b"good"}


def test_leftovers_of_an_interrupted_build_are_removed_and_nothing_else(tmp_path: Path) -> None:
    out = tmp_path / "out"
    (out / ".councilkit").mkdir(parents=True)
    leftovers = [
        out / ".a-eng.docx.k2j_9x0q.part",
        out / ".manifest.json.abcdefgh.part",
        out / ".councilkit/.cache.json.12345678.part",
    ]
    kept = {
        ".notes.txt.abcdefgh.part": b"not councilkit's",  # a name councilkit never writes
        ".a.docx.short.part": b"not councilkit's pattern",
        "a.docx.abcdefgh.part": b"no leading dot",
        "a.docx": b"a document",
    }
    for path in leftovers:
        path.write_bytes(b"half")
    for name, data in kept.items():
        (out / name).write_bytes(data)
    folder = OutputFolder(out)
    folder.open()
    folder.close()
    assert tree(out) == {".councilkit": "/", **kept}


def test_two_builds_never_write_into_one_folder_at_once(tmp_path: Path) -> None:
    first = OutputFolder(tmp_path / "out")
    first.open()
    second = OutputFolder(tmp_path / "out")
    with pytest.raises(UsageError, match="another build is writing into"):
        second.open()
    first.close()
    second.open()
    second.close()
