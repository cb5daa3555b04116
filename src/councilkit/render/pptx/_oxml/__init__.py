"""The things python-pptx has no API for, or does too slowly, done on its XML: alt text,
list markers and indents, the slide-number field, reading order, language tags on every
run, removing slides; text frames, shapes, groups, tables and slides built directly. The
only part of the renderer that touches lxml elements."""

from councilkit.render.pptx._oxml.shapes import (
    PlaceholderSpec,
    add_group,
    add_placeholder,
    add_shape,
    add_slide,
    format_cell,
    layout_placeholders,
    table_cells,
)
from councilkit.render.pptx._oxml.slide import (
    SLIDE_NUMBER_FIELD_ID,
    add_slide_number,
    descr,
    is_text_placeholder,
    move_to_back,
    move_to_front,
    number_placeholders,
    placeholder_element,
    placeholder_type,
    remove_all_slides,
    remove_shape,
    set_descr,
    set_slide_name,
    tag_languages,
)
from councilkit.render.pptx._oxml.text import (
    add_paragraph,
    add_runs,
    reset_frame,
    set_paragraph,
    text_body,
)

__all__ = [
    "SLIDE_NUMBER_FIELD_ID",
    "PlaceholderSpec",
    "add_group",
    "add_paragraph",
    "add_placeholder",
    "add_runs",
    "add_shape",
    "add_slide",
    "add_slide_number",
    "descr",
    "format_cell",
    "is_text_placeholder",
    "layout_placeholders",
    "move_to_back",
    "move_to_front",
    "number_placeholders",
    "placeholder_element",
    "placeholder_type",
    "remove_all_slides",
    "remove_shape",
    "reset_frame",
    "set_descr",
    "set_paragraph",
    "set_slide_name",
    "table_cells",
    "tag_languages",
    "text_body",
]
