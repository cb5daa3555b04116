"""A redline run stopped midway leaves nothing behind: asked to stop (``SIGTERM``), it
removes its temporary folder and writes nothing (stopped while writing, it removes what it
wrote and the output folder it made); killed outright (``SIGKILL``), it leaves its
temporary folder to the next run, which removes it. The signal is sent by the run itself,
once the old version is copied out or when it writes its first file (a seam: no
timing)."""

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

    owner, name = {step}
    step = getattr(owner, name)

    def stopped(*args, **kwargs):
        print("scratch:", sorted(os.listdir(os.environ["TMPDIR"])), flush=True)
        if os.path.isdir(sys.argv[-1]):
            print("out:", sorted(os.listdir(sys.argv[-1])), flush=True)
        os.kill(os.getpid(), signal.SIG{name})
        return step(*args, **kwargs)

    setattr(owner, name, stopped)
    sys.exit(main(sys.argv[1:]))
    """
)
MAKING = "job, 'redline'"
"""The step the run stops at: making the first redline (the old version copied out)."""
WRITING = "job.StagedFiles, 'add'"
"""Or writing the first file (every redline made)."""


def stopped_run(
    repository: Path, out: Path, scratch: Path, name: str, step: str = MAKING
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            "-c",
            STOPPED_MIDWAY.format(name=name, step=step),
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


@pytest.mark.parametrize("step", [MAKING, WRITING])
def test_a_run_asked_to_stop_leaves_nothing_behind(
    repository: Path, tmp_path: Path, step: str
) -> None:
    scratch, out = tmp_path / "tmp", tmp_path / "out"
    scratch.mkdir()
    before = snapshot(repository.parent)
    result = stopped_run(repository, out, scratch, "TERM", step)
    if step == MAKING:
        assert "scratch: ['councilkit-bundle-" in result.stdout  # the old version was there
    else:
        assert "out: []" in result.stdout  # the output folder was made
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
