"""Building documents: plan the outputs, render, package, write atomically, manifest."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from councilkit.build.manifest import MANIFEST_NAME, BuildResult
from councilkit.build.pipeline import build

if TYPE_CHECKING:
    from councilkit.build.plan import plan_outputs

__all__ = ["MANIFEST_NAME", "BuildResult", "build", "plan_outputs"]


def __getattr__(name: str) -> Any:
    if name == "plan_outputs":  # imports the renderers: only when asked for
        from councilkit.build.plan import plan_outputs

        return plan_outputs
    raise AttributeError(f"module 'councilkit.build' has no attribute {name!r}")
