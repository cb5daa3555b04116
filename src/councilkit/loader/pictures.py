"""Pictures named in content, opened and decoded when content is read, so that a picture
Word or PowerPoint cannot show is an error of ``check`` and never a failure half-way
through a build.

A picture passes when:

- it is a PNG, JPEG, GIF or BMP file (the formats both Word and PowerPoint show on every
  platform, Office on the web included) whose name ends with its format's extension;
- it holds at most :data:`MAX_PICTURE_BYTES` bytes and :data:`MAX_PICTURE_PIXELS` pixels,
  and at least one pixel across and down;
- it holds one frame (an animation shows only its first frame on paper and in PDF);
- Pillow decodes every pixel of it (a truncated or damaged file fails here); Pillow is
  asked to parse these four formats only, other files are named by their first bytes;
- python-docx, which the Word renderer uses to read a picture's size and resolution,
  reads its header and finds the same size.

Each picture is decoded once per :class:`PictureCheck`: a check or a build reads a picture
used by many documents once.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image, UnidentifiedImageError

MAX_PICTURE_BYTES = 20 * 1024 * 1024
"""Pictures larger than this are refused (a full-page picture needs a few MiB at most)."""

MAX_PICTURE_PIXELS = 40_000_000
"""Pictures with more pixels than this (8000 × 5000) are refused: decoding one takes
about four bytes a pixel of memory, and a page or slide never needs so many."""

PICTURE_EXTENSIONS: dict[str, tuple[str, ...]] = {
    "PNG": (".png",),
    "JPEG": (".jpg", ".jpeg"),
    "GIF": (".gif",),
    "BMP": (".bmp",),
}
"""The formats councilkit places, by Pillow's format name, with their file extensions
(the first is the one to rename a file to)."""

PICTURE_SUFFIXES = frozenset(s for suffixes in PICTURE_EXTENSIONS.values() for s in suffixes)

_FORMAT_NAMES = {"MPO": "multi-picture JPEG (MPO)"}
_KNOWN = "PNG, JPEG, GIF or BMP"

# Formats Pillow is not asked to parse, told by their first bytes so the message can name
# them: (offset, signature, name).
_OTHER_FORMATS = (
    (0, b"II*\x00", "TIFF"),
    (0, b"MM\x00*", "TIFF"),
    (8, b"WEBP", "WebP"),
    (4, b"ftypheic", "HEIC"),
    (4, b"ftypmif1", "HEIF"),
    (4, b"ftypavif", "AVIF"),
    (0, b"%PDF", "PDF"),
    (0, b"\xd7\xcd\xc6\x9a", "WMF"),
    (0, b"\x01\x00\x00\x00", "EMF"),
)


@dataclass(frozen=True, slots=True)
class PictureProblem:
    """Why a picture cannot be placed: a diagnostic code and a message for people."""

    code: str
    message: str


@dataclass
class PictureCheck:
    """Checks pictures, each file once however many documents show it."""

    _seen: dict[tuple[Path, int, int], PictureProblem | None] = field(default_factory=dict)

    def problem(self, path: Path, written: str) -> PictureProblem | None:
        """What is wrong with the picture at ``path`` (written ``written`` in content), or
        None when Word and PowerPoint can show it."""
        stat = path.stat()
        key = (path, stat.st_size, stat.st_mtime_ns)
        if key not in self._seen:
            self._seen[key] = inspect_picture(path, written, stat.st_size)
        return self._seen[key]


def inspect_picture(path: Path, written: str, size: int) -> PictureProblem | None:
    """What is wrong with the ``size``-byte picture at ``path``, or None."""
    if size > MAX_PICTURE_BYTES:
        return PictureProblem(
            "file-too-large",
            f"'{written}' is {size:,} bytes, over the limit of {MAX_PICTURE_BYTES:,}; "
            "shrink it, or save it as JPEG",
        )
    if size == 0:
        return _bad(f"'{written}' is empty (0 bytes); copy the picture again")
    data = path.read_bytes()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data), formats=list(PICTURE_EXTENSIONS)) as image:
                problem = _described(image, path, written)
                if problem is not None:
                    return problem
                pixels = image.size
                if image.format == "JPEG":
                    image.draft(image.mode, (image.width // 8, image.height // 8))
                image.load()
    except (Image.DecompressionBombWarning, Image.DecompressionBombError):
        return _too_many_pixels(written)
    except UnidentifiedImageError:
        return _not_a_picture(written, data)
    except Exception:  # Pillow's decoders raise many types on damaged data
        return _bad(
            f"'{written}' is damaged or incomplete (it cannot be read to the end); "
            "export or copy the picture again"
        )
    return _word_reads(data, written, pixels)


def _described(image: Image.Image, path: Path, written: str) -> PictureProblem | None:
    """A problem the picture's header shows, before its pixels are decoded."""
    fmt = image.format or "unknown"
    if fmt not in PICTURE_EXTENSIONS:
        return _unshown(written, _FORMAT_NAMES.get(fmt, fmt))
    extensions = PICTURE_EXTENSIONS[fmt]
    if path.suffix.lower() not in extensions:
        return _bad(
            f"'{written}' is a {fmt} picture, but its name ends with '{path.suffix}'; "
            f"rename it to end with '{extensions[0]}'"
        )
    width, height = image.size
    if width == 0 or height == 0:
        return _bad(f"'{written}' has no pixels ({width} × {height}); export it again")
    if width * height > MAX_PICTURE_PIXELS:
        return _too_many_pixels(written, (width, height))
    frames: int = getattr(image, "n_frames", 1)
    if frames > 1:
        return _bad(
            f"'{written}' is animated ({frames} frames); only its first frame would "
            "show on paper and in PDF: use a still picture (convert it to PNG)"
        )
    return None


