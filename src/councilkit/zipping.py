"""Zip archives whose bytes depend only on their entries, with entries compressed once and
stored in many archives.

Every Word document of a layout carries the same styles, settings and font table. The
standard library's :mod:`zipfile` compresses every entry it writes and has no way to store
data already compressed, so a build would deflate the same parts again for each document.
:class:`Deflated` holds a part compressed once; :func:`write_zip` stores it as is next to
parts given as bytes. The archive is what :mod:`zipfile` writes for the same entries:
deflate at level 6, one fixed time, Unix permissions 0644, no extra fields, no data
descriptors (tests compare the two byte for byte, and read every archive back with
:mod:`zipfile`).
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Iterable
from dataclasses import dataclass

LEVEL = 6
_VERSION = 20  # 2.0: deflate
_UNIX = 3
_UTF8_NAME = 0x800
_PERMISSIONS = 0o100644 << 16
_LOCAL = struct.Struct("<4s2B4HL2L2H")
_CENTRAL = struct.Struct("<4s4B4HL2L5H2L")
_END = struct.Struct("<4s4H2LH")


@dataclass(frozen=True, slots=True)
class Deflated:
    """An entry's data compressed once: the raw deflate stream, its CRC-32 and the size of
    the data before compression."""

    stream: bytes
    crc: int
    size: int

    @classmethod
    def of(cls, data: bytes) -> Deflated:
        # one call, the same stream as compressobj(LEVEL, DEFLATED, -15) gives (default
        # memory level and strategy), without joining two pieces of it
        return cls(zlib.compress(data, LEVEL, -15), zlib.crc32(data), len(data))


def write_zip(entries: Iterable[tuple[str, bytes | Deflated]], date_time: tuple[int, ...]) -> bytes:
    """A zip of ``entries`` in the order given, each stamped ``date_time`` (year, month,
    day, hour, minute, second; 1980 or later). Two entries whose names differ only in
    case are a :class:`ValueError`: Office reads part names regardless of case, and
    refuses a package with two parts of one name."""
    year, month, day, hour, minute, second = date_time[:6]
    dos_date = (year - 1980) << 9 | month << 5 | day
    dos_time = hour << 11 | minute << 5 | second // 2
    chunks: list[bytes] = []
    directory: list[bytes] = []
    offset = 0
    names: set[str] = set()
    for name, content in entries:
        if name.casefold() in names:
            raise ValueError(f"two entries named {name!r} in one package")
        names.add(name.casefold())
        entry = content if isinstance(content, Deflated) else Deflated.of(content)
        try:
            encoded, flags = name.encode("ascii"), 0
        except UnicodeEncodeError:
            encoded, flags = name.encode("utf-8"), _UTF8_NAME
        sizes = (entry.crc, len(entry.stream), entry.size)
        fields = (flags, zlib.DEFLATED, dos_time, dos_date, *sizes, len(encoded), 0)
        local = _LOCAL.pack(b"PK\x03\x04", _VERSION, 0, *fields)
        chunks += (local, encoded, entry.stream)
        directory.append(
            _CENTRAL.pack(
                b"PK\x01\x02", _VERSION, _UNIX, _VERSION, 0, *fields, 0, 0, 0, _PERMISSIONS, offset
            )
            + encoded
        )
        offset += len(local) + len(encoded) + len(entry.stream)
    size = sum(map(len, directory))
    end = _END.pack(b"PK\x05\x06", 0, 0, len(directory), len(directory), size, offset, 0)
    return b"".join([*chunks, *directory, end])  # one copy of the whole archive
