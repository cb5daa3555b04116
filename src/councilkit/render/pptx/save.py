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
from typing import Any

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
        ("[Content_Types].xml", serialize_part_xml(_ContentTypesItem.xml_for(parts))),
        ("_rels/.rels", package._rels.xml),
    ]
    for part in parts:
        entries.append((part.partname.membername, part.blob))
        if part._rels:
            rels = part.rels
            if rels_memo is None:
                xml = rels.xml
            else:
                key = tuple(
                    sorted((r.rId, r.reltype, r.target_ref, r.is_external) for r in rels.values())
                )
                xml = rels_memo.get(key)
                if xml is None:
                    if len(rels_memo) >= RELS_LIMIT:
                        rels_memo.clear()
                    xml = rels_memo[key] = rels.xml
            entries.append((part.partname.rels_uri.membername, xml))
    return entries


def save_deck(presentation: Any, template: Template, timestamp: datetime.datetime) -> bytes:
    """The finished file of ``presentation`` (drawn on ``template``): fixed entry times,
    core dates at ``timestamp``, extended properties of the deck."""
    entries: list[tuple[str, bytes | Deflated]] = [
        (name, content if _OWN.fullmatch(name) else template.deflate(content))
        for name, content in finish_parts(package_parts(presentation, template.rels), timestamp)
    ]
    return write_package(entries, timestamp)
