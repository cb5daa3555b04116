"""What the ids and part names of a document written on a reference must avoid: every part
name of the reference's package, the relationship ids of its main document, and the largest
drawing, bookmark and list numbering ids over all its stories.

A reference with a logo in its header already has ``word/media/image1.png``, a drawing with
``wp:docPr id="1"`` and relationships ``rId1``…; a document's own pictures, drawings and
relationships are numbered after them (:meth:`IdSeeds.free_part_name`, and the ``max_``
values plus one).
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from lxml import etree

from councilkit.render.docx.namespaces import W


@dataclass(frozen=True, slots=True)
class IdSeeds:
    """The names and ids a reference's package already uses."""

    part_names: frozenset[str]
    """Every part of the package (``word/media/image1.png``: no leading ``/``), those
    councilkit adds to each document (header, footer, settings, core properties)
    included."""
    relationship_ids: frozenset[str]
    """The ids of the main document's relationships (``rId1``…)."""
    max_drawing_id: int
    """The largest ``wp:docPr/@id`` and ``pic:cNvPr/@id`` (any ``cNvPr``) in any part; 0
    when there is none."""
    max_bookmark_id: int
    """The largest ``w:bookmarkStart/@w:id`` in any part; -1 when there is none."""
    max_num_id: int
    """The largest ``w:num/@w:numId`` of the numbering part; 0 when there is none."""
    max_abstract_num_id: int
    """The largest ``w:abstractNum/@w:abstractNumId``; -1 when there is none."""

    def free_part_name(self, folder: str, stem: str, extension: str, *taken: str) -> str:
        """``folder/stem{n}.extension`` for the smallest n from 1 that neither the
        package nor ``taken`` has (compared regardless of case, as Office does)."""
        used = {name.casefold() for name in (*self.part_names, *taken)}
        number = 1
        while (name := posixpath.join(folder, f"{stem}{number}.{extension}")).casefold() in used:
            number += 1
        return name

    def free_relationship_id(self, *taken: str) -> str:
        """``rId{n}`` for the smallest n from 1 that neither the main document's
        relationships nor ``taken`` has."""
        used = {*self.relationship_ids, *taken}
        number = 1
        while f"rId{number}" in used:
            number += 1
        return f"rId{number}"


def seeds_of(
    part_names: Iterable[str],
    relationship_ids: Iterable[str],
    stories: Mapping[str, etree._Element],
    numbering: etree._Element | None,
) -> IdSeeds:
    """The seeds of a package with ``part_names``, whose main document has
    ``relationship_ids``, and whose XML parts are ``stories`` (by name)."""
    drawings = [-1]
    bookmarks = [-1]
    for root in stories.values():
        drawings.extend(_ints(e.get("id") for e in root.iter("{*}docPr", "{*}cNvPr")))
        bookmarks.extend(_ints(e.get(f"{{{W}}}id") for e in root.iter(f"{{{W}}}bookmarkStart")))
    nums, abstracts = [0], [-1]
    if numbering is not None:
        nums.extend(_ints(e.get(f"{{{W}}}numId") for e in numbering.iterchildren(f"{{{W}}}num")))
        abstracts.extend(
            _ints(
                e.get(f"{{{W}}}abstractNumId")
                for e in numbering.iterchildren(f"{{{W}}}abstractNum")
            )
        )
    return IdSeeds(
        part_names=frozenset(part_names),
        relationship_ids=frozenset(relationship_ids),
        max_drawing_id=max(0, *drawings),
        max_bookmark_id=max(bookmarks),
        max_num_id=max(nums),
        max_abstract_num_id=max(abstracts),
    )


def _ints(values: Iterable[str | None]) -> list[int]:
    return [int(v) for v in values if v is not None and v.isdigit()]
