"""Faults of the machine during a build (a full disk, a read-only folder, a file or a link
in the way), in this process and in worker processes: the command names the fault and the
path, exits 1, and leaves every file of the last build as it was.

Tests run as root in CI, where permissions stop nothing: faults are made by files standing
where folders are needed, by links, and by failing calls injected in the process."""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from buildkit import make_content, tree

from councilkit import atomic
from councilkit.build import workers
from councilkit.cli import main


@pytest.fixture
def built(tmp_path: Path) -> tuple[Path, Path]:
    """A content folder and an output folder built from it, then the content changed, so
    that the next build has documents to write."""
    root = make_content(tmp_path / "content")
    out = tmp_path / "out"
    assert main(["build", str(root), "-o", str(out), "-q", "-j", "1"]) == 0
    mandate = root / "groups/h/mandate.yaml"
    mandate.write_text(mandate.read_text(encoding="utf-8").replace("councils.", "two councils."))
    return root, out


def failing_at(count: int, error: int, real: Callable[..., Any]) -> Callable[..., Any]:
    """``real``, raising :class:`OSError` ``error`` at its ``count``-th call."""
    calls = {"n": 0}

    def call(*args: Any, **kwargs: Any) -> Any:
        calls["n"] += 1
        if calls["n"] == count:
            where = args[0] if args else kwargs.get("dir")
            raise OSError(error, os.strerror(error), str(where))
        return real(*args, **kwargs)

    return call


ADVICE = {
    errno.ENOSPC: "the disk is full; free some space and run again",
    errno.EROFS: "the folder is on a read-only file system",
    errno.EACCES: "permission denied",
}


@pytest.mark.parametrize("error", sorted(ADVICE))
@pytest.mark.parametrize(
    ("where", "count"),
    [("mkstemp", 1), ("mkstemp", 3), ("open", 2), ("replace", 1), ("replace", 3)],
)
def test_a_fault_while_writing_is_named_and_changes_nothing(
    built: tuple[Path, Path],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    where: str,
    count: int,
    error: int,
) -> None:
    root, out = built
    before = tree(out)
    if where == "mkstemp":
        monkeypatch.setattr(tempfile, "mkstemp", failing_at(count, error, tempfile.mkstemp))
    elif where == "open":
        monkeypatch.setattr(atomic, "open", failing_at(count, error, open), raising=False)
    else:
        monkeypatch.setattr(os, "replace", failing_at(count, error, os.replace))
    capsys.readouterr()
    assert main(["build", str(root), "-o", str(out), "-q", "-j", "1"]) == 1
    message = capsys.readouterr().err
    assert message.startswith("councilkit: error: cannot write '")
    assert ADVICE[error] in message
    if where != "replace" or count == 1:
        assert tree(out) == before  # a fault before anything moved into place
    assert not [p for p in out.rglob("*.part")]


@pytest.mark.parametrize(
    ("make", "path", "advice"),
    [
        ("file", ".councilkit", "a file stands where a folder is needed"),
        ("link", ".councilkit", "a symbolic link is in the way"),
    ],
)
def test_something_in_the_cache_folders_place_stops_the_build(
    built: tuple[Path, Path],
    capsys: pytest.CaptureFixture[str],
    make: str,
    path: str,
    advice: str,
) -> None:
    root, out = built
    elsewhere = out.parent / "elsewhere"
    elsewhere.mkdir()
    (out / ".councilkit/cache.json").replace(elsewhere / "cache.json")
    (out / ".councilkit").rmdir()
    if make == "file":
        (out / path).write_bytes(b"in the way")
    else:
        os.symlink(elsewhere, out / path)
    before, outside = tree(out), tree(elsewhere)
    capsys.readouterr()
    assert main(["build", str(root), "-o", str(out), "-q"]) == 1
    assert capsys.readouterr().err == (
        f"councilkit: error: cannot write '{out / path}': {advice}\n"
        if make == "file"
        else f"councilkit: error: cannot write '{out / path}': {advice}; councilkit does not "
        "write through links\n"
    )
    assert tree(out) == before
    assert tree(elsewhere) == outside


