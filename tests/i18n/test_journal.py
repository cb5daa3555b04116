"""The import journal is inside the content folder, so it is not trusted: a damaged or
planted journal moves nothing and says what to do."""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
from pathlib import Path

import pytest
from i18nkit import MANDATE, export_with_one_change, run, set_xliff_target, snapshot

from councilkit import journal

DAMAGED = "the journal of an interrupted import is damaged"


def _plant(content: Path, path: str, data: bytes, checksum: str | None = None) -> Path:
    folder = content / journal.JOURNAL
    folder.mkdir()
    (folder / "0.yaml").write_bytes(data)
    entry = {
        "path": path,
        "staged": "0.yaml",
        "sha256": checksum or hashlib.sha256(data).hexdigest(),
    }
    manifest = {"councilkit-journal": 1, "files": [entry]}
    (folder / journal.MANIFEST).write_text(json.dumps(manifest))
    return folder


def _status_refused(content: Path, capsys: pytest.CaptureFixture[str]) -> str:
    before = snapshot(content)
    capsys.readouterr()
    assert run("i18n", "status", str(content)) == 1
    err = capsys.readouterr().err
    assert snapshot(content) == before
    assert "Traceback" not in err
    return err


def test_a_planted_path_outside_the_content_is_refused(
    content: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    outside = tmp_path / "outside.yaml"
    outside.write_text("keep: me\n")
    _plant(content, "../outside.yaml", b"owned: true\n")
    err = _status_refused(content, capsys)
    assert f"councilkit: error: '{content / journal.JOURNAL / journal.MANIFEST}': {DAMAGED}" in err
    assert "'../outside.yaml' is not a path inside the content folder" in err
    assert outside.read_text() == "keep: me\n"


def test_a_staged_file_with_another_checksum_is_refused(
    content: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _plant(content, MANDATE, b"schema: 1\n", checksum="0" * 64)
    err = _status_refused(content, capsys)
    assert "'0.yaml' does not have the checksum recorded" in err


def test_a_linked_content_file_in_the_manifest_is_refused(
    content: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    victim = tmp_path / "victim.yaml"
    victim.write_text("keep: me\n")
    (content / "groups/linked.yaml").symlink_to(victim)
    _plant(content, "groups/linked.yaml", b"owned: true\n")
    err = _status_refused(content, capsys)
    assert "is a symbolic link" in err
    assert victim.read_text() == "keep: me\n"


@pytest.mark.parametrize("manifest", [b"{", b"[]", b'{"councilkit-journal": 2}', b"\xff"])
def test_a_manifest_that_is_not_councilkits(
    content: Path, capsys: pytest.CaptureFixture[str], manifest: bytes
) -> None:
    folder = _plant(content, MANDATE, b"schema: 1\n")
    (folder / journal.MANIFEST).write_bytes(manifest)
    assert DAMAGED in _status_refused(content, capsys)


def test_a_journal_that_is_a_link_is_refused(
    content: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "precious.txt").write_text("keep")
    (content / journal.JOURNAL).symlink_to(elsewhere, target_is_directory=True)
    err = _status_refused(content, capsys)
    assert "is not a folder councilkit made (it is a link or a file); remove it" in err
    assert (elsewhere / "precious.txt").read_text() == "keep"


def test_an_uncommitted_journal_is_removed(
    content: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _plant(content, MANDATE, b"schema: 1\n")
    (folder / journal.MANIFEST).rename(folder / (journal.MANIFEST + ".part"))
    before = snapshot(content)
    assert run("i18n", "status", str(content)) == 0
    assert not folder.exists()
    assert snapshot(content) == {k: v for k, v in before.items() if not k.startswith(".")}


def test_a_content_file_that_is_a_link_is_not_written_through(
    content: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    real = content / "real-mandate.yaml"
    mandate = content / MANDATE
    real.write_bytes(mandate.read_bytes())
    mandate.unlink()
    mandate.symlink_to(real)
    out = tmp_path / "out"
    assert (
        run("i18n", "export", str(content), "-o", str(out), "--group", "open-data-standards") == 0
    )
    xliff = out / "open-data-standards/mandate.fr.xlf"
    set_xliff_target(xliff, "history[2].summary", "Résumé approuvé")
    before, real_before = snapshot(content), real.read_bytes()
    capsys.readouterr()
    assert run("i18n", "import", str(content), str(xliff)) == 1
    captured = capsys.readouterr()
    err = captured.out + captured.err
    assert "is a symbolic link; councilkit does not write through links" in err
    assert snapshot(content) == before
    assert real.read_bytes() == real_before
    assert not (content / journal.JOURNAL).exists()


def test_a_second_import_at_the_same_time_is_refused(
    content: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    xliff = export_with_one_change(content, tmp_path / "out", "Résumé approuvé")
    before = snapshot(content)
    descriptor = os.open(content, os.O_RDONLY)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX)  # as a running import holds it
        capsys.readouterr()
        assert run("i18n", "import", str(content), str(xliff)) == 1
        assert run("i18n", "status", str(content), "--summary") == 0
    finally:
        os.close(descriptor)
    err = capsys.readouterr().err
    assert f"councilkit: error: another councilkit command is writing into '{content}'" in err
    assert snapshot(content) == before
    assert run("i18n", "import", str(content), str(xliff)) == 0
    assert snapshot(content) != before
