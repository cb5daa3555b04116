"""What one Word document being written shares between its writers: the reference it fills,
the style ids of the layout, the body's markup, the list numbering instances, and the
relationships of its links and pictures."""

from __future__ import annotations

import hashlib
import posixpath
from dataclasses import dataclass, field
from pathlib import Path

from councilkit.diagnostics import Diagnostic
from councilkit.render.docx import _wml
from councilkit.render.docx._wml import Out
from councilkit.render.docx.layout import StyleIds
from councilkit.render.docx.reference import Reference
from councilkit.render.docx.relationships import RT_HYPERLINK, RT_IMAGE


@dataclass(frozen=True, slots=True)
class Relationship:
    rid: str
    type: str
    target: str
    external: bool = False


@dataclass(frozen=True, slots=True)
class Media:
    """A picture stored in the package."""

    part: str
    data: bytes
    content_type: str


@dataclass
class Canvas:
    """One Word document being written."""

    reference: Reference
    styles: StyleIds
    language_tag: str
    content_root: Path | None = None
    diagnostics: list[Diagnostic] = field(default_factory=list)
    body: Out = field(default_factory=list)
    nums: list[str] = field(default_factory=list)
    """Numbering instances added to the reference's (one per list that restarts)."""
    relationships: list[Relationship] = field(default_factory=list)
    media: list[Media] = field(default_factory=list)
    _next_num: int = 0
    _next_rid: int = 0
    _next_shape: int = 0
    _links: dict[str, str] = field(default_factory=dict)
    _images: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._next_num = self.reference.next_num_id
        self._next_rid = self.reference.next_rid
        self._next_shape = self.reference.next_shape_id

    @property
    def text_width(self) -> int:
        """The width between the margins, in twips."""
        return self.reference.text_width

    def link(self, url: str) -> str:
        """The relationship id of an external hyperlink (one per address)."""
        if url not in self._links:
            self._links[url] = self._relate(RT_HYPERLINK, url, external=True)
        return self._links[url]

    def image(self, data: bytes, extension: str, content_type: str) -> str:
        """The relationship id of a picture stored once however often it is shown."""
        digest = hashlib.sha1(data).hexdigest()
        if digest not in self._images:
            folder = posixpath.dirname(self.reference.document_part)
            taken = (media.part for media in self.media)
            part = self.reference.seeds.free_part_name(
                posixpath.join(folder, "media"), "image", extension, *taken
            )
            self.media.append(Media(part, data, content_type))
            self._images[digest] = self._relate(RT_IMAGE, posixpath.relpath(part, folder))
        return self._images[digest]

    def shape_id(self) -> int:
        self._next_shape += 1
        return self._next_shape - 1

    def _relate(self, rel_type: str, target: str, *, external: bool = False) -> str:
        rid = f"rId{self._next_rid}"
        self._next_rid += 1
        self.relationships.append(Relationship(rid, rel_type, target, external))
        return rid

    def new_list(self, style_id: str) -> int | None:
        """A numbering instance for one list in ``style_id``, starting again at 1; None
        when the style has no numbering."""
        abstract = self.reference.abstract_num.get(self.list_style_num(style_id) or 0)
        if abstract is None:
            return None
        num_id = self._next_num
        self._next_num += 1
        self.nums.append(_wml.restarting_num(num_id, abstract))
        return num_id

    def list_style_num(self, style_id: str) -> int | None:
        """The numbering a list style is linked to (None when it has none)."""
        return self.reference.list_numbering.get(style_id)
