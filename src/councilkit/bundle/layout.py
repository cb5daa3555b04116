"""What a bundle holds, and its two lists: ``MANIFEST.json`` and ``SHA256SUMS``.

Layout of the zip (bundle version 2)::

    MANIFEST.json        bundle and councilkit versions, source commit, SOURCE_DATE_EPOCH,
                         and per member: path, sha256, bytes, format, and for the documents,
                         their PDFs and thumbnails: group, document, kind, language,
                         version, status
    SHA256SUMS           every other member, in ``sha256sum -c`` format
    index.html           every document by group and language
    en/…  fr/…           the documents (and their PDFs with --pdf)
    thumbnails/en/…      first pages as PNG (with --pdf)

Every member but the two lists is in both lists; ``MANIFEST.json`` is in ``SHA256SUMS``
too. Nothing else is in a bundle: no folder entries, no links.
"""

from __future__ import annotations

import hashlib
import json

from councilkit import __version__
from councilkit.build.manifest import ManifestEntry

BUNDLE_VERSION = 2
MANIFEST = "MANIFEST.json"
CHECKSUMS = "SHA256SUMS"
INDEX = "index.html"


def file_entry(path: str, data: bytes, fmt: str, entry: ManifestEntry | None) -> dict[str, object]:
    """The manifest's record of the member ``path``; ``entry`` is the document it is, or
    is a copy or picture of (``None`` for the index)."""
    record: dict[str, object] = {
        "path": path,
        "sha256": hashlib.sha256(data).hexdigest(),
        "bytes": len(data),
        "format": fmt,
    }
    if entry is not None:
        record.update(
            group=entry.group,
            document=entry.document,
            kind=entry.kind,
            language=entry.language,
            version=entry.version,
            status=entry.status,
        )
    return record


def manifest_bytes(
    files: list[dict[str, object]], commit: str | None, dirty: bool | None, epoch: int | None
) -> bytes:
    """``MANIFEST.json``, as stable UTF-8 bytes."""
    body = {
        "bundle_version": BUNDLE_VERSION,
        "councilkit_version": __version__,
        "source_commit": commit,
        "source_dirty": dirty,
        "source_date_epoch": epoch,
        "files": sorted(files, key=lambda f: str(f["path"])),
    }
    return (json.dumps(body, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def checksums_bytes(members: dict[str, bytes]) -> bytes:
    """``SHA256SUMS`` for every member given, in name order."""
    return "".join(
        f"{hashlib.sha256(members[name]).hexdigest()}  {name}\n" for name in sorted(members)
    ).encode()
