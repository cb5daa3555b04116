"""Reading a reference .docx safely: the zip's parts, each within a size limit, and their
XML with no document type declaration, no entity and no network access.

Whatever program saved the file, what cannot be used is a :class:`BadReference` saying
why in words a secretariat can act on: a file saved with a password (an OLE compound file,
not a zip), a file that is not a zip, a part too large, two parts with one name, XML that
declares a document type (the way of an "XML bomb"), Strict Open XML, or macros.
"""

from __future__ import annotations

import io
import zipfile

from lxml import etree

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
MAX_PART_BYTES = 64 * 1024 * 1024
"""The largest part, once unpacked, councilkit reads from a reference."""
MAX_PACKAGE_BYTES = 256 * 1024 * 1024
MAX_PARTS = 5000

_PARSER = etree.XMLParser(
    remove_blank_text=True,
    resolve_entities=False,
    load_dtd=False,
    no_network=True,
    huge_tree=False,
)
_STRICT = "http://purl.oclc.org/ooxml/"


class BadReference(ValueError):
    """The reference file is not a Word document this renderer can fill."""


def read_package(data: bytes) -> dict[str, bytes]:
    """The parts of the package in ``data`` by name, in the zip's order."""
    if data.startswith(OLE_MAGIC):
        raise BadReference(
            "is protected by a password or is an old Word 97-2003 (.doc) file; remove the "
            "password (File > Info > Protect Document) or save it as a Word document (.docx)"
        )
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return _parts(archive)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError) as exc:
        raise BadReference(
            f"is not a Word document (.docx): {exc}; save it in Word or LibreOffice as a "
            "Word document (.docx)"
        ) from None
    except NotImplementedError as exc:
        raise BadReference(f"is packed in a way councilkit cannot read: {exc}") from None
    except RuntimeError as exc:  # zipfile: "File ... is encrypted, password required"
        raise BadReference(f"has encrypted parts ({exc}); remove the password") from None


def _parts(archive: zipfile.ZipFile) -> dict[str, bytes]:
    infos = archive.infolist()
    if len(infos) > MAX_PARTS:
        raise BadReference(f"has {len(infos)} parts (the most councilkit reads is {MAX_PARTS})")
    parts: dict[str, bytes] = {}
    seen: set[str] = set()
    total = 0
    for info in infos:
        if info.is_dir():
            continue
        if info.filename.casefold() in seen:
            raise BadReference(f"has two parts named '{info.filename}'; save it again")
        seen.add(info.filename.casefold())
        if info.file_size > MAX_PART_BYTES:
            raise BadReference(
                f"has a part '{info.filename}' of {info.file_size // (1024 * 1024)} MB once "
                f"unpacked (the most councilkit reads is {MAX_PART_BYTES // (1024 * 1024)} MB)"
            )
        total += info.file_size
        if total > MAX_PACKAGE_BYTES:
            raise BadReference(
                f"is larger than {MAX_PACKAGE_BYTES // (1024 * 1024)} MB once unpacked"
            )
        parts[info.filename] = archive.read(info)
    return parts


def parse_xml(name: str, data: bytes) -> etree._Element:
    """The root of part ``name``; :class:`BadReference` when it is not plain XML."""
    try:
        root = etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as exc:
        raise BadReference(
            f"holds XML that cannot be read in '{name}': {exc}; open it in Word or "
            "LibreOffice and save it again"
        ) from None
    if root.getroottree().docinfo.doctype:
        raise BadReference(
            f"declares a document type in '{name}', which Word never writes (it can hide "
            "an 'XML bomb'); save the file again in Word or LibreOffice"
        )
    if isinstance(root.tag, str) and root.tag.startswith("{" + _STRICT):
        raise_strict()
    return root


def raise_strict() -> None:
    raise BadReference(
        "is saved as 'Strict Open XML Document', which councilkit does not read; open it "
        "in Word and save it again as 'Word Document (.docx)'"
    )


def is_strict(relationship_type: str) -> bool:
    """True for a relationship type of Strict Open XML."""
    return relationship_type.startswith(_STRICT)
