"""One group's files to render, made when the group is checked and kept until it is
rendered, so that a build reads and checks each group once.

The planned outputs of a group (its model, jobs and localizers) are pickled once, into
one payload: the render, in this process or in a worker, takes them from it, and a worker
that renders several files of the same group unpickles it once. The payload is about the
size of the group's YAML files; past :data:`HELD_LIMIT` bytes for the whole build, a
group's payload is not kept, and the group is read and checked again when its turn comes
(so that memory stays bounded however many groups the content has).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from councilkit.build import pickling
from councilkit.build.manifest import ManifestEntry, document_facts
from councilkit.build.plan import PlannedOutput

HELD_LIMIT = 64 * 1024 * 1024
"""Bytes of payloads one build keeps between the check and the render, at most."""


@dataclass(frozen=True, slots=True)
class Pending:
    """One file to render: what the build records of it, known before it is rendered."""

    name: str
    key: str
    """Its cache key, computed from the very job that is rendered."""
    files: tuple[Path, ...]
    """The files its renderer reads (:func:`~councilkit.build.inputs.files_read`)."""
    facts: tuple[tuple[str, str], ...]
    """What the manifest says of it besides its bytes: group, document, kind, language,
    version and status."""

    @classmethod
    def of(cls, planned: PlannedOutput, key: str, files: Sequence[Path]) -> Pending:
        """The record of ``planned``, its key computed from the files its renderer reads
        (``files``)."""
        facts = document_facts(planned.group.id, planned.document, planned.language)
        return cls(planned.name, key, tuple(files), tuple(facts.items()))

    def entry(self, data: bytes) -> ManifestEntry:
        """Its manifest entry, once rendered into ``data``."""
        return ManifestEntry.of(self.name, data, **dict(self.facts))


@dataclass(frozen=True, slots=True)
class Batch:
    """The files of one group to render: each with its :class:`Pending`, and the planned
    outputs pickled in ``payload`` in the same order (None when not kept: the group is
    read again)."""

    folder: Path
    pending: tuple[Pending, ...]
    payload: bytes | None

    @classmethod
    def of(
        cls, folder: Path, planned: Sequence[PlannedOutput], pending: Sequence[Pending]
    ) -> Batch:
        """The batch of ``planned`` (with their ``pending`` records), its payload made."""
        return cls(folder, tuple(pending), pack(planned))


def pack(planned: Sequence[PlannedOutput]) -> bytes:
    """The planned outputs as one payload: what they share (the project, the group) is
    pickled once."""
    return pickling.dumps(tuple(planned))


def unpack(payload: bytes) -> tuple[PlannedOutput, ...]:
    """The planned outputs of a payload made by :func:`pack` in this build."""
    planned: tuple[PlannedOutput, ...] = pickling.loads(payload)  # only what pack() made
    return planned


class Holding:
    """The payloads a build keeps, up to :data:`HELD_LIMIT` bytes in all."""

    def __init__(self, limit: int | None = None) -> None:
        self.limit = HELD_LIMIT if limit is None else limit
        self.held = 0
        self.full = False

    def batch(
        self, folder: Path, planned: Sequence[PlannedOutput], pending: Sequence[Pending]
    ) -> Batch:
        """The batch of ``planned`` (with their ``pending`` records), its payload kept
        while the limit allows (once it does not, the groups after are read again too)."""
        if not self.full:
            batch = Batch.of(folder, planned, pending)
            size = len(batch.payload or b"")
            if self.held + size <= self.limit:
                self.held += size
                return batch
            self.full = True
        return Batch(folder, tuple(pending), None)