def _word_reads(data: bytes, written: str, size: tuple[int, int]) -> PictureProblem | None:
    """None when python-docx, which the Word renderer uses, reads the picture's header
    and finds ``size`` pixels at a usable resolution. (python-docx is imported here, for
    a content that has pictures: importing it costs more than a build of a group.)"""
    from docx.image.image import Image as WordImage

    try:
        header = WordImage.from_blob(data)
        found = (header.px_width, header.px_height)
        usable = header.width > 0 and header.height > 0
    except Exception:  # python-docx's header readers raise many types
        found, usable = (0, 0), False
    if found == size and usable:
        return None
    return _bad(
        f"'{written}' has a header Word cannot read (such as a JPEG without a JFIF or Exif "
        "marker, often a CMYK JPEG, or a resolution of zero); convert it to PNG"
    )


def _not_a_picture(written: str, data: bytes) -> PictureProblem:
    head = data[:1024].lstrip().lower()
    if head.startswith((b"<?xml", b"<svg", b"<!doctype svg")) or b"<svg" in head:
        return _bad(
            f"'{written}' is an SVG drawing, which Word and PowerPoint do not both show; "
            "export it as PNG"
        )
    for offset, signature, name in _OTHER_FORMATS:
        if data[offset : offset + len(signature)] == signature:
            return _unshown(written, name)
    return _bad(
        f"'{written}' is not a picture ({_KNOWN}) even though its name says so; "
        "export it again as PNG"
    )


def _unshown(written: str, name: str) -> PictureProblem:
    return _bad(
        f"'{written}' is a {name} picture, which Word and PowerPoint do not both show; "
        f"convert it to PNG (councilkit places {_KNOWN})"
    )


def _too_many_pixels(written: str, size: tuple[int, int] | None = None) -> PictureProblem:
    shown = f" ({size[0]:,} × {size[1]:,})" if size else ""
    return _bad(
        f"'{written}' has too many pixels{shown}, over {MAX_PICTURE_PIXELS:,}; "
        "shrink it (a page needs at most about 3000 pixels across)"
    )


def _bad(message: str) -> PictureProblem:
    return PictureProblem("bad-picture", message)
