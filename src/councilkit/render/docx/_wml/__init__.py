"""WordprocessingML written as text: the small writers the emitter (:mod:`..emit`) calls.

Each function writes whole elements (start and end together), property elements in the
schema's order (:mod:`.properties`), and escapes every value it is given
(:mod:`.escape`) but style ids, which the layout escapes once
(:data:`~councilkit.render.docx.layout.StyleIds`). Writing text instead of building lxml
elements keeps a document about five times faster to write; the markup is what lxml would
serialize.
"""

from councilkit.render.docx._wml.numbering import restarting_num
from councilkit.render.docx._wml.pictures import drawing
from councilkit.render.docx._wml.properties import (
    cell_properties,
    paragraph_properties,
    row_properties,
    run_properties,
    table_grid,
    table_properties,
)
from councilkit.render.docx._wml.runs import FIELD_END, TAB, field_begin, run, simple_field
from councilkit.xml_escape import attribute, text

Out = list[str]
"""Fragments of markup in the order written."""

__all__ = [
    "FIELD_END",
    "TAB",
    "Out",
    "attribute",
    "cell_properties",
    "drawing",
    "field_begin",
    "paragraph_properties",
    "restarting_num",
    "row_properties",
    "run",
    "run_properties",
    "simple_field",
    "table_grid",
    "table_properties",
    "text",
]
