"""Cache keys: a hash of everything one output depends on.

A document's key covers councilkit's version, the renderer's kind, the layout folder's
files, the language and timestamp, and the model records the document reads (the
project's settings, its group without the other documents, the document itself, the
group's mandates for documents that quote them, and the bytes of its pictures). Records
are hashed through their ``repr``, which leaves out source positions, so moving text
around a file or editing a comment renders nothing again.
"""

from __future__ import annotations

import dataclasses
import hashlib
from pathlib import Path
from typing import Any

from councilkit import __version__
from councilkit.model import ContentPath, Deck, Mandate, TermsOfReference
from councilkit.validate.walk import iter_records


def document_key(job: Any, language_tag: str, name: str) -> str:
    """The cache key of one planned output (a :class:`~councilkit.render.RenderJob`)."""
    digest = hashlib.sha256()

    def add(label: str, value: str | bytes) -> None:
        data = value.encode("utf-8") if isinstance(value, str) else value
        digest.update(f"{label}:{len(data)}:".encode())
        digest.update(data)

    add("councilkit", __version__)
    add("name", name)
    add("kind", job.document.KIND)
    add("language", language_tag)
    add("side-by-side", repr(job.side_by_side is not None))
    add("timestamp", job.timestamp.isoformat())
    add("settings", repr(job.project.settings))
    add("group", repr(dataclasses.replace(job.group, documents=())))
    add("document", repr(job.document))
    if isinstance(job.document, (Deck, TermsOfReference)):
        for other in job.group.documents:
            if isinstance(other, Mandate):
                add("mandate", repr(other))
    for picture in sorted({p.path for p in iter_records(job.document, ContentPath)}):
        add("picture", (job.content_root / picture).read_bytes())
    add("layout", layout_fingerprint(job.layout_dir))
    return digest.hexdigest()


_LAYOUT_FINGERPRINTS: dict[Path, str] = {}


def layout_fingerprint(folder: Path) -> str:
    """A hash of every file in a layout folder (computed once per process)."""
    if folder not in _LAYOUT_FINGERPRINTS:
        digest = hashlib.sha256()
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            digest.update(path.relative_to(folder).as_posix().encode())
            digest.update(hashlib.sha256(path.read_bytes()).digest())
        _LAYOUT_FINGERPRINTS[folder] = digest.hexdigest()
    return _LAYOUT_FINGERPRINTS[folder]
