"""The exceptions councilkit raises.

Hierarchy::

    CouncilkitError (Exception)
    ├── ContentError      content has errors; carries the diagnostics
    └── UsageError        the request cannot be carried out (no such folder, bad option)

Faults of the machine (a full disk, a read-only folder, a permission refused) are
:class:`OSError`; :func:`describe_fault` names them for a person, with the path.

Problems in content are diagnostics, not exceptions: :func:`councilkit.check` returns them
and :func:`councilkit.load` raises one :class:`ContentError` carrying all of them.
"""

from __future__ import annotations

import errno
from collections.abc import Sequence

from councilkit.diagnostics import Diagnostic, summary


class CouncilkitError(Exception):
    """Base class of every error councilkit raises on purpose."""


class ContentError(CouncilkitError, ValueError):
    """The content has errors. ``diagnostics`` holds every problem found, errors and warnings."""

    def __init__(self, diagnostics: Sequence[Diagnostic]) -> None:
        self.diagnostics: tuple[Diagnostic, ...] = tuple(diagnostics)
        lines = [d.format() for d in self.diagnostics if d.is_error]
        super().__init__("\n".join([*lines, summary(self.diagnostics)]))


class UsageError(CouncilkitError):
    """A request councilkit cannot carry out: a missing folder, a bad option, an unsafe path."""


_FAULT_ADVICE = {
    errno.ENOSPC: "the disk is full; free some space and run again",
    errno.EDQUOT: "the disk quota is used up; free some space and run again",
    errno.EROFS: "the folder is on a read-only file system; choose another folder",
    errno.EACCES: "permission denied; check the folder's permissions or choose another folder",
    errno.EPERM: "operation not permitted; check the folder's permissions",
    errno.ENOENT: "no such file or folder",
    errno.ELOOP: "a symbolic link is in the way; councilkit does not write through links",
    errno.ENOTDIR: "a file stands where a folder is needed",
    errno.EISDIR: "a folder stands where a file is needed",
}


def describe_fault(exc: OSError) -> str:
    """One line naming a fault of the machine and its path, for a person.

    >>> import errno
    >>> describe_fault(OSError(errno.ENOSPC, "No space left on device", "out/a.docx"))
    "cannot write 'out/a.docx': the disk is full; free some space and run again"
    """
    path = exc.filename if exc.filename is not None else None
    reason = _FAULT_ADVICE.get(exc.errno or -1) or (exc.strerror or str(exc))
    if path is None:
        return reason
    verb = "read" if exc.errno in (errno.ENOENT,) else "write"
    return f"cannot {verb} '{path}': {reason}"
