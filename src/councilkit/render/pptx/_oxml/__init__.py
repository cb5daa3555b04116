"""What python-pptx has no API for, or does too slowly, done on its XML elements: alt
text, language tags on every run, numbering layout placeholders, removing slides, and
speaker notes slides. Slides themselves are written as text (:mod:`.._pml`)."""

from councilkit.render.pptx._oxml.names import clone
from councilkit.render.pptx._oxml.notes import NotesKit, NotesMaker, notes_paragraph
from councilkit.render.pptx._oxml.slide import (
    SLIDE_NUMBER_FIELD_ID,
    number_placeholders,
    remove_all_slides,
    set_descr,
    tag_languages,
)
from councilkit.render.pptx._oxml.text import add_runs

__all__ = [
    "SLIDE_NUMBER_FIELD_ID",
    "NotesKit",
    "NotesMaker",
    "add_runs",
    "clone",
    "notes_paragraph",
    "number_placeholders",
    "remove_all_slides",
    "set_descr",
    "tag_languages",
]
