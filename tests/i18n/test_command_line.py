"""Options may stand anywhere on the ``i18n`` command lines."""

from __future__ import annotations

from pathlib import Path

import pytest
from i18nkit import export_with_one_change, run, snapshot


@pytest.fixture
def changed(content: Path, tmp_path: Path) -> Path:
    return export_with_one_change(content, tmp_path / "out", "Approuvé")


@pytest.mark.parametrize("where", [0, 1, 2])
def test_dry_run_anywhere(
    content: Path, changed: Path, where: int, capsys: pytest.CaptureFixture[str]
) -> None:
    arguments = [str(content), str(changed)]
    arguments.insert(where, "--dry-run")
    before = snapshot(content)
    capsys.readouterr()
    assert run("i18n", "import", *arguments) == 0
    assert "would write 1 translations" in capsys.readouterr().out
    assert snapshot(content) == before


def test_quiet_between_files_still_imports(content: Path, changed: Path) -> None:
    before = snapshot(content)
    assert run("i18n", "import", str(content), "-q", str(changed)) == 0
    assert snapshot(content) != before


def test_confirm_dry_run_between_positions(
    content: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = snapshot(content)
    capsys.readouterr()
    status = run("i18n", "confirm", str(content), "--dry-run", "--group", "open-data-standards")
    assert status == 0
    assert "would confirm" in capsys.readouterr().out
    assert snapshot(content) == before


def test_an_unknown_option_is_still_a_usage_error(
    content: Path, changed: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = snapshot(content)
    assert run("i18n", "import", str(content), "--dry-rn", str(changed)) == 2
    assert "unrecognized arguments: --dry-rn" in capsys.readouterr().err
    assert snapshot(content) == before
