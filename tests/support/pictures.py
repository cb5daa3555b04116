"""Pictures for tests, good and hostile, made with Pillow or written byte by byte."""

from __future__ import annotations

import io
import struct
import zlib

from PIL import Image


def picture(fmt: str, *, size: tuple[int, int] = (40, 30), mode: str = "RGB") -> bytes:
    """A real picture in Pillow's format ``fmt`` (PNG, JPEG, GIF, BMP, TIFF, WEBP)."""
    out = io.BytesIO()
    Image.new(mode, size, "red").save(out, fmt)
    return out.getvalue()


def animated_gif() -> bytes:
    """A GIF of two frames."""
    out = io.BytesIO()
    first, second = Image.new("RGB", (10, 10), "red"), Image.new("RGB", (10, 10), "blue")
    first.save(out, "GIF", save_all=True, append_images=[second])
    return out.getvalue()


def png_declaring(width: int, height: int) -> bytes:
    """A tiny PNG whose header (with a correct checksum) declares ``width`` × ``height``
    pixels and whose data holds none of them."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data)
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b""))
        + chunk(b"IEND", b"")
    )


SVG = b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>\n'
