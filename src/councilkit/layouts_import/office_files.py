"""Reading a department's Office file and telling what it is: a Word document or template
(.docx, .dotx) or a PowerPoint presentation or template (.pptx, .potx), from its content
types, never from its name alone. A template is turned into the document it makes (only
its main content type changes), so that councilkit and Office open it as a document.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

from councilkit.errors import CouncilkitError
from councilkit.render.docx.reference_package import OLE_MAGIC, BadReference, read_package

_CONTENT_TYPES = "[Content_Types].xml"
_WORD = "application/vnd.openxmlformats-officedocument.wordprocessingml."
_SLIDES = "application/vnd.openxmlformats-officedocument.presentationml."
_MACROS = ("macroEnabled", "vbaProject")
"""What marks a package with macros in its content types."""

KIND_NAMES = {"docx": "Word document (.docx or .dotx)", "pptx": "PowerPoint file (.pptx or .potx)"}


class BadOfficeFile(CouncilkitError):
    """A file given to ``layout import`` that cannot be used, and why."""


@dataclass(frozen=True, slots=True)
class OfficeFile:
    """A department's file, read: what it is and its bytes as a document (not a template)."""

    path: Path
    kind: str
    """``docx`` or ``pptx``."""
    was_template: bool
    data: bytes


def read_office_file(path: Path, expected: str) -> OfficeFile:
    """The file at ``path``, which must be of ``expected`` kind (``docx`` or ``pptx``);
    :class:`BadOfficeFile` saying what is wrong and how to fix it."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise BadOfficeFile(f"'{path}' does not exist; check the name and the folder") from None
    except IsADirectoryError:
        raise BadOfficeFile(f"'{path}' is a folder; give a {KIND_NAMES[expected]}") from None
    if data.startswith(OLE_MAGIC):
        raise BadOfficeFile(
            f"'{path}' is protected by a password or is an old Office 97-2003 file; remove "
            f"the password (File > Info > Protect) or save it as a {KIND_NAMES[expected]}"
        )
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise BadOfficeFile(
            f"'{path}' is not an Office file; give a {KIND_NAMES[expected]} saved by Word, "
            "PowerPoint or LibreOffice"
        )
    try:
        parts = read_package(data)
    except BadReference as exc:
        raise BadOfficeFile(f"'{path}' {exc}") from None
    for name, part in parts.items():
        if b"<!DOCTYPE" in part[:4096] and name.endswith((".xml", ".rels")):
            raise BadOfficeFile(
                f"'{path}' has a part '{name}' that declares a document type, which Office "
                "never writes; save the file again in Word, PowerPoint or LibreOffice"
            )
    found, template = _main_type(parts.get(_CONTENT_TYPES, b""))
    if found is None:
        raise BadOfficeFile(
            f"'{path}' is not a Word or PowerPoint file, or has macros; give a "
            f"{KIND_NAMES[expected]} saved without macros"
        )
    if found != expected:
        raise BadOfficeFile(
            f"'{path}' is a {KIND_NAMES[found]}, not a {KIND_NAMES[expected]} as its name "
            "says; give the file its right name, or give the right file"
        )
    if template:
        data = as_document(data, found)
    return OfficeFile(path=path, kind=found, was_template=template, data=data)


def kind_of(path: Path) -> str | None:
    """``docx`` or ``pptx`` for a file name ending as such a file does, else None."""
    suffix = path.suffix.lower()
    if suffix in (".docx", ".dotx"):
        return "docx"
    if suffix in (".pptx", ".potx"):
        return "pptx"
    return None


def _main_type(content_types: bytes) -> tuple[str | None, bool]:
    """The kind of package (``docx``, ``pptx`` or None) its content types declare, and
    whether it is a template. Macro-enabled files are None: councilkit runs no macro and
    keeps none."""
    text = content_types.decode("utf-8", "replace")
    if any(mark in text for mark in _MACROS):
        return None, False
    for kind, prefix, main in (
        ("docx", _WORD, "document.main+xml"),
        ("pptx", _SLIDES, "presentation.main+xml"),
    ):
        if prefix + main in text:
            return kind, False
        if prefix + "template.main+xml" in text:
            return kind, True
    return None, False


def as_document(data: bytes, kind: str) -> bytes:
    """The template ``data`` as the document it makes: the same parts, its main part
    declared as a document's (``.dotx`` → ``.docx``, ``.potx`` → ``.pptx``)."""
    prefix = _WORD if kind == "docx" else _SLIDES
    main = "document.main+xml" if kind == "docx" else "presentation.main+xml"
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            content = source.read(info)
            if info.filename == _CONTENT_TYPES:
                content = content.replace(
                    (prefix + "template.main+xml").encode(), (prefix + main).encode()
                )
            target.writestr(info, content)
    return out.getvalue()
