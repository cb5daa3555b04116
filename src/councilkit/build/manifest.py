"""The build manifest: what was built, from what, with its checksum."""

from __future__ import annotations

import builtins
import hashlib
import json
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from councilkit.diagnostics import Diagnostic

if TYPE_CHECKING:  # the model is not loaded by a build that finds nothing changed
    from councilkit.model import Document, Language

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


def document_facts(group_id: str, document: Document, language: Language) -> dict[str, str]:
    """What a manifest entry records of ``document`` of group ``group_id`` in ``language``
    (besides its path, size and checksum): the build's and the redlines' entries alike."""
    return {
        "group": group_id,
        "document": document.id,
        "kind": document.KIND,
        "language": language.value,
        "version": document.version,
        "status": str(document.status.value),
    }


def manifest_json(
    entries: list[ManifestEntry],
    *,
    councilkit_version: str,
    epoch: int | None,
    shard: tuple[str, str] | None = None,
) -> bytes:
    """The manifest as stable JSON bytes (sorted by path, fixed key order). A shard's
    manifest (``shard``: its ``I/N`` and the digest of the content it was built from)
    also records those two."""
    documents = [asdict(e) for e in sorted(entries, key=lambda e: e.path)]
    body: dict[str, object] = {
        "manifest_version": 1,
        "councilkit_version": councilkit_version,
        "source_date_epoch": epoch,
    }
    if shard is not None:
        body["shard"], body["content_digest"] = shard
    body["documents"] = documents
    return (json.dumps(body, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def merged_entries(
    built: list[ManifestEntry],
    previous: bytes | None,
    *,
    produced: set[str],
    on_disk: Callable[[str], bytes | None],
) -> list[ManifestEntry]:
    """The manifest of a build that may have built part of the content (``--lang``,
    ``--group``): the entries it built, and those of the previous manifest (``previous``,
    its bytes) for files it did not build that the content still gives (``produced``) and
    that are still in the folder as listed (``on_disk(path)`` reads one). A file the
    content no longer gives (a removed document) loses its entry."""
    entries = {e.path: e for e in built}
    for entry in _previous_entries(previous):
        if entry.path in entries or entry.path not in produced:
            continue
        data = on_disk(entry.path)
        if data is not None and hashlib.sha256(data).hexdigest() == entry.sha256:
            entries[entry.path] = entry
    return sorted(entries.values(), key=lambda e: e.path)


def _previous_entries(previous: bytes | None) -> list[ManifestEntry]:
    """The entries of a manifest's bytes; none when it is missing or not councilkit's."""
    try:
        documents = json.loads(previous or b"")["documents"]
        return [ManifestEntry(**entry) for entry in documents]
    except (ValueError, KeyError, TypeError):
        return []


@dataclass
class BuildResult:
    """What a build wrote, and the warnings it met on the way."""

    out: Path
    entries: list[ManifestEntry] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    reused: int = 0
    """How many files were unchanged since the last build and not rendered again."""
