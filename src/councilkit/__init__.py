"""councilkit: bilingual council documents from versioned YAML.

>>> import councilkit
>>> project = councilkit.load("content")            # doctest: +SKIP
>>> for d in councilkit.check("content"): print(d.format())   # doctest: +SKIP

The loading functions are imported on first use, so that ``import councilkit`` (and the
command line) does not load YAML, Babel and the model until they are needed.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from councilkit.diagnostics import Diagnostic, Location, Severity
from councilkit.errors import ContentError, CouncilkitError, UsageError

if TYPE_CHECKING:
    from councilkit.api import check, load, load_checked

__version__ = "0.1.0"

_API = frozenset({"check", "load", "load_checked"})

__all__ = [
    "ContentError",
    "CouncilkitError",
    "Diagnostic",
    "Location",
    "Severity",
    "UsageError",
    "__version__",
    "check",
    "load",
    "load_checked",
]


def __getattr__(name: str) -> Any:
    if name in _API:
        value = getattr(importlib.import_module("councilkit.api"), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'councilkit' has no attribute {name!r}")
