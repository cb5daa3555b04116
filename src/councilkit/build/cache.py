"""The build cache: an unchanged document is not rendered again, and a build from
unchanged content does nothing at all.

Each file written is kept with its key (:mod:`councilkit.build.keys`) and checksum; the
whole build with a snapshot of every file it read (:mod:`councilkit.build.snapshot`),
and the files outside the content folder's plain files that it read (pictures in hidden
folders), so that the next snapshot covers them too. This module imports no model and no
renderer, so that finding there is nothing to do costs almost nothing.

The cache lives in the output folder (``OUT/.councilkit/cache.json``): councilkit writes
nothing outside the folder it was given. An entry is used only when the file it describes
is still there with the same checksum.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from councilkit.build.manifest import MANIFEST_NAME, BuildResult, ManifestEntry
from councilkit.build.output import INTERNAL_FOLDER, OutputFolder
from councilkit.diagnostics import Diagnostic, Location, Severity

CACHE_FOLDER = INTERNAL_FOLDER
CACHE_FILE = "cache.json"
CACHE_FORMAT = 2


@dataclasses.dataclass
class BuildCache:
    """Keys and checksums of the files the last build wrote, and the snapshot of the
    content it was built from with the diagnostics it reported."""

    entries: dict[str, dict[str, str]]
    snapshot: str | None = None
    diagnostics: list[dict[str, Any]] = dataclasses.field(default_factory=list)
    inputs: list[str] = dataclasses.field(default_factory=list)
    """Content files the last build read that a snapshot's walk does not see."""
    files: dict[str, list[int | str]] = dataclasses.field(default_factory=dict)
    """The stat and digest of each file the last build read (a memo: a file whose stat
    is unchanged is not read again)."""
    built: list[str] | None = None
    """The files the last build wrote or kept for its selection; the manifest may list
    more (a partial build keeps the entries of the others)."""

    @classmethod
    def read(cls, folder: OutputFolder) -> BuildCache:
        raw = folder.read(CACHE_FILE, internal=True)
        try:
            data = json.loads(raw or b"")
            if data.get("format") == CACHE_FORMAT and isinstance(data.get("entries"), dict):
                return cls(
                    entries=data["entries"],
                    snapshot=data.get("snapshot"),
                    diagnostics=list(data.get("diagnostics", [])),
                    inputs=[str(p) for p in data.get("inputs", [])],
                    files=data.get("files", {}),
                    built=data.get("built"),
                )
        except (ValueError, AttributeError, TypeError):
            pass
        return cls(entries={})

    def unchanged(self, folder: OutputFolder, snapshot: str, manifest: str) -> bool:
        """True when the last build was made from ``snapshot`` and every file it wrote,
        the manifest included, is still on disk as written."""
        if self.snapshot != snapshot or manifest not in self.entries:
            return False
        return all(
            self.hit(folder, name, entry.get("key", "")) is not None
            for name, entry in self.entries.items()
        )

    def hit(self, folder: OutputFolder, name: str, key: str) -> bytes | None:
        """The bytes of ``name`` when it was built from ``key`` and is unchanged on disk."""
        entry = self.entries.get(name)
        if not entry or entry.get("key") != key:
            return None
        data = folder.read(name)
        if data is None:
            return None
        return data if hashlib.sha256(data).hexdigest() == entry.get("sha256") else None

    def record(self, name: str, key: str, data: bytes) -> None:
        self.remember(name, key, hashlib.sha256(data).hexdigest())

    def remember(self, name: str, key: str, sha256: str) -> None:
        self.entries[name] = {"key": key, "sha256": sha256}

    def forget(self, name: str) -> None:
        self.entries.pop(name, None)

    def stage(self, folder: OutputFolder) -> None:
        """Stage the cache in ``folder``'s ``.councilkit`` (moved into place last)."""
        folder.stage(CACHE_FILE, self.to_json(), internal=True)

    def to_json(self) -> bytes:
        body = {
            "format": CACHE_FORMAT,
            "snapshot": self.snapshot,
            "inputs": sorted(self.inputs),
            "files": dict(sorted(self.files.items())),
            "diagnostics": self.diagnostics,
            "entries": dict(sorted(self.entries.items())),
        }
        if self.built is not None:
            body["built"] = sorted(self.built)
        return (json.dumps(body, indent=1) + "\n").encode("utf-8")


def previous_result(
    folder: OutputFolder, cache: BuildCache, on_output: Callable[[Path, bool], None] | None
) -> BuildResult:
    """The last build's result, when nothing it was built from has changed."""
    out = folder.path
    manifest = json.loads(folder.read(MANIFEST_NAME) or b"")
    entries = [ManifestEntry(**entry) for entry in manifest["documents"]]
    if cache.built is not None:  # the manifest also lists files of other selections
        built = set(cache.built)
        entries = [e for e in entries if e.path in built]
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
    return dict(diagnostic.as_dict())
