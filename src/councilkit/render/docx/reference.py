"""The layout's reference .docx, read once per layout and shared by every document written
with it.

A document is the reference package with its body, header, footer, list numbering, core
properties and relationships filled in. What does not change from one document to the next
is worked out here once: the parts copied as they are, the styles and their ids, the list
each list style is linked to, the text width, and each part that receives content split
around a :class:`Slot` where that content goes. The body of the reference is dropped (only
its final section properties are kept, as pandoc does with its reference document); a
header or footer the reference already has keeps everything but its paragraphs and tables.
"""

from __future__ import annotations

import copy
import posixpath
from collections.abc import Iterable
from dataclasses import dataclass, field

from lxml import etree

from councilkit.render.docx._wml.escape import attribute
from councilkit.render.docx.id_seeds import IdSeeds, seeds_of
from councilkit.render.docx.language_settings import (
    set_default_language,
    set_theme_language,
    update_fields_on_open,
)
from councilkit.render.docx.namespaces import R, W, normalized
from councilkit.render.docx.reference_package import (
    BadReference,
    is_strict,
    parse_xml,
    raise_strict,
    read_package,
)
from councilkit.render.docx.relationships import (
    RT_CORE,
    RT_OFFICE_DOCUMENT,
    add_relationship,
    empty_relationships,
    next_rid,
    rels_name,
    target_by_id,
    target_of,
    word_relationship,
)
from councilkit.render.docx.schema_order import NUMBERING, SECTION, insert_in_order
from councilkit.render.docx.style_supply import StyleSource, default_reference_path, supply_styles
from councilkit.render.docx.style_table import Style, abstract_nums, style_table
from councilkit.zipping import Deflated

__all__ = ["BadReference", "IdSeeds", "Reference", "Slot", "Style", "read_reference"]

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

_SLOT = "councilkit-slot"
_SLOT_TEXT = f"<!--{_SLOT}-->"
_DEFAULT_TEXT_WIDTH = 9360  # twips: US Letter with 1-inch margins
_PICTURES = ("drawing", "pict", "object")


@dataclass(frozen=True, slots=True)
class Slot:
    """A part's markup before and after the place where content goes."""

    before: str
    after: str

    def fill(self, content: str) -> bytes:
        return (self.before + content + self.after).encode("utf-8")


@dataclass(slots=True)
class Reference:
    """A reference .docx, taken apart to be filled in."""

    parts: dict[str, Deflated | None]
    """Every part in the package's order: compressed once when every document has it as
    the reference has it, None when each document writes its own."""
    document_part: str
    document: Slot
    relationships: Slot
    """The document's relationships; new ones (links, pictures) go in the slot."""
    content_types: Slot
    header: tuple[str, Slot]
    footer: tuple[str, Slot]
    numbering: tuple[str, Slot] | None
    """The numbering part; new ``w:num`` go in the slot, after the reference's own and
    before ``w:numIdMacAtCleanup``."""
    styles: dict[str, Style]
    """Every style by its name in lower case."""
    abstract_num: dict[int, int]
    """The abstract numbering of each numbering instance."""
    list_numbering: dict[str, int]
    """The numbering instance of each paragraph style linked to one, by the style's id as
    written in markup."""
    next_num_id: int
    next_rid: int
    next_shape_id: int
    text_width: int
    _styles: tuple[str, etree._Element]
    _settings: tuple[str, etree._Element]
    seeds: IdSeeds = field(default_factory=lambda: IdSeeds(frozenset(), frozenset(), 0, -1, 0))
    """What the ids and part names of each document must avoid."""
    supplied: tuple[str, ...] = ()
    """The styles councilkit added from its own default reference, as it names them."""
    _by_language: dict[str, dict[str, Deflated]] = field(default_factory=dict)

    def language_parts(self, tag: str) -> dict[str, Deflated]:
        """The styles and settings parts for documents in ``tag``: ``w:lang`` on the
        document defaults and the theme, and Word set to refresh fields on open."""
        if tag not in self._by_language:
            styles_name, styles = self._styles
            settings_name, settings = self._settings
            styles, settings = copy.deepcopy(styles), copy.deepcopy(settings)
            set_default_language(styles, tag)
            set_theme_language(settings, tag)
            update_fields_on_open(settings)
            self._by_language[tag] = {
                styles_name: Deflated.of(_serialize(styles)),
                settings_name: Deflated.of(_serialize(settings)),
            }
        return self._by_language[tag]


def read_reference(
    data: bytes, *, supply: Iterable[str] = (), source: StyleSource | None = None
) -> Reference:
    """The reference .docx in ``data``; :class:`BadReference` saying what is wrong.

    Each style named in ``supply`` that the reference lacks is copied from ``source``
    (councilkit's default reference when None) and listed in :attr:`Reference.supplied`.
    """
    return _Reader(read_package(data)).read(tuple(supply), source)


