"""Cache keys: a hash of everything one output depends on.

A document's key covers councilkit's code (:mod:`councilkit.build.fingerprint`), the
document's kind and file name, the language and timestamp, and what its renderer declares
it reads (:mod:`councilkit.build.inputs`): model records through their ``repr``, files
through their bytes as this build read them. A key is computed from the very job that is
rendered, so the key recorded always describes the bytes written.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from pathlib import Path

from councilkit.build.inputs import files_read, records_read
from councilkit.build.reads import FileReads
from councilkit.render import RenderJob


def document_key(
    job: RenderJob,
    name: str,
    code: str,
    reads: FileReads,
    *,
    files: Sequence[Path] | None = None,
    text_of: Callable[[object], str] = repr,
    file_of: Callable[[Path, RenderJob], str] | None = None,
) -> str:
    """The cache key of one planned output, given the code's fingerprint (and the files
    its renderer reads, when the caller has them: :func:`files_read` of the job). Records
    are hashed through ``text_of``: their ``repr``, or a memo of it; files through
    ``file_of``: :func:`file_line`, or a memo of it."""
    digest = hashlib.sha256()

    def add(label: str, value: str | bytes) -> None:
        data = value.encode("utf-8") if isinstance(value, str) else value
        digest.update(f"{label}:{len(data)}:".encode())
        digest.update(data)

    add("code", code)
    add("name", name)
    add("kind", job.document.KIND)
    add("language", job.localizer.tag)
    add("side-by-side", job.side_by_side.tag if job.side_by_side is not None else "")
    add("timestamp", job.timestamp.isoformat())
    for label, record in records_read(job):
        add(label, text_of(record))
    for path in files_read(job) if files is None else files:
        add("file", file_line(path, job, reads) if file_of is None else file_of(path, job))
    return digest.hexdigest()


def file_line(path: Path, job: RenderJob, reads: FileReads) -> str:
    """What a key holds of a file ``job`` reads: its name and the digest of its bytes."""
    return f"{_label(path, job)}\0{reads.digest(path)}"


def _label(path: Path, job: RenderJob) -> str:
    """A name for ``path`` that does not depend on where the folders are: content files
    relative to the layout's folder or the content folder, others by name."""
    for folder in (job.layout_dir, job.content_root):
        if path.is_relative_to(folder):
            return path.relative_to(folder).as_posix()
    return f"{path.parent.name}/{path.name}"
