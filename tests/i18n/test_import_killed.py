"""A killed ``i18n import`` leaves every content file wholly old or wholly new.

The import runs as a real process on three files and is killed (SIGKILL) at random
moments and at each named step of its commit. The next i18n command (or check) finishes
or discards what it left; the content is then the old or the new one, never a mix, no
temporary file is left anywhere, and importing again gives exactly a clean import."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from i18nkit import NS, run, set_xliff_target, snapshot

import councilkit

SRC = Path(councilkit.__file__).resolve().parents[1]
GROUP = "open-data-standards"
DOCUMENTS = ("mandate", "terms-of-reference", "deck-2016-11-16")
STEPS = ("opened", "copied", "staged", "committed", "moved-0", "moved-1", "moved-2", "cleaning")
JOURNAL = ".councilkit-import"


class Case:
    """Pristine content, three changed translation files, and the content as a clean
    import leaves it."""

    def __init__(self, base: Path, content: Path) -> None:
        self.base = base
        self.pristine = content
        out = base / "out"
        assert run("i18n", "export", str(content), "-o", str(out), "--group", GROUP) == 0
        self.files = [out / GROUP / f"{name}.fr.xlf" for name in DOCUMENTS]
        for number, path in enumerate(self.files):
            first = ET.parse(path).getroot().find(".//x:trans-unit", NS)
            assert first is not None
            set_xliff_target(path, first.get("id", ""), f"Nouvelle traduction {number}")
        self.old = snapshot(content)
        clean = self.fresh("clean")
        assert run("i18n", "import", str(clean), *map(str, self.files)) == 0
        self.new = snapshot(clean)
        changed = [name for name in self.old if self.old[name] != self.new[name]]
        assert len(changed) == 3, changed
        self.temp = base / "tmp"
        self.temp.mkdir()

    def fresh(self, name: str) -> Path:
        target = self.base / name
        shutil.copytree(self.pristine, target)
        return target

    def start(self, content: Path, kill_at: str | None = None) -> subprocess.Popen[bytes]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("COUNCILKIT_")}
        env.update(PYTHONPATH=str(SRC), TMPDIR=str(self.temp))
        if kill_at:
            env["COUNCILKIT_TEST_KILL_AT"] = kill_at
        command = [sys.executable, "-m", "councilkit", "i18n", "import", str(content)]
        return subprocess.Popen(
            [*command, *map(str, self.files)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    def assert_whole_then_finish(self, content: Path) -> None:
        """After the next command: wholly old or wholly new, nothing left over; then a
        second import ends exactly as a clean one."""
        assert run("i18n", "status", str(content), "--summary") == 0
        state = snapshot(content)
        assert state in (self.old, self.new), sorted(
            n for n in state if state[n] not in (self.old.get(n), self.new.get(n))
        )
        assert not (content / JOURNAL).exists()
        assert list(self.temp.iterdir()) == []
        assert run("i18n", "import", str(content), *map(str, self.files)) == 0
        assert snapshot(content) == self.new
        hidden = [p for p in content.rglob(".*")]
        assert hidden == []


@pytest.fixture
def case(content: Path, tmp_path: Path) -> Case:
    return Case(tmp_path, content)


@pytest.mark.parametrize("step", STEPS)
def test_killed_at_each_step(case: Case, step: str) -> None:
    content = case.fresh(step)
    process = case.start(content, kill_at=step)
    assert process.wait(timeout=60) == -signal.SIGKILL
    assert (content / JOURNAL).is_dir()
    case.assert_whole_then_finish(content)


def test_killed_at_random_moments(case: Case) -> None:
    # How long one import takes here, to spread the kills over it (nothing is asserted
    # about time): most fall while it loads and checks, some while it commits.
    content = case.fresh("timed")
    started = time.monotonic()
    assert case.start(content).wait(timeout=60) == 0
    duration = time.monotonic() - started
    assert snapshot(content) == case.new
    outcomes = set()
    for seed in range(6):
        content = case.fresh(f"seed-{seed}")
        delay = random.Random(seed).uniform(0.5, 1.05) * duration
        process = case.start(content)
        try:
            process.wait(timeout=delay)
        except subprocess.TimeoutExpired:
            process.kill()
        outcomes.add(process.wait(timeout=60))
        case.assert_whole_then_finish(content)
    assert -signal.SIGKILL in outcomes


def test_check_finishes_a_committed_import(case: Case, capsys: pytest.CaptureFixture[str]) -> None:
    content = case.fresh("check")
    assert case.start(content, kill_at="moved-1").wait(timeout=60) == -signal.SIGKILL
    capsys.readouterr()
    run("check", str(content))
    err = capsys.readouterr().err
    assert "councilkit: finished writing the translations of an import that was interrupted" in err
    assert snapshot(content) == case.new


def test_check_discards_an_uncommitted_import(
    case: Case, capsys: pytest.CaptureFixture[str]
) -> None:
    content = case.fresh("check")
    assert case.start(content, kill_at="staged").wait(timeout=60) == -signal.SIGKILL
    capsys.readouterr()
    run("check", str(content))
    err = capsys.readouterr().err
    assert "an import was interrupted before it wrote anything" in err
    assert snapshot(content) == case.old