class _Reader:
    def __init__(self, parts: dict[str, bytes]) -> None:
        self.parts = parts
        self.original = dict(parts)
        self.content_types = self._xml(CONTENT_TYPES_PART, "content types")
        self.package_rels = self._xml("_rels/.rels", "package relationships")

    def read(self, supply: tuple[str, ...], source: StyleSource | None) -> Reference:
        main = self._main_part()
        self._ensure_core()
        rels_part = rels_name(main)
        rels = self._xml(rels_part, "document relationships", empty_relationships())
        root = normalized(self._xml(main, "main document"))
        body = root.find(f"{{{W}}}body")
        if body is None:
            raise BadReference(f"has no body in {main}")
        sect_pr = _final_section(body)
        for element in list(body):
            if element is not sect_pr:
                body.remove(element)
        free_rid = [next_rid(rels)]
        header = self._story(main, rels, sect_pr, "header", free_rid)
        footer = self._story(main, rels, sect_pr, "footer", free_rid)
        styles = self._linked(main, rels, "styles")
        if styles is None:
            raise BadReference("has no styles part")
        settings = self._linked(main, rels, "settings")
        if settings is None:
            settings = self._new_part(main, rels, "settings", free_rid)
        numbering = self._linked(main, rels, "numbering")
        supplied: tuple[str, ...] = ()
        missing = [name for name in supply if name.lower() not in style_table(styles[1])]
        if missing:
            source = source or StyleSource.read(default_reference_path())
            old = None if numbering is None else numbering[1]
            supplied, new = supply_styles(styles[1], old, missing, source)
            if numbering is None and new is not None:
                numbering = self._new_part(main, rels, "numbering", free_rid, new)
        body.insert(0, etree.Comment(_SLOT))
        self.parts[rels_part] = b""  # written with the document's own relationships
        abstract = {} if numbering is None else abstract_nums(numbering[1])
        table = style_table(styles[1])
        per_document = [main, header[0], footer[0], styles[0], settings[0], CONTENT_TYPES_PART]
        if numbering is not None:
            per_document.append(numbering[0])
        for name in per_document:
            self.parts[name] = b""  # written for each language or each document
        seeds = self._seeds(rels, None if numbering is None else numbering[1])
        return Reference(
            parts={name: Deflated.of(data) if data else None for name, data in self.parts.items()},
            document_part=main,
            document=_split(root),
            relationships=_slot_at_end(rels),
            content_types=_slot_at_end(self.content_types),
            header=header,
            footer=footer,
            numbering=None if numbering is None else (numbering[0], _numbering_slot(numbering[1])),
            styles=table,
            abstract_num=abstract,
            list_numbering={
                attribute(style.style_id): style.num_id
                for style in table.values()
                if style.num_id in abstract
            },
            next_num_id=seeds.max_num_id + 1,
            next_rid=free_rid[0],
            next_shape_id=seeds.max_drawing_id + 1,
            text_width=_text_width(sect_pr),
            _styles=styles,
            _settings=settings,
            seeds=seeds,
            supplied=supplied,
        )

    def _xml(self, name: str, what: str, default: etree._Element | None = None) -> etree._Element:
        data = self.parts.get(name)
        if data is None:
            if default is None:
                raise BadReference(f"has no {what} ({name})")
            return default
        return parse_xml(name, data)

    def _main_part(self) -> str:
        main = target_of(self.package_rels, RT_OFFICE_DOCUMENT, "")
        types = (rel.get("Type", "") for rel in self.package_rels.iterchildren("{*}Relationship"))
        if main is None and any(is_strict(t) for t in types):
            raise_strict()
        if main is None or main not in self.parts:
            raise BadReference("has no main document part (word/document.xml)")
        override = self._override_of(main)
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

    def _override_of(self, name: str) -> etree._Element | None:
        wanted = "/" + name.casefold()
        for override in self.content_types.iterchildren(f"{{{_TYPES}}}Override"):
            if override.get("PartName", "").casefold() == wanted:
                return override
        return None

    def _ensure_core(self) -> None:
        if target_of(self.package_rels, RT_CORE, "") is None:
            add_relationship(self.package_rels, next_rid(self.package_rels), RT_CORE, CORE_PART)
            self._override(CORE_PART, "core")
        else:
            core = target_of(self.package_rels, RT_CORE, "")
            if core != CORE_PART:
                raise BadReference(f"keeps its core properties in {core}, not {CORE_PART}")
        self.parts[CORE_PART] = b""  # written for each document
        self.parts["_rels/.rels"] = _serialize(self.package_rels)

    def _linked(
        self, main: str, rels: etree._Element, kind: str
    ) -> tuple[str, etree._Element] | None:
        target = target_of(rels, word_relationship(kind), posixpath.dirname(main))
        if target is None or target not in self.parts:
            return None
        return target, normalized(self._xml(target, kind))

    def _story(
        self,
        main: str,
        rels: etree._Element,
        sect_pr: etree._Element,
        kind: str,
        free_rid: list[int],
    ) -> tuple[str, Slot]:
        """The default header or footer: the reference's own, emptied of paragraphs and
        tables but those holding a picture (a logo), or a new part referenced from the
        section."""
        tag = f"{{{W}}}{kind}Reference"
        for reference in sect_pr.iterchildren(tag):
            if reference.get(f"{{{W}}}type", "default") != "default":
                continue
            rid = reference.get(f"{{{R}}}id")
            target = target_by_id(rels, rid, posixpath.dirname(main))
            if target is not None and target in self.parts:
                root = normalized(self._xml(target, kind))
                for element in list(root):
                    if element.tag in (f"{{{W}}}p", f"{{{W}}}tbl") and not _has_picture(element):
                        root.remove(element)
                root.append(etree.Comment(_SLOT))
                return target, _split(root)
        root_tag = "hdr" if kind == "header" else "ftr"
        root = etree.Element(f"{{{W}}}{root_tag}", nsmap={"w": W, "r": R})
        root.append(etree.Comment(_SLOT))
        name, rid = self._add_part(main, rels, kind, free_rid, numbered=True)
        reference = etree.Element(tag, {f"{{{W}}}type": "default", f"{{{R}}}id": rid})
        insert_in_order(sect_pr, reference, SECTION)
        return name, _split(root)

    def _new_part(
        self,
        main: str,
        rels: etree._Element,
        kind: str,
        free_rid: list[int],
        root: etree._Element | None = None,
    ) -> tuple[str, etree._Element]:
        """A new settings or numbering part (``root``, or empty)."""
        name, _ = self._add_part(main, rels, kind, free_rid)
        if root is None:
            root = etree.Element(f"{{{W}}}{kind}", nsmap={"w": W})
        return name, root

    def _add_part(
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
        self._override(name, kind)
        self.parts[name] = b""
        return name, rid

    def _override(self, name: str, kind: str) -> None:
        etree.SubElement(
            self.content_types,
            f"{{{_TYPES}}}Override",
            {"PartName": "/" + name, "ContentType": _CONTENT_TYPES[kind]},
        )

    def _seeds(self, rels: etree._Element, numbering: etree._Element | None) -> IdSeeds:
        """The seeds over every XML part of the reference as it was read."""
        stories = {
            name: parse_xml(name, data)
            for name, data in self.original.items()
            if name.lower().endswith(".xml") and name != CONTENT_TYPES_PART
        }
        ids = [rel.get("Id", "") for rel in rels.iterchildren("{*}Relationship")]
        return seeds_of(self.parts, ids, stories, numbering)


# -- the document -------------------------------------------------------------------------


def _final_section(body: etree._Element) -> etree._Element:
    last = body[-1] if len(body) else None
    if last is not None and last.tag == f"{{{W}}}sectPr":
        return last
    sect_pr = etree.SubElement(body, f"{{{W}}}sectPr")
    return sect_pr


def _has_picture(element: etree._Element) -> bool:
    """True when ``element`` shows a picture (a logo to keep)."""
    return any(True for _ in element.iter(*(f"{{{W}}}{name}" for name in _PICTURES)))


def _text_width(sect_pr: etree._Element) -> int:
    """The width between the margins, in twips."""
    size, margins = sect_pr.find(f"{{{W}}}pgSz"), sect_pr.find(f"{{{W}}}pgMar")
    try:
        width = int(size.get(f"{{{W}}}w"))
        left = int(margins.get(f"{{{W}}}left"))
        right = int(margins.get(f"{{{W}}}right"))
    except (AttributeError, TypeError, ValueError):
        return _DEFAULT_TEXT_WIDTH
    return width - left - right if width > left + right else _DEFAULT_TEXT_WIDTH


# -- serializing --------------------------------------------------------------------------


def _serialize(root: etree._Element) -> bytes:
    """A part as python-docx writes it."""
    data: bytes = etree.tostring(root, encoding="UTF-8", standalone=True)
    return data


def _numbering_slot(numbering: etree._Element) -> Slot:
    """The numbering part split where new ``w:num`` go: after every ``w:abstractNum`` and
    ``w:num``, before ``w:numIdMacAtCleanup``."""
    root = copy.deepcopy(numbering)
    insert_in_order(root, etree.Comment(_SLOT), NUMBERING, place_as="num")
    return _split(root)


def _slot_at_end(root: etree._Element) -> Slot:
    root = copy.deepcopy(root)
    root.append(etree.Comment(_SLOT))
    return _split(root)


def _split(root: etree._Element) -> Slot:
    before, _, after = _serialize(root).decode("utf-8").partition(_SLOT_TEXT)
    return Slot(before, after)
