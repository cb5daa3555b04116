"""The things python-pptx has no API for, or does too slowly, done on its XML: alt text,
list markers and indents, the slide-number field, reading order, language tags on every
run, removing slides; text frames, shapes, groups, tables and slides built directly. The
only part of the renderer that touches lxml elements."""

from councilkit.render.pptx._oxml.ids import ShapeIds
from councilkit.render.pptx._oxml.names import clone
from councilkit.render.pptx._oxml.notes import NotesKit, NotesMaker, notes_paragraph
from councilkit.render.pptx._oxml.shapes import (
    PlaceholderSpec,
    add_group,
    add_placeholder,
    add_shape,
    add_slide,
    layout_placeholders,
    new_slide,
)
from councilkit.render.pptx._oxml.slide import (
    SLIDE_NUMBER_FIELD_ID,
    add_slide_number,
    add_slide_number_field,
    descr,
    is_text_placeholder,
    move_to_back,
    move_to_front,
    number_placeholders,
    placeholder_element,
    placeholder_type,
    remove_all_slides,
    remove_shape,
    set_box,
    set_descr,
    set_slide_name,
    set_slide_number,
    tag_languages,
)
from councilkit.render.pptx._oxml.tables import add_table, format_cell
from councilkit.render.pptx._oxml.text import (
    add_paragraph,
    add_runs,
    first_paragraph,
    get_or_add_text_body,
    reset_frame,
    set_alignment,
    set_paragraph,
    text_body,
)

__all__ = [
    "SLIDE_NUMBER_FIELD_ID",
    "NotesKit",
    "NotesMaker",
    "PlaceholderSpec",
    "ShapeIds",
    "add_group",
    "add_paragraph",
    "add_placeholder",
    "add_runs",
    "add_shape",
    "add_slide",
    "add_slide_number",
    "add_slide_number_field",
    "add_table",
    "clone",
    "descr",
    "first_paragraph",
    "format_cell",
    "get_or_add_text_body",
    "is_text_placeholder",
    "layout_placeholders",
    "move_to_back",
    "move_to_front",
    "new_slide",
    "notes_paragraph",
    "number_placeholders",
    "placeholder_element",
    "placeholder_type",
    "remove_all_slides",
    "remove_shape",
    "reset_frame",
    "set_alignment",
    "set_box",
    "set_descr",
    "set_paragraph",
    "set_slide_name",
    "set_slide_number",
    "tag_languages",
    "text_body",
]
