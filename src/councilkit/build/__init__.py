"""Building documents: plan the outputs, render, package, write atomically, manifest."""

from councilkit.build.pipeline import MANIFEST_NAME, BuildResult, build, plan_outputs

__all__ = ["MANIFEST_NAME", "BuildResult", "build", "plan_outputs"]
