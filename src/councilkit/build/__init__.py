"""Building documents: plan the outputs, render, package, write atomically, manifest."""

from councilkit.build.manifest import MANIFEST_NAME, BuildResult
from councilkit.build.pipeline import build
from councilkit.build.plan import plan_outputs

__all__ = ["MANIFEST_NAME", "BuildResult", "build", "plan_outputs"]
