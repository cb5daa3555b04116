"""A reference package being made ready to fill: its parts by name, its content types and
package relationships parsed, the main document found and checked (a template is used as a
document, macros and Strict Open XML refused), and the parts councilkit adds to every
document (core properties, a header, footer, settings or numbering part the reference
lacks) named where no part of the reference is."""

from __future__ import annotations

import posixpath

from lxml import etree

from councilkit.render.docx.id_seeds import IdSeeds, seeds_of
from councilkit.render.docx.namespaces import W, normalized
from councilkit.render.docx.reference_package import (
    BadReference,
    is_strict,
    parse_xml,
    raise_strict,
)
from councilkit.render.docx.relationships import (
    RT_CORE,
    RT_OFFICE_DOCUMENT,
    add_relationship,
    next_rid,
    target_of,
    word_relationship,
)
from councilkit.render.docx.slots import serialize

_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types"
_WORD_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml."
_CONTENT_TYPES = {
    "header": _WORD_CT + "header+xml",
    "footer": _WORD_CT + "footer+xml",
    "settings": _WORD_CT + "settings+xml",
    "numbering": _WORD_CT + "numbering+xml",
    "core": "application/vnd.openxmlformats-package.core-properties+xml",
}
_DOCUMENT_CT = _WORD_CT + "document.main+xml"
_TEMPLATE_CT = _WORD_CT + "template.main+xml"
CONTENT_TYPES_PART = "[Content_Types].xml"
CORE_PART = "docProps/core.xml"


class PackageEditor:
    """The parts of a reference package (by name, in the zip's order) being edited: a part
    set to ``b""`` is written for each document."""

    def __init__(self, parts: dict[str, bytes]) -> None:
        self.parts = parts
        self.original = dict(parts)
        self.parsed: dict[str, etree._Element] = {}
        """Each part parsed so far, by name (as parsed, or as edited since)."""
        self.content_types = self.xml(CONTENT_TYPES_PART, "content types")
        self.package_rels = self.xml("_rels/.rels", "package relationships")

    def xml(self, name: str, what: str, default: etree._Element | None = None) -> etree._Element:
        """The root of part ``name`` (``default`` when there is none; without a default,
        :class:`BadReference` naming ``what`` is missing)."""
        data = self.parts.get(name)
        if data is None:
            if default is None:
                raise BadReference(f"has no {what} ({name})")
            return default
        self.parsed[name] = parse_xml(name, data)
        return self.parsed[name]

    def content_xml(self, name: str, what: str) -> etree._Element:
        """The root of part ``name``, which content will be written into: with the usual
        namespace prefixes (:func:`.namespaces.normalized`)."""
        self.parsed[name] = normalized(self.xml(name, what))
        return self.parsed[name]

    def main_part(self) -> str:
        """The name of the main document part, checked to be a Word document's."""
        main = target_of(self.package_rels, RT_OFFICE_DOCUMENT, "")
        types = (rel.get("Type", "") for rel in self.package_rels.iterchildren("{*}Relationship"))
        if main is None and any(is_strict(t) for t in types):
            raise_strict()
        if main is None or main not in self.parts:
            raise BadReference("has no main document part (word/document.xml)")
        override = self.override_of(main)
        content_type = "" if override is None else override.get("ContentType", "")
        if content_type == _TEMPLATE_CT:  # a .dotx: its documents are documents
            override.set("ContentType", _DOCUMENT_CT)  # type: ignore[union-attr]
        elif "macroenabled" in content_type.lower():
            raise BadReference(
                "holds macros (it is a .docm or .dotm file); councilkit runs nothing from a "
                "template: save it in Word as 'Word Document (.docx)', without macros"
            )
        elif content_type != _DOCUMENT_CT:
            raise BadReference(
                f"has a main document of type '{content_type or 'none'}', not a Word document"
            )
        return main

    def override_of(self, name: str) -> etree._Element | None:
        """The content type override of part ``name`` (names compared regardless of case)."""
        wanted = "/" + name.casefold()
        for override in self.content_types.iterchildren(f"{{{_TYPES}}}Override"):
            if override.get("PartName", "").casefold() == wanted:
                return override
        return None

    def ensure_core(self) -> None:
        """Core properties at ``docProps/core.xml``, written for each document."""
        if target_of(self.package_rels, RT_CORE, "") is None:
            add_relationship(self.package_rels, next_rid(self.package_rels), RT_CORE, CORE_PART)
            self.override(CORE_PART, "core")
        else:
            core = target_of(self.package_rels, RT_CORE, "")
            if core != CORE_PART:
                raise BadReference(f"keeps its core properties in {core}, not {CORE_PART}")
        self.parts[CORE_PART] = b""  # written for each document
        self.parts["_rels/.rels"] = serialize(self.package_rels)

    def linked(
        self, main: str, rels: etree._Element, kind: str
    ) -> tuple[str, etree._Element] | None:
        """The name and root (usual prefixes) of the part of ``kind`` the main document
        relates to, if any."""
        target = target_of(rels, word_relationship(kind), posixpath.dirname(main))
        if target is None or target not in self.parts:
            return None
        return target, self.content_xml(target, kind)

    def new_part(
        self,
        main: str,
        rels: etree._Element,
        kind: str,
        free_rid: list[int],
        root: etree._Element | None = None,
    ) -> tuple[str, etree._Element]:
        """A new settings or numbering part (``root``, or empty)."""
        name, _ = self.add_part(main, rels, kind, free_rid)
        if root is None:
            root = etree.Element(f"{{{W}}}{kind}", nsmap={"w": W})
        return name, root

    def add_part(
        self,
        main: str,
        rels: etree._Element,
        kind: str,
        free_rid: list[int],
        *,
        numbered: bool = False,
    ) -> tuple[str, str]:
        """The name and relationship id of a new part of ``kind`` related from the main
        document: the first name free of ``word/{kind}.xml`` (unless ``numbered``),
        ``word/{kind}1.xml``…"""
        folder = posixpath.dirname(main)
        taken = {name.casefold() for name in self.parts}
        number = 1 if numbered else 0
        while (name := posixpath.join(folder, f"{kind}{number or ''}.xml")).casefold() in taken:
            number += 1
        rid = f"rId{free_rid[0]}"
        free_rid[0] += 1
        add_relationship(rels, rid, word_relationship(kind), posixpath.relpath(name, folder))
        self.override(name, kind)
        self.parts[name] = b""
        return name, rid

    def override(self, name: str, kind: str) -> None:
        """Declares the content type of new part ``name`` of ``kind``."""
        etree.SubElement(
            self.content_types,
            f"{{{_TYPES}}}Override",
            {"PartName": "/" + name, "ContentType": _CONTENT_TYPES[kind]},
        )

    def seeds(self, rels: etree._Element, numbering: etree._Element | None) -> IdSeeds:
        """The seeds over every XML part of the reference (each part parsed, so that
        none declares a document type, even those copied as they are)."""
        stories = {
            name: self.parsed[name] if name in self.parsed else parse_xml(name, data)
            for name, data in self.original.items()
            if name.lower().endswith((".xml", ".rels")) and name != CONTENT_TYPES_PART
        }
        ids = [rel.get("Id", "") for rel in rels.iterchildren("{*}Relationship")]
        return seeds_of(self.parts, ids, stories, numbering)
