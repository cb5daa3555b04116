"""The raw WordprocessingML that python-docx has no API for, kept in one place.

Fields (PAGE, NUMPAGES, TOC), ``w:lang``, runs and hyperlinks written directly (faster than
python-docx's proxies and able to carry a language), bookmarks, repeated header rows, list
numbering instances that restart, table captions and widths, alt text on pictures, and the
settings that make Word refresh fields on open. Everything here writes plain lxml elements
with lxml on the document's own tree, so python-docx's element classes still apply.
"""

from councilkit.render.docx._oxml.document import (
    set_default_language,
    set_theme_language,
    update_fields_on_open,
)
from councilkit.render.docx._oxml.elements import Element, child, new, set_attr
from councilkit.render.docx._oxml.fields import field_begin, field_end, simple_field
from councilkit.render.docx._oxml.numbering import (
    abstract_num_of,
    add_restarting_num,
    next_num_id,
    style_element,
    style_num_id,
)
from councilkit.render.docx._oxml.paragraphs import (
    clear,
    page_break_before,
    paragraph,
    set_numbering,
)
from councilkit.render.docx._oxml.pictures import drawing, set_alt_text
from councilkit.render.docx._oxml.runs import anchor_link, bookmark, hyperlink, run, tab
from councilkit.render.docx._oxml.tables import table, table_caption, table_cell, table_row

__all__ = [
    "Element",
    "abstract_num_of",
    "add_restarting_num",
    "anchor_link",
    "bookmark",
    "child",
    "clear",
    "drawing",
    "field_begin",
    "field_end",
    "hyperlink",
    "new",
    "next_num_id",
    "page_break_before",
    "paragraph",
    "run",
    "set_alt_text",
    "set_attr",
    "set_default_language",
    "set_numbering",
    "set_theme_language",
    "simple_field",
    "style_element",
    "style_num_id",
    "tab",
    "table",
    "table_caption",
    "table_cell",
    "table_row",
    "update_fields_on_open",
]
