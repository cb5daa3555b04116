"""Reading the parts of a Word or PowerPoint file, whoever wrote it.

An Office file is a zip of XML parts. :class:`OfficeFile` opens one, parses the parts a rule
asks for with lxml (no entities resolved, no network, no huge trees) and follows the
relationships between them. It never writes and never runs anything.
"""

from __future__ import annotations

import posixpath
import zipfile
import zlib
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from lxml import etree

from councilkit.errors import UsageError

NS = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "p": "http://schemas.openxmlformats.org/presentationml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "dc": "http://purl.org/dc/elements/1.1/",
    "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
    "rel": "http://schemas.openxmlformats.org/package/2006/relationships",
}
"""The namespace prefixes every rule's XPath uses."""

MAX_PART = 64 * 1024 * 1024
"""The largest part read (bytes, uncompressed): a bigger one is not a real document."""

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)

KINDS = {".docx": "word", ".pptx": "powerpoint"}


class OfficeFile:
    """One .docx or .pptx opened for reading: its parts as XML trees."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.kind = KINDS.get(path.suffix.lower(), "")
        if not self.kind:
            raise UsageError(f"{path}: not a Word or PowerPoint file (.docx or .pptx)")
        try:
            self._zip = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError) as exc:
            raise UsageError(f"{path}: cannot be read as an Office file ({exc})") from None
        self._names = set(self._zip.namelist())
        self.xml = cache(self._parse)

    def close(self) -> None:
        self._zip.close()

    def __enter__(self) -> OfficeFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def has(self, part: str) -> bool:
        return part in self._names

    def _parse(self, part: str) -> etree._Element | None:
        """The part's XML root, or None when the file has no such part."""
        if part not in self._names:
            return None
        info = self._zip.getinfo(part)
        if info.file_size > MAX_PART:
            raise UsageError(f"{self.path}: part {part} is too large to audit")
        try:
            data = self._zip.read(part)
        except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError) as exc:
            raise UsageError(f"{self.path}: part {part} cannot be read ({exc})") from None
        try:
            return etree.fromstring(data, _PARSER)
        except etree.XMLSyntaxError as exc:
            raise UsageError(f"{self.path}: part {part} is not well-formed XML ({exc})") from None

    def related(self, part: str, type_suffix: str) -> list[str]:
        """The parts ``part`` points to by relationships whose type ends with ``type_suffix``,
        in the order the relationships are listed."""
        folder, name = posixpath.split(part)
        rels = self.xml(posixpath.join(folder, "_rels", name + ".rels"))
        if rels is None:
            return []
        found = []
        for rel in rels.iterfind("rel:Relationship", NS):
            if rel.get("TargetMode") == "External":
                continue
            if rel.get("Type", "").endswith(type_suffix):
                found.append(self.resolve(part, rel.get("Target", "")))
        return found

    def target(self, part: str, rel_id: str) -> str | None:
        """The part a relationship id of ``part`` points to (None if external or absent)."""
        folder, name = posixpath.split(part)
        rels = self.xml(posixpath.join(folder, "_rels", name + ".rels"))
        if rels is None:
            return None
        for rel in rels.iterfind("rel:Relationship", NS):
            if rel.get("Id") == rel_id and rel.get("TargetMode") != "External":
                return self.resolve(part, rel.get("Target", ""))
        return None

    @staticmethod
    def resolve(part: str, target: str) -> str:
        if target.startswith("/"):
            return target.lstrip("/")
        return posixpath.normpath(posixpath.join(posixpath.dirname(part), target))

    def main_part(self) -> str:
        """The document's main part (word/document.xml, ppt/presentation.xml), which must be
        of the kind the file's name says."""
        found = self.related("", "/officeDocument")
        root = self.xml(found[0]) if found else None
        expected = {"word": f"{{{NS['w']}}}document", "powerpoint": f"{{{NS['p']}}}presentation"}
        if root is None or root.tag != expected[self.kind]:
            kind = "Word" if self.kind == "word" else "PowerPoint"
            raise UsageError(f"{self.path}: not a {kind} file (its main part is missing or wrong)")
        return found[0]

    def main(self) -> tuple[str, etree._Element]:
        """The main part's name and its XML."""
        part = self.main_part()
        root = self.xml(part)
        assert root is not None  # main_part() read it
        return part, root


def text_of(element: etree._Element) -> str:
    """The visible text under an element (Word runs or DrawingML runs), a Word tab as a
    space."""
    found = element.xpath(".//w:t | .//w:r/w:tab | .//a:t", namespaces=NS)
    return "".join(" " if item.tag == _TAB else item.text or "" for item in found)


_TAB = f"{{{NS['w']}}}tab"


def excerpt(text: str, width: int = 30) -> str:
    """The start of a text, to name a paragraph or a shape: ``"Budget for…"``."""
    text = " ".join(text.split())
    if len(text) > width:
        text = text[: width - 1].rstrip() + "…"
    return f'"{text}"'


TEXT_PARTS = ("/header", "/footer", "/footnotes", "/endnotes")
"""The relationships of the main part to the other parts that hold text."""


def text_parts(doc: OfficeFile) -> list[tuple[str, etree._Element]]:
    """The parts of a Word file that hold text: the main part, then its headers, footers,
    footnotes and endnotes (each once, in the order they are related)."""
    part, body = doc.main()
    found = [(part, body)]
    for kind in TEXT_PARTS:
        for other in dict.fromkeys(doc.related(part, kind)):
            root = doc.xml(other)
            if root is not None:
                found.append((other, root))
    return found


def slide_parts(doc: OfficeFile) -> list[str]:
    """The slides' parts in the order they are shown."""
    main, presentation = doc.main()
    parts = []
    for slide_id in presentation.xpath("p:sldIdLst/p:sldId", namespaces=NS):
        target = doc.target(main, slide_id.get(f"{{{NS['r']}}}id", ""))
        if target is not None:
            parts.append(target)
    return parts


def slides(doc: OfficeFile) -> Iterator[tuple[int, str, etree._Element]]:
    """Each slide in the order it is shown: its number (from 1), its part and its XML."""
    for number, part in enumerate(slide_parts(doc), start=1):
        slide = doc.xml(part)
        if slide is not None:
            yield number, part, slide


def shape_name(shape: etree._Element) -> str:
    """A shape's name as PowerPoint's Selection pane shows it: ``shape "Title 1"``."""
    names = shape.xpath("./*[1]/p:cNvPr/@name", namespaces=NS)
    return f'shape "{names[0]}"' if names else "shape"


def paragraph_place(index: int, paragraph: etree._Element) -> str:
    """Where a Word paragraph is: ``paragraph 3 "Budget for…"`` (1-based, document order)."""
    return f"paragraph {index} {excerpt(text_of(paragraph))}"
