"""The layout's reference .docx, read once per layout and shared by every document written
with it.

A document is the reference package with its body, header, footer, list numbering, core
properties and relationships filled in. What does not change from one document to the next
is worked out here once: the parts copied as they are, the styles and their ids, the list
each list style is linked to, the text width, and each part that receives content split
around a :class:`Slot` where that content goes. The body of the reference is dropped (only
its final section properties are kept, as pandoc does with its reference document); a
header or footer the reference already has keeps everything but its paragraphs and tables
that show no picture (a logo stays).

The package is read once, safely (:mod:`.reference_package`); every part content goes into
gets the usual namespace prefixes (:mod:`.namespaces`); new elements go where the schema
orders them (:mod:`.schema_order`); styles a layout needs and the reference lacks can be
copied from councilkit's own (:mod:`.style_supply`); and :attr:`Reference.seeds` lists what
each document's ids and part names must avoid (:mod:`.id_seeds`).
"""

from __future__ import annotations

import copy
import posixpath
from collections.abc import Iterable
from dataclasses import dataclass, field

from lxml import etree

from councilkit.render.docx.id_seeds import IdSeeds
from councilkit.render.docx.language_settings import (
    set_default_language,
    set_theme_language,
    update_fields_on_open,
)
from councilkit.render.docx.namespaces import R, W
from councilkit.render.docx.package_editor import CONTENT_TYPES_PART, CORE_PART, PackageEditor
from councilkit.render.docx.reference_package import BadReference, read_package
from councilkit.render.docx.relationships import (
    empty_relationships,
    next_rid,
    rels_name,
    target_by_id,
)
from councilkit.render.docx.schema_order import SECTION, insert_in_order
from councilkit.render.docx.slots import (
    Slot,
    numbering_slot,
    serialize,
    slot_at_end,
    slot_marker,
    split,
)
from councilkit.render.docx.style_supply import StyleSource, default_reference_path, supply_styles
from councilkit.render.docx.style_table import Style, abstract_nums, style_table
from councilkit.xml_escape import attribute
from councilkit.zipping import Deflated

__all__ = [
    "CONTENT_TYPES_PART",
    "CORE_PART",
    "BadReference",
    "IdSeeds",
    "Reference",
    "Slot",
    "Style",
    "read_reference",
]

_DEFAULT_TEXT_WIDTH = 9360  # twips: US Letter with 1-inch margins
_PICTURES = ("drawing", "pict", "object")


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
    seeds: IdSeeds
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
                styles_name: Deflated.of(serialize(styles)),
                settings_name: Deflated.of(serialize(settings)),
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


class _Reader(PackageEditor):
    """Takes a reference package apart once."""

    def read(self, supply: tuple[str, ...], source: StyleSource | None) -> Reference:
        main = self.main_part()
        self.ensure_core()
        rels_part = rels_name(main)
        rels = self.xml(rels_part, "document relationships", empty_relationships())
        root = self.content_xml(main, "main document")
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
        styles = self.linked(main, rels, "styles")
        if styles is None:
            raise BadReference("has no styles part")
        settings = self.linked(main, rels, "settings")
        if settings is None:
            settings = self.new_part(main, rels, "settings", free_rid)
        numbering = self.linked(main, rels, "numbering")
        supplied: tuple[str, ...] = ()
        missing = [name for name in supply if name.lower() not in style_table(styles[1])]
        if missing:
            source = source or StyleSource.read(default_reference_path())
            old = None if numbering is None else numbering[1]
            supplied, new = supply_styles(styles[1], old, missing, source)
            if numbering is None and new is not None:
                numbering = self.new_part(main, rels, "numbering", free_rid, new)
        body.insert(0, slot_marker())
        self.parts[rels_part] = b""  # written with the document's own relationships
        abstract = {} if numbering is None else abstract_nums(numbering[1])
        table = style_table(styles[1])
        per_document = [main, header[0], footer[0], styles[0], settings[0], CONTENT_TYPES_PART]
        if numbering is not None:
            per_document.append(numbering[0])
        for name in per_document:
            self.parts[name] = b""  # written for each language or each document
        seeds = self.seeds(rels, None if numbering is None else numbering[1])
        return Reference(
            parts={name: Deflated.of(data) if data else None for name, data in self.parts.items()},
            document_part=main,
            document=split(root),
            relationships=slot_at_end(rels),
            content_types=slot_at_end(self.content_types),
            header=header,
            footer=footer,
            numbering=None if numbering is None else (numbering[0], numbering_slot(numbering[1])),
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
                root = self.content_xml(target, kind)
                for element in list(root):
                    if element.tag in (f"{{{W}}}p", f"{{{W}}}tbl") and not _has_picture(element):
                        root.remove(element)
                root.append(slot_marker())
                return target, split(root)
        root_tag = "hdr" if kind == "header" else "ftr"
        root = etree.Element(f"{{{W}}}{root_tag}", nsmap={"w": W, "r": R})
        root.append(slot_marker())
        name, rid = self.add_part(main, rels, kind, free_rid, numbered=True)
        reference = etree.Element(tag, {f"{{{W}}}type": "default", f"{{{R}}}id": rid})
        insert_in_order(sect_pr, reference, SECTION)
        return name, split(root)


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
