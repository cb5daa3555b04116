"""Speaker notes slides, made as python-pptx's ``slide.notes_slide`` makes them, faster.

python-pptx builds each notes slide by copying the notes master's placeholders one by one,
searching the notes slide for ids and names each time, and names its part after a walk
through the whole package. A new notes slide is the same for every slide of a deck, so
:class:`NotesMaker` lets python-pptx make the deck's first one, and copies it for the
next, numbering their parts as python-pptx would (the first free number).

A template without a notes master gets python-pptx's default one (and its theme) with the
first notes slide: python-pptx reads both from its own files and parses them for every
deck. They are the same for every deck drawn on the template, so the first deck's are
remembered with the template (:class:`NotesKit`) and the next decks take their bytes.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from typing import Any

from pptx.opc.constants import CONTENT_TYPE as CT
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.opc.package import Part
from pptx.opc.packuri import PackURI
from pptx.parts.slide import NotesSlidePart

from councilkit.render.pptx._oxml.names import NV_PH, PML, clone
from councilkit.render.pptx._oxml.text import clear_text, get_or_add_text_body

_SHAPES = frozenset(PML + t for t in ("sp", "grpSp", "graphicFrame", "cxnSp", "pic"))
_NOTES_NAME = re.compile(r"/ppt/notesSlides/notesSlide(\d+)\.xml")


@dataclass(frozen=True, slots=True)
class NotesKit:
    """What python-pptx adds to a template without a notes master with its first notes
    slide: the default notes master and its theme (part names and bytes), and the new
    notes slide (an element, only ever copied)."""

    master: tuple[str, bytes]
    theme: tuple[str, bytes]
    blank: Any


class NotesMaker:
    """Adds notes slides to the slides of one deck (nothing else may add or remove notes
    slides meanwhile). ``kits``: where the kit of the deck's template is remembered
    (None: nowhere)."""

    def __init__(self, kits: dict[str, NotesKit] | None = None) -> None:
        self._blank: Any | None = None
        self._taken: set[int] = set()
        self._kits = kits

    def add(self, slide: Any) -> Any:
        """The new notes slide of ``slide`` (which has none yet), with the notes master's
        placeholders."""
        slide_part = slide.part
        package = slide_part.package
        if self._blank is None:
            return self._first(slide)
        number = next(n for n in itertools.count(1) if n not in self._taken)
        self._taken.add(number)
        part = NotesSlidePart(
            PackURI(f"/ppt/notesSlides/notesSlide{number}.xml"),
            CT.PML_NOTES_SLIDE,
            package,
            clone(self._blank),
        )
        part.relate_to(package.presentation_part.notes_master_part, RT.NOTES_MASTER)
        part.relate_to(slide_part, RT.SLIDE)
        slide_part.relate_to(part, RT.NOTES_SLIDE)
        return part.notes_slide

    def _first(self, slide: Any) -> Any:
        """The deck's first notes slide: made by python-pptx, or from the template's kit
        when the template has no notes master of its own."""
        package = slide.part.package
        presentation_part = package.presentation_part
        has_master = any(r.reltype == RT.NOTES_MASTER for r in presentation_part.rels.values())
        kit = None if has_master or self._kits is None else self._kits.get("default")
        names = (_NOTES_NAME.fullmatch(str(p.partname)) for p in package.iter_parts())
        self._taken = {int(found[1]) for found in names if found}
        if kit is None:
            notes = slide.notes_slide
            self._blank = clone(notes._element)
            found = _NOTES_NAME.fullmatch(str(notes.part.partname))
            if found:
                self._taken.add(int(found[1]))
            if not has_master and self._kits is not None:
                self._kits["default"] = _kit_of(presentation_part, self._blank)
            return notes
        master = Part(PackURI(kit.master[0]), CT.PML_NOTES_MASTER, package, kit.master[1])
        theme = Part(PackURI(kit.theme[0]), CT.OFC_THEME, package, kit.theme[1])
        master.relate_to(theme, RT.THEME)  # in python-pptx's order: the same ids
        presentation_part.relate_to(master, RT.NOTES_MASTER)
        self._blank = kit.blank
        return self.add(slide)


def _kit_of(presentation_part: Any, blank: Any) -> NotesKit:
    """The default notes master python-pptx has just added to ``presentation_part``."""
    master = presentation_part.part_related_by(RT.NOTES_MASTER)
    theme = master.part_related_by(RT.THEME)
    return NotesKit((str(master.partname), master.blob), (str(theme.partname), theme.blob), blank)


def notes_paragraph(notes: Any) -> Any | None:
    """The first paragraph of the notes placeholder (the first body placeholder) of the
    notes slide ``notes``, emptied as python-pptx's ``notes_text_frame.clear()`` does;
    None when it has none."""
    for element in notes._element.cSld.spTree:
        if element.tag not in _SHAPES:
            continue
        properties = element.find("*")
        ph = None if properties is None else properties.find(NV_PH)
        if ph is not None and ph.get("type", "obj") == "body":
            return clear_text(get_or_add_text_body(element))
    return None
