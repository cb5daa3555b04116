"""The package step: the last step that touches bytes, making the same content give the
same file.

python-docx and python-pptx stamp every zip entry with the current time and copy creation
dates and authors from their templates. :func:`normalize_ooxml` rewrites an Office file with
fixed entry timestamps and permissions, and sets its core properties' dates to the build's
timestamp (``SOURCE_DATE_EPOCH``), so that byte-for-byte comparison of two builds holds.
"""

from __future__ import annotations

import datetime
import io
import re
import zipfile
from collections.abc import Iterable
from typing import TypeVar

from councilkit.zipping import Deflated, write_zip

C = TypeVar("C")

ZIP_EPOCH = datetime.datetime(1980, 1, 1, tzinfo=datetime.UTC)
"""The earliest time a zip entry can carry."""

_CORE = "docProps/core.xml"
_APP = "docProps/app.xml"
_SLIDE = re.compile(r"ppt/slides/slide\d+\.xml")
_NOTES = re.compile(r"ppt/notesSlides/notesSlide\d+\.xml")
_DATE_ELEMENTS = re.compile(rb"(<dcterms:(created|modified)\b[^>]*>)[^<]*(</dcterms:\2>)")
_LAST_PRINTED = re.compile(rb"<cp:lastPrinted>[^<]*</cp:lastPrinted>|<cp:lastPrinted\s*/>")


def normalize_ooxml(data: bytes, timestamp: datetime.datetime) -> bytes:
    """``data`` (a .docx or .pptx) rewritten so that it depends only on its content and
    ``timestamp``: entries in their original order with ``[Content_Types].xml`` first,
    fixed times and permissions, and core dates set to ``timestamp``."""
    source = zipfile.ZipFile(io.BytesIO(data))
    names = source.namelist()
    names.sort(key=lambda name: name != "[Content_Types].xml")
    parts = finish_parts([(name, source.read(name)) for name in names], timestamp)
    return write_package(parts, timestamp)


def finish_parts(
    parts: list[tuple[str, C]], timestamp: datetime.datetime
) -> list[tuple[str, C | bytes]]:
    """``parts`` (name and content of each entry of an Office file) with the core dates set
    to ``timestamp`` and no date last printed, and, in a deck, extended properties that are
    true of it. What :func:`normalize_ooxml` does to a file's entries, for a renderer that
    writes its package itself. The core properties' content must be bytes; the others may
    be anything (such as parts compressed already)."""
    iso = _stamp(timestamp).strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    names = [name for name, _ in parts]
    finished: list[tuple[str, C | bytes]] = []
    for name, content in parts:
        if name == _CORE:
            if not isinstance(content, bytes):
                raise TypeError(f"{_CORE} must be given as bytes")
            core = _DATE_ELEMENTS.sub(rb"\g<1>" + iso + rb"\g<3>", content)
            finished.append((name, _LAST_PRINTED.sub(b"", core)))
        elif name == _APP and "ppt/presentation.xml" in names:
            finished.append((name, _deck_app_properties(names)))
        else:
            finished.append((name, content))
    return finished


def write_package(
    parts: Iterable[tuple[str, bytes | Deflated]], timestamp: datetime.datetime
) -> bytes:
    """A zip of ``parts`` in the order given, each entry with the same time (``timestamp``,
    no earlier than 1980), permissions and compression, so that the same parts always
    give the same bytes. ``[Content_Types].xml`` must come first."""
    return write_zip(parts, _stamp(timestamp).timetuple()[:6])


def _stamp(timestamp: datetime.datetime) -> datetime.datetime:
    return max(timestamp.astimezone(datetime.UTC), ZIP_EPOCH)


def _deck_app_properties(names: list[str]) -> bytes:
    """Extended properties that are true of the deck: python-pptx copies its template's,
    which name another application, a 4:3 format and no slides."""
    slides = sum(1 for n in names if _SLIDE.fullmatch(n))
    notes = sum(1 for n in names if _NOTES.fullmatch(n))
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
        'extended-properties"><Application>councilkit</Application>'
        "<PresentationFormat>Widescreen</PresentationFormat>"
        f"<Slides>{slides}</Slides><Notes>{notes}</Notes><DocSecurity>0</DocSecurity>"
        "</Properties>"
    ).encode()


def timestamp_from_epoch(epoch: int) -> datetime.datetime:
    """The UTC time of a ``SOURCE_DATE_EPOCH`` value."""
    return datetime.datetime.fromtimestamp(epoch, datetime.UTC)
