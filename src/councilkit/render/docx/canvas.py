"""What one Word document being written gathers besides its body: the reference it
fills, the style ids of the layout, its id space, the list numbering instances, the
relationships and parts it adds (links, pictures, headers and footers), and problems."""

from __future__ import annotations

import hashlib
import posixpath
from dataclasses import dataclass, field
from pathlib import Path

from councilkit.diagnostics import Diagnostic
from councilkit.render.docx._wml.numbering import restarting_num
from councilkit.render.docx.ids import IdSpace
from councilkit.render.docx.layout import StyleIds
from councilkit.render.docx.reference import Reference
from councilkit.render.docx.relationships import RT_HYPERLINK, RT_IMAGE
from councilkit.zipping import Deflated


@dataclass(frozen=True, slots=True)
class Relationship:
    rid: str
    type: str
    target: str
    external: bool = False


@dataclass(frozen=True, slots=True)
class AddedPart:
    """A part the document adds to the reference's (a picture, a header)."""

    part: str
    data: bytes | Deflated
    content_type: str | None
    """None for a part whose type the reference already declares by extension."""


@dataclass
class Canvas:
    """One Word document being written."""

    reference: Reference
    styles: StyleIds
    language_tag: str
    content_root: Path | None = None
    diagnostics: list[Diagnostic] = field(default_factory=list)
    nums: list[str] = field(default_factory=list)
    """Numbering instances added to the reference's (one per list that restarts)."""
    relationships: list[Relationship] = field(default_factory=list)
    added: list[AddedPart] = field(default_factory=list)
    ids: IdSpace = field(init=False)
    _links: dict[str, str] = field(default_factory=dict)
    _images: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        reference = self.reference
        self.ids = IdSpace(
            next_rid=reference.next_rid,
            next_drawing=reference.next_shape_id,
            next_num=reference.next_num_id,
            next_bookmark=reference.seeds.max_bookmark_id + 1,
            parts=(*reference.seeds.part_names, *reference.parts),
        )

    @property
    def text_width(self) -> int:
        """The width between the margins, in twips."""
        return self.reference.text_width

    def link(self, url: str) -> str:
        """The relationship id of an external hyperlink (one per address)."""
        if url not in self._links:
            self._links[url] = self.relate(RT_HYPERLINK, url, external=True)
        return self._links[url]

    def image(self, data: bytes, extension: str, content_type: str) -> str:
        """The relationship id of a picture stored once however often it is shown."""
        digest = hashlib.sha1(data).hexdigest()
        if digest not in self._images:
            folder = posixpath.dirname(self.reference.document_part)
            name = self.ids.part(posixpath.join(folder, "media", "image"), extension)
            self.added.append(AddedPart(name, data, content_type))
            self._images[digest] = self.relate(RT_IMAGE, posixpath.relpath(name, folder))
        return self._images[digest]

    def relate(self, rel_type: str, target: str, *, external: bool = False) -> str:
        """A new relationship of the main document."""
        rid = self.ids.relationship()
        self.relationships.append(Relationship(rid, rel_type, target, external))
        return rid

    def new_list(self, style_id: str) -> int | None:
        """A numbering instance for one list in ``style_id``, starting again at 1; None
        when the style has no numbering."""
        abstract = self.reference.abstract_num.get(self.list_style_num(style_id) or 0)
        if abstract is None:
            return None
        num_id = self.ids.numbering()
        self.nums.append(restarting_num(num_id, abstract))
        return num_id

    def list_style_num(self, style_id: str) -> int | None:
        """The numbering a list style is linked to (None when it has none)."""
        return self.reference.list_numbering.get(style_id)
