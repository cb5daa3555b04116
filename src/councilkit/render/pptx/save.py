"""Writing a deck's package once: python-pptx's parts, in the order its ``save`` writes
them, finished (:func:`councilkit.package.finish_parts`) and zipped by
:mod:`councilkit.zipping` with the template's unchanged parts compressed once.

python-pptx's own ``save`` zips with the current time, and the package step had to unzip
and zip the deck again. The bytes written here are those of that second zip: the same
entries in the same order, with the same content.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence
from typing import Any

from lxml import etree
from pptx.opc.oxml import serialize_part_xml
from pptx.opc.serialized import _ContentTypesItem

from councilkit.package import finish_parts, write_package
from councilkit.render.pptx.template import Template
from councilkit.zipping import Deflated

_OWN = re.compile(r"ppt/(slides/slide|notesSlides/notesSlide)\d+\.xml|docProps/core\.xml")
"""Parts that differ in every deck: not worth remembering compressed."""
RELS_LIMIT = 256
"""Relationship files remembered at most for one template."""


def package_parts(
    presentation: Any, rels_memo: dict[tuple[Any, ...], bytes] | None = None
) -> list[tuple[str, bytes]]:
    """The entries python-pptx's ``save`` writes for ``presentation``, in its order.
    ``rels_memo``: relationship files already written, by the relationships they hold
    (the rels of slides on the same layout are the same file)."""
    package = presentation.part.package
    parts = tuple(package.iter_parts())
    entries = [
        ("[Content_Types].xml", content_types(parts)),
        ("_rels/.rels", package._rels.xml),
    ]
    for part in parts:
        entries.append((part.partname.membername, part.blob))
        if part._rels:
            rels = part.rels
            if rels_memo is None:
                xml = rels.xml
            else:
                # what the file says: each target relative to the part's folder
                key = (part.partname.baseURI, *sorted(map(_relationship, rels.values())))
                xml = rels_memo.get(key)
                if xml is None:
                    if len(rels_memo) >= RELS_LIMIT:
                        rels_memo.clear()
                    xml = rels_memo[key] = rels.xml
            entries.append((part.partname.rels_uri.membername, xml))
    return entries


def _relationship(rel: Any) -> tuple[str, str, str, bool]:
    """A relationship as its file says it, but for the target's absolute part name (the
    same for every relationship file of one folder, and quicker than a relative path)."""
    target = rel.target_ref if rel.is_external else rel.target_part.partname
    return (rel.rId, rel.reltype, target, rel.is_external)


_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types"


def content_types(parts: Sequence[Any]) -> bytes:
    """``[Content_Types].xml`` of ``parts`` as python-pptx's save writes it (its defaults
    and overrides, sorted), built with lxml directly rather than through python-pptx's
    element classes, which set each attribute through several look-ups."""
    defaults, overrides = _ContentTypesItem(parts)._defaults_and_overrides
    types = etree.Element(f"{{{_TYPES}}}Types", nsmap={None: _TYPES})
    for extension, content_type in sorted(defaults.items()):
        etree.SubElement(
            types, f"{{{_TYPES}}}Default", Extension=extension, ContentType=content_type
        )
    for partname, content_type in sorted(overrides.items()):
        etree.SubElement(
            types, f"{{{_TYPES}}}Override", PartName=partname, ContentType=content_type
        )
    xml: bytes = serialize_part_xml(types)
    return xml


def save_deck(presentation: Any, template: Template, timestamp: datetime.datetime) -> bytes:
    """The finished file of ``presentation`` (drawn on ``template``): fixed entry times,
    core dates at ``timestamp``, extended properties of the deck."""
    entries: list[tuple[str, bytes | Deflated]] = [
        (name, content if _OWN.fullmatch(name) else template.deflate(content))
        for name, content in finish_parts(package_parts(presentation, template.rels), timestamp)
    ]
    return write_package(entries, timestamp)
