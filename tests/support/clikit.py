"""Running the ``councilkit`` command as a person does: a new process, its output read."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """``python -m councilkit ARGS`` in ``cwd``; never raises on a non-zero exit."""
    return subprocess.run(
        [sys.executable, "-m", "councilkit", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        check=False,
    )
