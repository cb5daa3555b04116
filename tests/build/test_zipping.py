"""The zip writer stores entries compressed once next to entries given as bytes, and
writes exactly what the standard library's zipfile writes for the same entries."""

from __future__ import annotations

import io
import zipfile

import pytest

from councilkit.zipping import Deflated, write_zip

STAMP = (2016, 9, 14, 13, 45, 30)
ENTRIES = [
    ("[Content_Types].xml", b"<Types/>"),
    ("word/document.xml", b"<w:document>" + b"<w:p/>" * 5000 + b"</w:document>"),
    ("word/media/image1.png", bytes(range(256)) * 4),
    ("docs/r\u00e9sum\u00e9.txt", "d\u00e9j\u00e0".encode()),
    ("empty", b""),
]


def standard(entries: list[tuple[str, bytes]]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3
            info.external_attr = 0o100644 << 16
            archive.writestr(info, data, compresslevel=6)
    return out.getvalue()


def test_the_archive_is_what_zipfile_writes() -> None:
    assert write_zip(ENTRIES, STAMP) == standard(ENTRIES)


def test_entries_compressed_once_are_stored_as_they_are() -> None:
    mixed = [(name, Deflated.of(data) if i % 2 else data) for i, (name, data) in enumerate(ENTRIES)]
    data = write_zip(mixed, STAMP)
    assert data == standard(ENTRIES)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.testzip() is None
        assert [(n, archive.read(n)) for n in archive.namelist()] == ENTRIES
        assert {info.date_time for info in archive.infolist()} == {STAMP}
        assert {info.external_attr >> 16 for info in archive.infolist()} == {0o100644}


def test_two_entries_of_one_name_are_refused_whatever_their_case() -> None:
    with pytest.raises(ValueError, match=r"two entries named 'word/media/IMAGE1\.png'"):
        write_zip([("word/media/image1.png", b"a"), ("word/media/IMAGE1.png", b"b")], STAMP)
