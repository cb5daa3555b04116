"""A build killed at any moment (``SIGKILL``: no clean-up runs) and run again gives the
very files a clean build gives, and leaves no temporary file anywhere."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from buildkit import tree

import councilkit
from councilkit.build import build
from councilkit.cli import main

EPOCH = "1473811200"
SEEDS = (1, 2, 3, 4)


def command(content: Path, out: Path, tmpdir: Path) -> tuple[list[str], dict[str, str]]:
    source = Path(councilkit.__file__).resolve().parents[1]
    env = {**os.environ, "PYTHONPATH": str(source), "SOURCE_DATE_EPOCH": EPOCH}
    env["TMPDIR"] = str(tmpdir)
    args = [sys.executable, "-m", "councilkit", "build", str(content), "-o", str(out), "-q"]
    return [*args, "-j", "2"], env


@pytest.fixture(scope="module")
def clean(tmp_path_factory: pytest.TempPathFactory, example_content_module: Path) -> Path:
    out = tmp_path_factory.mktemp("clean") / "out"
    build(example_content_module, out, source_date_epoch=int(EPOCH))
    return out


@pytest.fixture(scope="module")
def example_content_module() -> Path:
    return Path(__file__).resolve().parents[2] / "content"


def test_a_build_killed_anywhere_then_run_again_is_a_clean_build(
    tmp_path: Path, clean: Path, example_content_module: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    tmpdir = tmp_path / "tmp"
    tmpdir.mkdir()
    out = tmp_path / "out"
    args, env = command(example_content_module, out, tmpdir)
    start = time.monotonic()
    subprocess.run(args, env=env, check=True)
    duration = time.monotonic() - start
    assert tree(out) == tree(clean)
    for seed in SEEDS:
        # every other time from nothing, else over the last build, with a changed epoch
        epoch = EPOCH if seed % 2 else str(int(EPOCH) + seed)
        delay = random.Random(seed).uniform(0.1, duration)
        process = subprocess.Popen(
            args, env={**env, "SOURCE_DATE_EPOCH": epoch}, start_new_session=True
        )
        time.sleep(delay)
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        assert main(["build", str(example_content_module), "-o", str(out), "-q", "-j", "1"]) == 0
        assert tree(out) == tree(clean), f"seed {seed}, killed after {delay:.2f} s"
        assert not [p.name for p in out.rglob("*") if p.name.endswith(".part")]
        assert list(tmpdir.iterdir()) == []
