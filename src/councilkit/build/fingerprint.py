"""The fingerprint of councilkit's own code: a changed renderer, template or layout in a
checkout changes it, and with it every cache key, where a version number would not.

It is a hash of every file of the installed package (Python modules, templates, data)
except its translation catalogs, which the documents that read them declare as their own
inputs (:mod:`councilkit.build.inputs`). Files are hashed through the memo of
:mod:`councilkit.build.reads`, keyed by their ``stat``: after the first build of a process
it costs one ``stat`` a file.
"""

from __future__ import annotations

import functools
import hashlib
import platform
from pathlib import Path

import councilkit
from councilkit.build.reads import plain_files, read_state


@functools.cache
def package_folder() -> Path:
    """The folder of the installed ``councilkit`` package (it does not move while a
    process runs)."""
    return Path(councilkit.__file__).resolve().parent


def catalog_folder() -> Path:
    """The folder of the translation catalogs (``catalogs/<language>/<domain>.po``)."""
    return package_folder() / "localize" / "catalogs"


def code_fingerprint(package: Path | None = None) -> str:
    """A hash of councilkit's version, the Python that runs it and every file of the
    package (``package``, by default the installed one) but its catalogs."""
    root = package or package_folder()
    digest = hashlib.sha256()
    digest.update(f"{councilkit.__version__}\n{platform.python_version()}\n".encode())
    for path in plain_files(root, leave_out=(root / "localize" / "catalogs",)):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        digest.update(read_state(path).digest.encode() + b"\n")
    return digest.hexdigest()
