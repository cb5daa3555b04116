"""Fixtures of the redline tests: a git repository of the example content whose terms of
reference have every kind of edit a redline tracks (tag ``v1``, then the edits in the
working tree)."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from gitrepo import arm, git, make_repository

# The helpers of these tests live beside them, in redlinekit.py.
if str(Path(__file__).parent) not in sys.path:
    sys.path.insert(0, str(Path(__file__).parent))

from redlinekit import TOR, new_text, old_text


@pytest.fixture
def repository(tmp_path: Path, example_content: Path) -> Path:
    """A repository whose ``content`` folder is committed at the first version (tag
    ``v1``, also checked out in ``old``), then edited in the working tree; armed so that
    running git would leave a marker."""
    root = tmp_path / "repo"
    content = root / "content"
    shutil.copytree(example_content, content)
    tor = content / TOR
    tor.write_text(old_text(tor.read_text(encoding="utf-8")), encoding="utf-8")
    make_repository(root, {})
    git(root, "tag", "v1")
    tor.write_text(new_text(tor.read_text(encoding="utf-8")), encoding="utf-8")
    git(root, "worktree", "add", "-q", str(tmp_path / "old"), "v1")
    arm(root, tmp_path / "git-ran")
    return content


@pytest.fixture
def old_content(repository: Path, tmp_path: Path) -> Path:
    """The first version, checked out beside the repository."""
    return tmp_path / "old" / "content"
