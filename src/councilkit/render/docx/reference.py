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
import io
import posixpath
import zipfile
from dataclasses import dataclass, field

from lxml import etree

from councilkit.render.docx._wml.escape import attribute
from councilkit.render.docx.language_settings import (
    set_default_language,
    set_theme_language,
    update_fields_on_open,
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
from councilkit.zipping import Deflated

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types"
_WORD_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml."
_CONTENT_TYPES = {
    "header": _WORD_CT + "header+xml",
    "footer": _WORD_CT + "footer+xml",
    "settings": _WORD_CT + "settings+xml",
    "core": "application/vnd.openxmlformats-package.core-properties+xml",
}
CONTENT_TYPES_PART = "[Content_Types].xml"
CORE_PART = "docProps/core.xml"

_SLOT = "councilkit-slot"
_SLOT_TEXT = f"<!--{_SLOT}-->"
_PARSER = etree.XMLParser(remove_blank_text=True, resolve_entities=False, no_network=True)
_DEFAULT_TEXT_WIDTH = 9360  # twips: US Letter with 1-inch margins


class BadReference(ValueError):
    """The reference file is not a Word document this renderer can fill."""


@dataclass(frozen=True, slots=True)
class Slot:
    """A part's markup before and after the place where content goes."""

    before: str
    after: str

    def fill(self, content: str) -> bytes:
        return (self.before + content + self.after).encode("utf-8")


@dataclass(frozen=True, slots=True)
class Style:
    style_id: str
    type: str
    name: str
    num_id: int | None
    """The list numbering a paragraph style is linked to."""


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


def read_reference(data: bytes) -> Reference:
    """The reference .docx in ``data``; :class:`BadReference` saying what is wrong."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            parts = {name: archive.read(name) for name in archive.namelist()}
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise BadReference(f"is not a Word document (.docx): {exc}") from None
    try:
        return _Reader(parts).read()
    except etree.XMLSyntaxError as exc:
        raise BadReference(f"holds XML that cannot be read: {exc}") from None


class _Reader:
    def __init__(self, parts: dict[str, bytes]) -> None:
        self.parts = parts
        self.content_types = self._xml(CONTENT_TYPES_PART, "content types")
        self.package_rels = self._xml("_rels/.rels", "package relationships")

    def read(self) -> Reference:
        main = target_of(self.package_rels, RT_OFFICE_DOCUMENT, "")
        if main is None or main not in self.parts:
            raise BadReference("has no main document part (word/document.xml)")
        self._ensure_core()
        rels_part = rels_name(main)
        rels = self._xml(rels_part, "document relationships", empty_relationships())
        root = self._xml(main, "main document")
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
            settings = self._add_settings(main, rels, free_rid)
        numbering = self._linked(main, rels, "numbering")
        root = _with_relationship_prefix(root)
        body = root.find(f"{{{W}}}body")
        body.insert(0, etree.Comment(_SLOT))
        self.parts[rels_part] = b""  # written with the document's own relationships
        abstract = {} if numbering is None else _abstract_nums(numbering[1])
        style_table = _style_table(styles[1])
        per_document = [main, header[0], footer[0], styles[0], settings[0], CONTENT_TYPES_PART]
        if numbering is not None:
            per_document.append(numbering[0])
        for name in per_document:
            self.parts[name] = b""  # written for each language or each document
        return Reference(
            parts={name: Deflated.of(data) if data else None for name, data in self.parts.items()},
            document_part=main,
            document=_split(root),
            relationships=_slot_at_end(rels),
            content_types=_slot_at_end(self.content_types),
            header=header,
            footer=footer,
            numbering=None if numbering is None else (numbering[0], _slot_at_end(numbering[1])),
            styles=style_table,
            abstract_num=abstract,
            list_numbering={
                attribute(style.style_id): style.num_id
                for style in style_table.values()
                if style.num_id in abstract
            },
            next_num_id=max(abstract, default=0) + 1,
            next_rid=free_rid[0],
            next_shape_id=_max_shape_id(root) + 1,
            text_width=_text_width(sect_pr),
            _styles=styles,
            _settings=settings,
        )

    def _xml(self, name: str, what: str, default: etree._Element | None = None) -> etree._Element:
        data = self.parts.get(name)
        if data is None:
            if default is None:
                raise BadReference(f"has no {what} ({name})")
            return default
        return etree.fromstring(data, _PARSER)

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
        return target, self._xml(target, kind)

    def _story(
        self,
        main: str,
        rels: etree._Element,
        sect_pr: etree._Element,
        kind: str,
        free_rid: list[int],
    ) -> tuple[str, Slot]:
        """The default header or footer: the reference's own, emptied of paragraphs and
        tables, or a new part referenced from the section."""
        tag = f"{{{W}}}{kind}Reference"
        for reference in sect_pr.iterchildren(tag):
            if reference.get(f"{{{W}}}type", "default") != "default":
                continue
            rid = reference.get(f"{{{R}}}id")
            target = target_by_id(rels, rid, posixpath.dirname(main))
            if target is not None and target in self.parts:
                root = self._xml(target, kind)
                for element in list(root):
                    if element.tag in (f"{{{W}}}p", f"{{{W}}}tbl"):
                        root.remove(element)
                root.append(etree.Comment(_SLOT))
                return target, _split(root)
        number = 1
        while f"word/{kind}{number}.xml" in self.parts:
            number += 1
        name = f"word/{kind}{number}.xml"
        rid = f"rId{free_rid[0]}"
        free_rid[0] += 1
        add_relationship(
            rels, rid, word_relationship(kind), posixpath.relpath(name, posixpath.dirname(main))
        )
        self._override(name, kind)
        reference = etree.Element(tag, {f"{{{W}}}type": "default", f"{{{R}}}id": rid})
        sect_pr.insert(0 if kind == "header" else _after_headers(sect_pr), reference)
        root_tag = "hdr" if kind == "header" else "ftr"
        root = etree.Element(f"{{{W}}}{root_tag}", nsmap={"w": W, "r": R})
        root.append(etree.Comment(_SLOT))
        self.parts[name] = b""
        return name, _split(root)

    def _add_settings(
        self, main: str, rels: etree._Element, free_rid: list[int]
    ) -> tuple[str, etree._Element]:
        name = posixpath.join(posixpath.dirname(main), "settings.xml")
        add_relationship(rels, f"rId{free_rid[0]}", word_relationship("settings"), "settings.xml")
        free_rid[0] += 1
        self._override(name, "settings")
        self.parts[name] = b""
        return name, etree.Element(f"{{{W}}}settings", nsmap={"w": W})

    def _override(self, name: str, kind: str) -> None:
        etree.SubElement(
            self.content_types,
            f"{{{_TYPES}}}Override",
            {"PartName": "/" + name, "ContentType": _CONTENT_TYPES[kind]},
        )


# -- the document -------------------------------------------------------------------------


def _final_section(body: etree._Element) -> etree._Element:
    last = body[-1] if len(body) else None
    if last is not None and last.tag == f"{{{W}}}sectPr":
        return last
    sect_pr = etree.SubElement(body, f"{{{W}}}sectPr")
    return sect_pr


def _after_headers(sect_pr: etree._Element) -> int:
    return sum(1 for child in sect_pr if child.tag == f"{{{W}}}headerReference")


def _with_relationship_prefix(root: etree._Element) -> etree._Element:
    """The document's root, declaring ``w:`` and ``r:`` (links and pictures use both)."""
    if root.nsmap.get("r") == R and root.nsmap.get("w") == W:
        return root
    nsmap = {**root.nsmap, "w": W, "r": R}
    new_root = etree.Element(root.tag, dict(root.attrib), nsmap=nsmap)
    new_root.extend(list(root))
    return new_root


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


def _max_shape_id(root: etree._Element) -> int:
    ids = [int(v) for v in root.xpath("//@id") if str(v).isdigit()]
    return max(ids, default=0)


# -- styles and numbering -----------------------------------------------------------------


def _style_table(styles: etree._Element) -> dict[str, Style]:
    table: dict[str, Style] = {}
    for element in styles.iterchildren(f"{{{W}}}style"):
        name_element = element.find(f"{{{W}}}name")
        if name_element is None:
            continue
        name = name_element.get(f"{{{W}}}val", "")
        num = element.find(f"{{{W}}}pPr/{{{W}}}numPr/{{{W}}}numId")
        num_id = _int(num.get(f"{{{W}}}val")) if num is not None else None
        style_id = element.get(f"{{{W}}}styleId", "")
        style_type = element.get(f"{{{W}}}type", "paragraph")
        table[name.lower()] = Style(style_id, style_type, name, num_id)
    return table


def _abstract_nums(numbering: etree._Element) -> dict[int, int]:
    found: dict[int, int] = {}
    for num in numbering.iterchildren(f"{{{W}}}num"):
        num_id = _int(num.get(f"{{{W}}}numId"))
        abstract = num.find(f"{{{W}}}abstractNumId")
        abstract_id = None if abstract is None else _int(abstract.get(f"{{{W}}}val"))
        if num_id is not None and abstract_id is not None:
            found[num_id] = abstract_id
    return found


def _int(value: str | None) -> int | None:
    try:
        return None if value is None else int(value)
    except ValueError:
        return None


# -- serializing --------------------------------------------------------------------------


def _serialize(root: etree._Element) -> bytes:
    """A part as python-docx writes it."""
    data: bytes = etree.tostring(root, encoding="UTF-8", standalone=True)
    return data


def _slot_at_end(root: etree._Element) -> Slot:
    root = copy.deepcopy(root)
    root.append(etree.Comment(_SLOT))
    return _split(root)


def _split(root: etree._Element) -> Slot:
    before, _, after = _serialize(root).decode("utf-8").partition(_SLOT_TEXT)
    return Slot(before, after)