def test_an_output_folder_under_a_file_is_named(
    built: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    root, out = built
    blocker = out.parent / "blocker"
    blocker.write_bytes(b"a file")
    capsys.readouterr()
    assert main(["build", str(root), "-o", str(blocker / "out"), "-q"]) == 1
    assert capsys.readouterr().err == (
        f"councilkit: error: cannot write '{blocker / 'out'}': a file stands where a folder "
        "is needed\n"
    )
    assert blocker.read_bytes() == b"a file"


@pytest.mark.invalid_ooxml  # the link's target is a stand-in file named .docx
def test_documents_and_manifest_that_are_links_are_replaced_not_followed(
    built: tuple[Path, Path],
) -> None:
    root, out = built
    outside = out.parent / "outside"
    outside.mkdir()
    for name in ("h-mandate-eng.docx", "manifest.json"):
        (outside / name).write_bytes(b"not councilkit's")
        (out / name).unlink()
        os.symlink(outside / name, out / name)
    assert main(["build", str(root), "-o", str(out), "-q"]) == 0
    assert tree(outside) == {
        n: b"not councilkit's" for n in ("h-mandate-eng.docx", "manifest.json")
    }
    assert not (out / "h-mandate-eng.docx").is_symlink()
    assert (out / "manifest.json").read_bytes().startswith(b"{")


class _Unpicklable(OSError):
    """An OSError carrying what cannot cross to another process."""

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.callback = lambda: None


@pytest.mark.parametrize("kind", [OSError, _Unpicklable])
def test_a_fault_in_a_worker_process_is_named(
    built: tuple[Path, Path],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    kind: type[OSError],
) -> None:
    root, out = built
    chart = root / "groups/g/.images/chart.png"

    build, render = os.getpid(), workers.render_planned

    def unreadable(planned: Any) -> Any:
        if os.getpid() == build:  # the first of each kind, rendered by the build itself
            return render(planned)
        raise kind(errno.EACCES, "Permission denied", str(chart))

    monkeypatch.setattr(workers, "render_planned", unreadable)  # the workers are forked
    before = tree(out)
    capsys.readouterr()
    assert main(["build", str(root), "-o", str(out), "-q", "-j", "2", "--no-cache"]) == 1
    assert capsys.readouterr().err == (
        f"councilkit: error: cannot write '{chart}': permission denied; check the folder's "
        "permissions or choose another folder\n"
    )
    assert tree(out) == before


def test_a_worker_that_dies_is_named(
    built: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root, out = built

    build, render = os.getpid(), workers.render_planned

    def dies(planned: Any) -> Any:
        if os.getpid() == build:  # the first of each kind, rendered by the build itself
            return render(planned)
        os._exit(9)

    monkeypatch.setattr(workers, "render_planned", dies)
    before = tree(out)
    capsys.readouterr()
    assert main(["build", str(root), "-o", str(out), "-q", "-j", "2", "--no-cache"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("councilkit: error: a worker process stopped while rendering")
    assert "internal error" not in err
    assert tree(out) == before


def test_the_leftovers_of_an_interrupted_build_go_even_when_nothing_changed(
    tmp_path: Path,
) -> None:
    root = make_content(tmp_path / "content")
    out = tmp_path / "out"
    assert main(["build", str(root), "-o", str(out), "-q"]) == 0
    before = tree(out)
    leftovers = [
        out / ".g-mandate-eng.docx.abcd_123.part",
        out / ".councilkit/.cache.json.x1y2z3w4.part",
    ]
    for path in leftovers:
        path.write_bytes(b"half")
    assert main(["build", str(root), "-o", str(out), "-q"]) == 0
    assert tree(out) == before
