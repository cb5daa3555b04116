"""ensure_folder: folders under an output root are reached through no link."""

import errno
import os
from pathlib import Path

import pytest

from councilkit.atomic import ensure_folder


def test_ensure_folder_refuses_links_and_dotdot(tmp_path: Path) -> None:
    out = tmp_path / "out"
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    assert ensure_folder(out, "a/b") == out / "a" / "b"
    os.symlink(elsewhere, out / "link")
    with pytest.raises(OSError) as raised:
        ensure_folder(out, "link/x")
    assert raised.value.errno == errno.ELOOP
    assert not (elsewhere / "x").exists()
    (out / "file").write_text("x")
    with pytest.raises(OSError) as raised:
        ensure_folder(out, "file/x")
    assert raised.value.errno == errno.ENOTDIR
    for bad in ("../x", "/abs", "a/../b"):
        with pytest.raises(ValueError):
            ensure_folder(out, bad)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["elsewhere", "out"]
