"""WCAG 2 contrast ratios between colours written as six hex digits (councilkit's own,
in :mod:`councilkit.audit.contrast`)."""

from __future__ import annotations

from councilkit.audit.contrast import contrast, luminance

__all__ = ["contrast", "luminance"]
