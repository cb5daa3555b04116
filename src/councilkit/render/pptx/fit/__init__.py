"""Estimating whether text fits a box, from font size, box size and character widths.

PowerPoint shrinks text only when someone edits it, and LibreOffice never does, so the
renderer decides the size of every text itself. The estimate uses the advance widths of
the template's theme font read from the installed font files (:mod:`.fonts`; a font's
metric-compatible twin when it is not installed, Arial's table when neither is), wraps words
greedily as PowerPoint does, and errs on the side of more lines: a box that the estimate
says fits does not overflow.

Sizes are in points, lengths in points too (1 in = 72 pt).

>>> round(text_width("Questions", 20.0))
95
>>> line_count("Notre but", width=200.0, size=20.0)
1
"""

from councilkit.render.pptx.fit.blocks import (
    INSET_X,
    INSET_Y,
    LEVEL_STEP,
    block_height,
    fits,
    para_height,
    para_indent,
    para_size,
)
from councilkit.render.pptx.fit.lines import LINE_HEIGHT, line_count, lines_height
from councilkit.render.pptx.fit.metrics import SAFETY, char_width, text_width
from councilkit.render.pptx.fit.pages import paginate
from councilkit.render.pptx.fit.sizes import fit_size, largest_size, longest_word_fits

__all__ = [
    "INSET_X",
    "INSET_Y",
    "LEVEL_STEP",
    "LINE_HEIGHT",
    "SAFETY",
    "block_height",
    "char_width",
    "fit_size",
    "fits",
    "largest_size",
    "line_count",
    "lines_height",
    "longest_word_fits",
    "paginate",
    "para_height",
    "para_indent",
    "para_size",
    "text_width",
]
