"""The build cache: an unchanged document is not rendered again, and a build from
unchanged content does nothing at all.

Each file written is kept with its key (:mod:`councilkit.build.keys`) and checksum; the
whole build with a snapshot of every content and layout file. This module imports no
model and no renderer, so that finding there is nothing to do costs almost nothing.

The cache lives in the output folder (``OUT/.councilkit/cache.json``): councilkit writes
nothing outside the folder it was given. An entry is used only when the file it describes
is still there with the same checksum.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from councilkit import __version__
from councilkit.build.manifest import MANIFEST_NAME, BuildResult, ManifestEntry
from councilkit.build.output import OutputFolder
from councilkit.diagnostics import Diagnostic, Location, Severity

CACHE_FOLDER = ".councilkit"
CACHE_FILE = "cache.json"
CACHE_FORMAT = 1


def content_snapshot(content_root: Path, layout_folders: Sequence[Path], selection: str) -> str:
    """A hash of every file of the content folder and of the layouts, with councilkit's
    version and what was asked for: equal snapshots mean a build has nothing to do."""
    digest = hashlib.sha256()
    digest.update(f"{__version__}\n{selection}\n".encode())
    for folder in (content_root, *layout_folders):
        if not folder.is_dir():
            continue
        for path in sorted(folder.rglob("*")):
            relative = path.relative_to(folder)
            if path.is_file() and not any(part.startswith(".") for part in relative.parts):
                digest.update(relative.as_posix().encode() + b"\0")
                digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


@dataclasses.dataclass
class BuildCache:
    """Keys and checksums of the files the last build wrote, and the snapshot of the
    content it was built from with the diagnostics it reported."""

    entries: dict[str, dict[str, str]]
    snapshot: str | None = None
    diagnostics: list[dict[str, Any]] = dataclasses.field(default_factory=list)

    @classmethod
    def read(cls, out: Path) -> BuildCache:
        path = out / CACHE_FOLDER / CACHE_FILE
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("format") == CACHE_FORMAT and isinstance(data.get("entries"), dict):
                return cls(
                    entries=data["entries"],
                    snapshot=data.get("snapshot"),
                    diagnostics=list(data.get("diagnostics", [])),
                )
        except (OSError, ValueError, AttributeError, TypeError):
            pass
        return cls(entries={})

    def unchanged(self, out: Path, snapshot: str, manifest: str) -> bool:
        """True when the last build was made from ``snapshot`` and every file it wrote,
        the manifest included, is still on disk as written."""
        if self.snapshot != snapshot or manifest not in self.entries:
            return False
        return all(
            self.hit(out, name, entry.get("key", "")) is not None
            for name, entry in self.entries.items()
        )

    def hit(self, out: Path, name: str, key: str) -> bytes | None:
        """The bytes of ``name`` when it was built from ``key`` and is unchanged on disk."""
        entry = self.entries.get(name)
        if not entry or entry.get("key") != key:
            return None
        try:
            data = (out / name).read_bytes()
        except OSError:
            return None
        return data if hashlib.sha256(data).hexdigest() == entry.get("sha256") else None

    def record(self, name: str, key: str, data: bytes) -> None:
        self.remember(name, key, hashlib.sha256(data).hexdigest())

    def remember(self, name: str, key: str, sha256: str) -> None:
        self.entries[name] = {"key": key, "sha256": sha256}

    def write(self, out: Path) -> None:
        """Save the cache in ``out`` (atomically, like every file a build writes)."""
        internal = OutputFolder(out / CACHE_FOLDER)
        internal.create()
        internal.write(CACHE_FILE, self.to_json())

    def to_json(self) -> bytes:
        body = {
            "format": CACHE_FORMAT,
            "snapshot": self.snapshot,
            "diagnostics": self.diagnostics,
            "entries": dict(sorted(self.entries.items())),
        }
        return (json.dumps(body, indent=1) + "\n").encode("utf-8")


def previous_result(
    out: Path, cache: BuildCache, on_output: Callable[[Path, bool], None] | None
) -> BuildResult:
    """The last build's result, when nothing it was built from has changed."""
    manifest = json.loads((out / MANIFEST_NAME).read_text(encoding="utf-8"))
    entries = [ManifestEntry(**entry) for entry in manifest["documents"]]
    diagnostics = [
        Diagnostic(
            Location(d["path"], d["line"], d["column"]),
            Severity(d["severity"]),
            d["code"],
            d["message"],
        )
        for d in cache.diagnostics
    ]
    if on_output is not None:
        for entry in entries:
            on_output(out / entry.path, True)
    return BuildResult(out=out, entries=entries, diagnostics=diagnostics, reused=len(entries))


def diagnostic_json(diagnostic: Diagnostic) -> dict[str, object]:
    location = diagnostic.location
    return {
        "path": location.path,
        "line": location.line,
        "column": location.column,
        "severity": diagnostic.severity.value,
        "code": diagnostic.code,
        "message": diagnostic.message,
    }
