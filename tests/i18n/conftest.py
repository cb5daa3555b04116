"""Fixtures for the translation tests: a copy of the example content to change."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

EXAMPLE = Path(__file__).resolve().parents[2] / "content"


@pytest.fixture
def content(tmp_path: Path) -> Path:
    """A copy of the example content, safe to change."""
    target = tmp_path / "content"
    shutil.copytree(EXAMPLE, target)
    return target


# The helpers of these tests live beside them, in i18nkit.py.
if str(Path(__file__).parent) not in sys.path:
    sys.path.insert(0, str(Path(__file__).parent))
