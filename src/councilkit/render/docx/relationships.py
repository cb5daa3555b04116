"""Relationships of an Office package (``_rels/*.rels``): finding a part by the type or id
of the relationship to it, and adding one."""

from __future__ import annotations

import posixpath
import re

from lxml import etree

_PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
RT_OFFICE_DOCUMENT = _RT + "officeDocument"
RT_CORE = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
RT_HYPERLINK, RT_IMAGE = _RT + "hyperlink", _RT + "image"


def word_relationship(kind: str) -> str:
    """The type of a relationship from the document to a part of ``kind`` (``styles``,
    ``header``…)."""
    return _RT + kind


def rels_name(part: str) -> str:
    folder, name = posixpath.split(part)
    return posixpath.join(folder, "_rels", name + ".rels")


def empty_relationships() -> etree._Element:
    return etree.Element(f"{{{_PKG_RELS}}}Relationships", nsmap={None: _PKG_RELS})


def _relationships(rels: etree._Element) -> list[etree._Element]:
    return list(rels.iterchildren(f"{{{_PKG_RELS}}}Relationship"))


def _resolve(folder: str, target: str) -> str:
    if target.startswith("/"):
        return target[1:]
    return posixpath.normpath(posixpath.join(folder, target))


def target_of(rels: etree._Element, rel_type: str, folder: str) -> str | None:
    for rel in _relationships(rels):
        if rel.get("Type") == rel_type and rel.get("TargetMode") != "External":
            return _resolve(folder, rel.get("Target", ""))
    return None


def target_by_id(rels: etree._Element, rid: str | None, folder: str) -> str | None:
    for rel in _relationships(rels):
        if rel.get("Id") == rid and rel.get("TargetMode") != "External":
            return _resolve(folder, rel.get("Target", ""))
    return None


def next_rid(rels: etree._Element) -> int:
    numbers = [
        int(match.group(1))
        for rel in _relationships(rels)
        if (match := re.fullmatch(r"rId(\d+)", rel.get("Id", "")))
    ]
    return max(numbers, default=0) + 1


def add_relationship(rels: etree._Element, rid: str | int, rel_type: str, target: str) -> None:
    rid = rid if isinstance(rid, str) else f"rId{rid}"
    etree.SubElement(
        rels, f"{{{_PKG_RELS}}}Relationship", {"Id": rid, "Type": rel_type, "Target": target}
    )
