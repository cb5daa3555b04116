"""Programs a test needs: skipped on a laptop without them, a failure when CI=true."""

from __future__ import annotations

import os
import shutil

import pytest


def require(name: str, why: str) -> str:
    """The path of program ``name``; skips the test without it, fails in CI. ``why`` says
    what installs it or what it is for."""
    found = shutil.which(name)
    if found is not None:
        return found
    message = f"{name} is not installed ({why})"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(message + "; CI must run every test")
    pytest.skip(message)
