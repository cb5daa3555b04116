"""WordprocessingML written as text, straight into lists of string fragments.

Each function appends the markup of one thing (a paragraph, a run, a table row…) to an
:data:`Out` list; the renderer joins the lists once into the parts of the package. Writing
text instead of building lxml elements makes a document about five times faster to write,
and the markup is the same as lxml would serialize: elements, attributes and escapes in
the same order and form, so outputs stay byte-for-byte what they were.

Style ids are given as they appear in the markup: the layout escapes them once
(:data:`~councilkit.render.docx.layout.StyleIds`). Every other text is escaped here.

Things python-docx has no API for live here too: fields (PAGE, NUMPAGES, TOC), ``w:lang``
on runs, bookmarks, repeated header rows, list numbering that restarts, table captions and
widths, pictures with alt text.
"""

from councilkit.render.docx._wml.escape import attribute, text
from councilkit.render.docx._wml.paragraphs import (
    PARAGRAPH_END,
    empty_paragraph,
    paragraph_end,
    paragraph_start,
)
from councilkit.render.docx._wml.pictures import drawing
from councilkit.render.docx._wml.runs import (
    HYPERLINK_END,
    anchor_link,
    field_begin,
    field_end,
    hyperlink,
    plain_run,
    run,
    simple_field,
    tab,
)
from councilkit.render.docx._wml.tables import (
    CELL_END,
    ROW_END,
    TABLE_END,
    cell_start,
    restarting_num,
    row_start,
    table_start,
)

Out = list[str]
"""Fragments of markup in the order written."""

__all__ = [
    "CELL_END",
    "HYPERLINK_END",
    "PARAGRAPH_END",
    "ROW_END",
    "TABLE_END",
    "Out",
    "anchor_link",
    "attribute",
    "cell_start",
    "drawing",
    "empty_paragraph",
    "field_begin",
    "field_end",
    "hyperlink",
    "paragraph_end",
    "paragraph_start",
    "plain_run",
    "restarting_num",
    "row_start",
    "run",
    "simple_field",
    "tab",
    "table_start",
    "text",
]
