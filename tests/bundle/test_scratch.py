"""A killed bundle leaves nothing that outlives the next run, and a running one is never
disturbed: work folders and .part files are locked while in use."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from councilkit.bundle.scratch import (
    PREFIX,
    remove_stale_parts,
    remove_stale_work_folders,
    staged_file,
    work_folder,
)

SRC = Path(__file__).resolve().parents[2] / "src"
CONTENT = Path(__file__).resolve().parents[2] / "content"
EPOCH = "1473811200"


def python(code: str, tmpdir: Path) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a new Python with councilkit importable and TMPDIR set."""
    env = {**os.environ, "PYTHONPATH": str(SRC), "TMPDIR": str(tmpdir)}
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], env=env, capture_output=True, text=True
    )


def test_a_work_folder_is_locked_while_in_use_and_removed_after(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    monkeypatch.setattr("tempfile.tempdir", None)
    with work_folder() as folder:
        assert folder.parent == tmp_path
        assert folder.name.startswith(f"{PREFIX}{os.getpid()}-")
        remove_stale_work_folders(tmp_path)  # the lock is held: it stays
        assert folder.is_dir()
    assert list(tmp_path.iterdir()) == []


def test_what_a_killed_run_left_is_removed_and_nothing_else(tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    killed = python(
        """
        import os, signal
        from pathlib import Path
        from councilkit.bundle.scratch import staged_file, work_folder
        with work_folder() as folder:
            (folder / "build").mkdir()
            with staged_file(Path(os.environ["TMPDIR"]) / "out" / "release.zip") as stream:
                stream.write(b"half a zip")
                os.kill(os.getpid(), signal.SIGKILL)
        """,
        tmp_path,
    )
    assert killed.returncode == -signal.SIGKILL
    left = sorted(p.name for p in tmp_path.iterdir())
    parts = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert len(left) == 2 and left[0].startswith(PREFIX) and left[1] == "out"
    assert len(parts) == 1 and parts[0].startswith(".release.zip.") and parts[0].endswith(".part")
    # neighbours that must stay: a link and a file named like ours, a dead-looking folder
    # of a live process, other files' parts, and a link named like a part
    (tmp_path / f"{PREFIX}link").symlink_to(tmp_path / "out")
    (tmp_path / f"{PREFIX}file").write_text("x")
    (tmp_path / f"{PREFIX}{os.getpid()}-nolock").mkdir()
    (tmp_path / "out/.other.zip.x.part").write_text("x")
    (tmp_path / "out/.release.zip.link.part").symlink_to(tmp_path / f"{PREFIX}file")
    dead = python("import os; print(os.getpid())", tmp_path).stdout.strip()
    (tmp_path / f"{PREFIX}{dead}-nolock").mkdir()
    remove_stale_work_folders(tmp_path)
    remove_stale_parts(tmp_path / "out/release.zip")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [f"{PREFIX}link", f"{PREFIX}file", f"{PREFIX}{os.getpid()}-nolock", "out"]
    )
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        ".other.zip.x.part",
        ".release.zip.link.part",
    ]


def test_a_part_being_written_is_not_removed(tmp_path: Path) -> None:
    target = tmp_path / "release.zip"
    with staged_file(target) as stream:
        stream.write(b"data")
        remove_stale_parts(target)
        assert len(list(tmp_path.iterdir())) == 1
    assert [p.name for p in tmp_path.iterdir()] == ["release.zip"]
    assert target.read_bytes() == b"data"


def bundle_command(out: Path) -> list[str]:
    return [
        sys.executable, "-m", "councilkit", "bundle", str(CONTENT), "-o", str(out / "release.zip"),
        "--group", "open-data-standards", "--lang", "en", "-j", "1", "-q",
    ]  # fmt: skip


def wait_for(condition: Callable[[], bool], process: subprocess.Popen[bytes]) -> None:
    """Poll until ``condition`` holds or the process ends (no timing is asserted)."""
    while not condition() and process.poll() is None:
        time.sleep(0.005)


def test_a_bundle_killed_at_any_point_is_rebuilt_identical_with_nothing_left(
    tmp_path: Path,
) -> None:
    env = {**os.environ, "PYTHONPATH": str(SRC), "SOURCE_DATE_EPOCH": EPOCH}
    clean_tmp, clean_out = tmp_path / "clean-tmp", tmp_path / "clean-out"
    tmpdir, out = tmp_path / "tmp", tmp_path / "out"
    for folder in (clean_tmp, clean_out, tmpdir, out):
        folder.mkdir()
    subprocess.run(bundle_command(clean_out), env={**env, "TMPDIR": str(clean_tmp)}, check=True)
    reference = (clean_out / "release.zip").read_bytes()
    env["TMPDIR"] = str(tmpdir)

    def work() -> list[Path]:
        return [p for p in tmpdir.iterdir() if p.name.startswith(PREFIX)]

    points: dict[str, Callable[[], bool]] = {
        "at once": lambda: True,
        "work folder made": lambda: bool(work()),
        "documents being built": lambda: any((w / "build").exists() for w in work()),
    }
    for point, reached in points.items():
        process = subprocess.Popen(bundle_command(out), env=env, start_new_session=True)
        wait_for(reached, process)
        with contextlib.suppress(ProcessLookupError):  # it may have finished and been reaped
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        if point != "at once" and process.returncode == -signal.SIGKILL:
            assert work(), f"killed when {point}, the run should have left its folder"
        subprocess.run(bundle_command(out), env=env, check=True)
        assert (out / "release.zip").read_bytes() == reference, point
        assert list(tmpdir.iterdir()) == [], point
        assert [p.name for p in out.iterdir()] == ["release.zip"], point
    assert list(clean_tmp.iterdir()) == []
