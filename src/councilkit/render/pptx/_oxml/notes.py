"""Speaker notes slides, made as python-pptx's ``slide.notes_slide`` makes them, faster.

python-pptx builds each notes slide by copying the notes master's placeholders one by one,
searching the notes slide for ids and names each time, and names its part after a walk
through the whole package. A new notes slide is the same for every slide of a deck, so
:class:`NotesMaker` lets python-pptx make the deck's first one, and copies it for the
next, numbering their parts as python-pptx would (the first free number).
"""

from __future__ import annotations

import itertools
import re
from typing import Any

from pptx.opc.constants import CONTENT_TYPE as CT
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.opc.packuri import PackURI
from pptx.parts.slide import NotesSlidePart

from councilkit.render.pptx._oxml.names import NV_PH, PML, clone
from councilkit.render.pptx._oxml.text import clear_text, get_or_add_text_body

_SHAPES = frozenset(PML + t for t in ("sp", "grpSp", "graphicFrame", "cxnSp", "pic"))
_NOTES_NAME = re.compile(r"/ppt/notesSlides/notesSlide(\d+)\.xml")


class NotesMaker:
    """Adds notes slides to the slides of one deck (nothing else may add or remove notes
    slides meanwhile)."""

    def __init__(self) -> None:
        self._blank: Any | None = None
        self._taken: set[int] = set()

    def add(self, slide: Any) -> Any:
        """The new notes slide of ``slide`` (which has none yet), with the notes master's
        placeholders."""
        slide_part = slide.part
        package = slide_part.package
        if self._blank is None:
            notes = slide.notes_slide
            self._blank = clone(notes._element)
            names = (_NOTES_NAME.fullmatch(str(p.partname)) for p in package.iter_parts())
            self._taken = {int(found[1]) for found in names if found}
            return notes
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
