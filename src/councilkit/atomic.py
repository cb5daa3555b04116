"""Atomic writes: a file is either the old one or the new one, never half-written.

Every file councilkit writes (documents, manifests, bundles, translated YAML) goes to a
temporary file beside it first and is renamed over it with ``os.replace``.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

NEW_FILE_MODE = 0o644


@contextlib.contextmanager
def atomic_file(target: Path) -> Iterator[BinaryIO]:
    """A stream whose bytes replace ``target`` when the block ends without error. On an
    error the temporary file is removed and ``target`` is left as it was. An existing
    file keeps its permissions; a new one gets ``0644``."""
    temporary = _stage(target)
    try:
        with open(temporary, "wb") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def write_atomically(path: Path, text: str) -> None:
    """Write ``text`` (UTF-8, line endings as given) to ``path`` atomically."""
    with atomic_file(path) as stream:
        stream.write(text.encode("utf-8"))


def write_all_atomically(files: dict[Path, str]) -> None:
    """Write every file, or none: each new text goes to a temporary file beside its file
    first; only when all are written are they moved into place."""
    staged: list[tuple[Path, Path]] = []
    try:
        for path, text in files.items():
            temporary = _stage(path)
            staged.append((temporary, path))
            with open(temporary, "wb") as stream:
                stream.write(text.encode("utf-8"))
                stream.flush()
                os.fsync(stream.fileno())
    except BaseException:
        for temporary, _ in staged:
            temporary.unlink(missing_ok=True)
        raise
    for temporary, path in staged:
        os.replace(temporary, path)


def _stage(target: Path) -> Path:
    """An empty temporary file beside ``target``, with the permissions ``target`` will have."""
    handle, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    os.close(handle)
    mode = target.stat().st_mode & 0o7777 if target.is_file() else NEW_FILE_MODE
    os.chmod(name, mode)
    return Path(name)
