"""A redline run stopped midway leaves nothing behind: asked to stop (``SIGTERM``), it
removes its temporary folder and writes nothing; killed outright (``SIGKILL``), it leaves
its temporary folder to the next run, which removes it. The signal is sent by the run
itself once the old version is copied out (a seam: no timing)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from redlinekit import snapshot

from councilkit.redline.scratch import Terminated, stopping_cleanly

STOPPED_MIDWAY = textwrap.dedent(
    """
    import os, signal, sys
    from councilkit.cli import main
    from councilkit.redline import job

    made = job.redline

    def stopped(*args, **kwargs):
        print("scratch:", sorted(os.listdir(os.environ["TMPDIR"])), flush=True)
        os.kill(os.getpid(), signal.SIG{name})
        return made(*args, **kwargs)

    job.redline = stopped
    sys.exit(main(sys.argv[1:]))
    """
)


def stopped_run(
    repository: Path, out: Path, scratch: Path, name: str
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            "-c",
            STOPPED_MIDWAY.format(name=name),
            "redline",
            str(repository),
            "--from",
            "v1",
            "-o",
            str(out),
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "TMPDIR": str(scratch)},
        check=False,
    )


def test_a_run_asked_to_stop_removes_its_temporary_folder(repository: Path, tmp_path: Path) -> None:
    scratch, out = tmp_path / "tmp", tmp_path / "out"
    scratch.mkdir()
    before = snapshot(repository.parent)
    result = stopped_run(repository, out, scratch, "TERM")
    assert "scratch: ['councilkit-bundle-" in result.stdout  # the old version was there
    assert result.returncode == 130
    assert "councilkit: interrupted; nothing was left half-written" in result.stderr
    assert "Traceback" not in result.stderr
    assert list(scratch.iterdir()) == []
    assert not out.exists()
    assert snapshot(repository.parent) == before


def test_a_run_killed_outright_is_cleaned_up_by_the_next(repository: Path, tmp_path: Path) -> None:
    scratch, out = tmp_path / "tmp", tmp_path / "out"
    scratch.mkdir()
    result = stopped_run(repository, out, scratch, "KILL")
    assert result.returncode == -signal.SIGKILL
    (left,) = scratch.iterdir()
    assert left.name.startswith("councilkit-bundle-")
    assert not out.exists()
    arguments = ("redline", str(repository), "--from", "v1", "-o", str(out))
    done = subprocess.run(
        [sys.executable, "-m", "councilkit", *arguments],
        capture_output=True,
        text=True,
        env={**os.environ, "TMPDIR": str(scratch)},
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert list(scratch.iterdir()) == []


def test_the_former_handler_is_put_back() -> None:
    former = signal.getsignal(signal.SIGTERM)
    with pytest.raises(Terminated), stopping_cleanly():
        os.kill(os.getpid(), signal.SIGTERM)
    assert signal.getsignal(signal.SIGTERM) == former
