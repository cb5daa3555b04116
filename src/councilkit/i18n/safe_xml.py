"""Reading a translator's XML file without letting it ask for anything.

A translation file comes from outside. It is parsed by lxml (libxml2) with entity
expansion, DTD loading and network access turned off and libxml2's size limits on, and the
parsed document is then refused when it has a document type (``<!DOCTYPE …>``, with or
without entity declarations), an entity reference or a processing instruction anywhere.
The check is made on the parsed tree, not on the bytes, so it holds whatever the file's
encoding: UTF-8, UTF-16 or UTF-32 with or without a byte order mark, or another encoding
its XML declaration names. A UTF-16 or UTF-32 file without a byte order mark is
recognised by the first characters, as the XML specification describes (appendix F).

lxml was chosen over defusedxml: defusedxml guards the standard library's expat parser
(which cannot read UTF-32) and its lxml module is deprecated; lxml is already installed
with python-docx, and gives each element's line for messages.
"""

from __future__ import annotations

import codecs
import re
from typing import Any

from lxml import etree

from councilkit.diagnostics import Location
from councilkit.i18n.exchange import TranslationFileError

_FIX = "export the file again with 'councilkit i18n export', or remove it"
_DOCTYPE_MESSAGE = (
    "this file declares a document type (<!DOCTYPE …>): councilkit never expands "
    f"entities or loads anything a translation file names; {_FIX}"
)

# The first four bytes of an XML document without a byte order mark, and its encoding
# (XML 1.0, appendix F.1): '<' or '<?' in UTF-32 or UTF-16.
_SNIFF = (
    (b"\x00\x00\x00<", codecs.BOM_UTF32_BE),
    (b"<\x00\x00\x00", codecs.BOM_UTF32_LE),
    (b"\x00<\x00", codecs.BOM_UTF16_BE),
    (b"<\x00", codecs.BOM_UTF16_LE),
)
_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_BE)


def _parser() -> Any:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_pis=False,
        remove_comments=False,
    )


def parse(data: bytes, display: str) -> Any:
    """The root element of the XML document ``data``; raises
    :class:`TranslationFileError` at the place it is not well-formed, or has a document
    type, an entity or a processing instruction."""
    data = _with_bom(data)
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as exc:
        doctype = _doctype_location(data, display, _guess_encoding(data))
        if doctype is not None:  # libxml2 may stop in the DTD (entity amplification)
            raise TranslationFileError(doctype, _DOCTYPE_MESSAGE) from exc
        line, column = exc.position if exc.position else (1, 1)
        message = str(exc.msg or exc).split(", line ")[0]
        raise TranslationFileError(
            Location(display, max(line, 1), max(column, 1)),
            f"this is not well-formed XML: {message}; fix it in the translation tool, or "
            "export the file again",
        ) from exc
    tree = root.getroottree()
    if tree.docinfo.doctype or tree.docinfo.internalDTD is not None:
        where = _doctype_location(data, display, tree.docinfo.encoding)
        raise TranslationFileError(where or Location(display), _DOCTYPE_MESSAGE)
    for node in _nodes(root):
        if isinstance(node, etree._Entity):
            raise TranslationFileError(
                Location(display, node.sourceline or 1),
                f"this file uses the entity '&{node.name};': councilkit never expands "
                f"entities; write the character itself instead, or {_FIX}",
            )
        if isinstance(node, etree._ProcessingInstruction):
            raise TranslationFileError(
                Location(display, node.sourceline or 1),
                f"this file has a processing instruction (<?{node.target} …?>), which "
                f"councilkit does not carry out; remove it, or {_FIX}",
            )
    return root


def _nodes(root: Any) -> list[Any]:
    """Every node of the document, those before and after the root element included."""
    return [
        *reversed(list(root.itersiblings(preceding=True))),
        *root.iter(),
        *root.itersiblings(),
    ]


def _with_bom(data: bytes) -> bytes:
    """``data`` with a byte order mark when it is UTF-16 or UTF-32 without one (libxml2
    reads those only with an XML declaration)."""
    if data.startswith(_BOMS):  # UTF-32 LE starts with UTF-16 LE's mark
        return data
    for start, bom in _SNIFF:
        if data.startswith(start):
            return bom + data
    return data


_DOCTYPE = re.compile(r"<!DOCTYPE", re.IGNORECASE)


def _doctype_location(data: bytes, display: str, encoding: str | None) -> Location | None:
    """Where ``<!DOCTYPE`` is in ``data`` read in ``encoding``, None when it is not."""
    try:
        text = data.decode(_codec(encoding), errors="replace")
    except LookupError:
        text = data.decode("utf-8", errors="replace")
    found = _DOCTYPE.search(text)
    if found is None:
        return None
    offset = found.start()
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    if line == 1 and text.startswith("\ufeff"):
        column -= 1
    return Location(display, line, column)


_DECLARED = re.compile(rb"""^<\?xml[^>]*encoding=["']([A-Za-z0-9._-]+)["']""")


def _guess_encoding(data: bytes) -> str:
    """The encoding of ``data`` by its byte order mark or its XML declaration, to find
    a place in a file that libxml2 could not parse."""
    for bom, name in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return name
    declared = _DECLARED.match(data)
    return declared.group(1).decode("ascii") if declared else "utf-8"


def _codec(encoding: str | None) -> str:
    name = (encoding or "utf-8").lower().replace("_", "-")
    # libxml2 names the byte order it found; Python's codecs keep a BOM as a character.
    return {"utf-16": "utf-16", "utf-32": "utf-32"}.get(name, name)
