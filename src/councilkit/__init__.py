"""councilkit: bilingual council documents from versioned YAML.

>>> import councilkit
>>> project = councilkit.load("content")            # doctest: +SKIP
>>> for d in councilkit.check("content"): print(d.format())   # doctest: +SKIP
"""

from councilkit.api import check, load, load_checked
from councilkit.diagnostics import Diagnostic, Location, Severity
from councilkit.errors import ContentError, CouncilkitError, UsageError

__version__ = "0.1.0"

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
