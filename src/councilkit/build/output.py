"""Writing into the output folder: atomically, and never outside it."""

from __future__ import annotations

from pathlib import Path

from councilkit.atomic import atomic_file
from councilkit.errors import UsageError


class OutputFolder:
    """The folder a build writes into. Every file goes to a temporary name in the folder
    first and is renamed over the old one, so that a failure never leaves a half-written
    file where the last good one was."""

    def __init__(self, path: Path) -> None:
        if path.exists() and not path.is_dir():
            raise UsageError(f"output '{path}' exists and is not a folder")
        self.path = path

    def create(self) -> None:
        try:
            self.path.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise UsageError(f"cannot create output folder '{self.path}': {exc.strerror}") from None

    def target(self, name: str) -> Path:
        """The path of ``name`` in the folder; refuses names that would leave it."""
        candidate = self.path / name
        if (
            Path(name).name != name
            or name in ("", ".", "..")
            or not candidate.resolve().parent == self.path.resolve()
        ):
            raise UsageError(
                f"refusing to write '{name}': it is not a plain file name in the output folder"
            )
        return candidate

    def write(self, name: str, data: bytes) -> Path:
        """Write ``data`` to ``name`` atomically; returns its path."""
        target = self.target(name)
        with atomic_file(target) as stream:
            stream.write(data)
        return target
