"""Speaker notes slides, made as python-pptx's ``slide.notes_slide`` makes them, faster.

python-pptx builds each notes slide by copying the notes master's placeholders one by one,
searching the notes slide for ids and names each time. The copies are the same on every
notes slide of a deck (a new notes slide holds nothing else), so :class:`NotesMaker` lets
python-pptx make the deck's first notes slide and copies its placeholders onto the next.
"""

from __future__ import annotations

import copy
from typing import Any

from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.parts.slide import NotesSlidePart

from councilkit.render.pptx._oxml.names import EXT_LST, NV_PH, PML, A, P, insert_before
from councilkit.render.pptx._oxml.text import get_or_add_text_body

_SHAPES = frozenset(PML + t for t in ("sp", "grpSp", "graphicFrame", "cxnSp", "pic"))
_CONTENT = frozenset(A + t for t in ("r", "br", "fld"))


class NotesMaker:
    """Adds notes slides to the slides of one deck."""

    def __init__(self) -> None:
        self._shapes: list[Any] | None = None

    def add(self, slide: Any) -> Any:
        """The new notes slide of ``slide`` (which has none yet), with the notes master's
        placeholders."""
        if self._shapes is None:
            notes = slide.notes_slide
            tree = notes._element.cSld.spTree
            self._shapes = [copy.deepcopy(e) for e in tree if e.tag in _SHAPES]
            return notes
        slide_part = slide.part
        package = slide_part.package
        master = package.presentation_part.notes_master_part
        part = NotesSlidePart._add_notes_slide_part(package, slide_part, master)  # type: ignore[no-untyped-call]
        tree = part._element.cSld.spTree
        for shape in self._shapes:
            insert_before(tree, copy.deepcopy(shape), EXT_LST)
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
            body = get_or_add_text_body(element)
            paragraphs = body.findall(P)
            for extra in paragraphs[1:]:
                body.remove(extra)
            first = paragraphs[0]
            for child in list(first):
                if child.tag in _CONTENT:
                    first.remove(child)
            return first
    return None
