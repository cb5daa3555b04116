"""``i18n export -o OUT`` writes only under OUT, and never through a symbolic link."""

from __future__ import annotations

from pathlib import Path

import pytest
from i18nkit import run, snapshot


def test_a_linked_group_folder_is_refused(
    content: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    out.mkdir()
    (out / "open-data-standards").symlink_to(elsewhere, target_is_directory=True)
    before = snapshot(content)
    assert run("i18n", "export", str(content), "-o", str(out)) == 1
    err = capsys.readouterr().err
    assert f"councilkit: error: cannot write '{out / 'open-data-standards'}'" in err
    assert "symbolic link" in err
    assert "Traceback" not in err
    assert list(elsewhere.iterdir()) == []
    assert snapshot(content) == before


def test_a_linked_file_is_refused(
    content: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    (out / "open-data-standards").mkdir(parents=True)
    link = out / "open-data-standards" / "mandate.fr.xlf"
    link.symlink_to(victim)
    assert run("i18n", "export", str(content), "-o", str(out)) == 1
    err = capsys.readouterr().err
    assert f"councilkit: error: cannot write '{link}'" in err
    assert victim.read_text() == "keep me"
    assert link.is_symlink()


def test_a_file_where_a_group_folder_goes_is_refused(
    content: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "open-data-standards").write_text("a file")
    assert run("i18n", "export", str(content), "-o", str(out)) == 1
    err = capsys.readouterr().err
    assert f"councilkit: error: cannot write '{out / 'open-data-standards'}'" in err
    assert "a file stands where a folder is needed" in err
    assert (out / "open-data-standards").read_text() == "a file"


def test_out_itself_may_be_a_link(content: Path, tmp_path: Path) -> None:
    real = tmp_path / "real"
    real.mkdir()
    out = tmp_path / "out"
    out.symlink_to(real, target_is_directory=True)
    assert run("i18n", "export", str(content), "-o", str(out)) == 0
    assert (real / "open-data-standards" / "mandate.fr.xlf").is_file()
    assert (real / "project.fr.xlf").is_file()
