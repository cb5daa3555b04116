"""Shares of a build for several CI machines: ``build --shard I/N``.

A document's shard comes from a hash of its key ``group/document``, so the same document
always lands in the same shard whatever else is added or removed, and both languages of
a document are built on the same machine. Each shard's manifest records the shard and a
digest of what it was built from, which ``bundle --from`` compares.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from councilkit.build.reads import FileReads
from councilkit.build.snapshot import Snapshot
from councilkit.errors import UsageError

_SHAPE = re.compile(r"([0-9]{1,6})/([0-9]{1,6})")


@dataclass(frozen=True, slots=True)
class Shard:
    """Shard ``index`` of ``total`` (1 ≤ index ≤ total)."""

    index: int
    total: int

    def __str__(self) -> str:
        return f"{self.index}/{self.total}"

    def holds(self, group: str, document: str) -> bool:
        """True when the document ``group/document`` is built in this shard."""
        return shard_of(group, document, self.total) == self.index


def shard_of(group: str, document: str, total: int) -> int:
    """The shard (1 to ``total``) of the document ``group/document``."""
    digest = hashlib.sha256(f"{group}/{document}".encode()).hexdigest()
    return int(digest[:8], 16) % total + 1


def parse_shard(text: str) -> Shard:
    """``I/N`` as a :class:`Shard`; :class:`UsageError` naming ``--shard`` otherwise."""
    match = _SHAPE.fullmatch(text.strip())
    if match is None:
        raise UsageError(f"--shard must be I/N, such as 2/3 (shard 2 of 3), not '{text}'")
    index, total = int(match[1]), int(match[2])
    if total < 1:
        raise UsageError(f"--shard {text}: the number of shards must be 1 or more")
    if not 1 <= index <= total:
        raise UsageError(
            f"--shard {text}: the shard number must be from 1 to the number of shards ({total})"
        )
    return Shard(index, total)


def content_digest(content_root: Path, reads: FileReads | None = None) -> str:
    """A hash of every file a build of the content reads and of councilkit's code: equal
    digests mean the shards were built from the same content by the same councilkit."""
    return Snapshot(reads or FileReads(), content_root, (), "shards").digest()
