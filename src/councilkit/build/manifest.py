"""The build manifest: what was built, from what, with its checksum."""

from __future__ import annotations

import builtins
import hashlib
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from councilkit.diagnostics import Diagnostic

MANIFEST_NAME = "manifest.json"


@dataclass(frozen=True, slots=True)
class ManifestEntry:
    """One output file."""

    path: str
    group: str
    document: str
    kind: str
    language: str
    version: str
    status: str
    sha256: str
    bytes: builtins.int

    @classmethod
    def of(cls, path: str, data: builtins.bytes, **fields: str) -> ManifestEntry:
        return cls(
            path=path,
            sha256=hashlib.sha256(data).hexdigest(),
            bytes=len(data),
            **fields,
        )


def manifest_json(
    entries: list[ManifestEntry], *, councilkit_version: str, epoch: int | None
) -> bytes:
    """The manifest as stable JSON bytes (sorted by path, fixed key order)."""
    documents = [asdict(e) for e in sorted(entries, key=lambda e: e.path)]
    body = {
        "manifest_version": 1,
        "councilkit_version": councilkit_version,
        "source_date_epoch": epoch,
        "documents": documents,
    }
    return (json.dumps(body, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


@dataclass
class BuildResult:
    """What a build wrote, and the warnings it met on the way."""

    out: Path
    entries: list[ManifestEntry] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    reused: int = 0
    """How many files were unchanged since the last build and not rendered again."""
