"""ensure_folder: folders under an output root are reached through no link."""

import errno, os, pytest
from pathlib import Path
from councilkit.atomic import ensure_folder
def test_ensure_folder_refuses_links_and_dotdot(tmp_path):
    out = tmp_path/"out"; elsewhere = tmp_path/"elsewhere"; elsewhere.mkdir()
    assert ensure_folder(out, "a/b") == out/"a"/"b"
    os.symlink(elsewhere, out/"link")
    with pytest.raises(OSError) as e: ensure_folder(out, "link/x")
    assert e.value.errno == errno.ELOOP and not (elsewhere/"x").exists()
    with pytest.raises(ValueError): ensure_folder(out, "../x")
