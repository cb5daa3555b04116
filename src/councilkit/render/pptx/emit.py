"""Drawing helpers shared by the emitters: text frames from :class:`TextBlock`, boxes,
groups with alt text, tables. Every run gets its own language tag here.

:class:`SlideCanvas` is what an emitter draws on: the python-pptx slide, the placeholders
the layout mapping names, the palette and the language.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pptx.dml.color import RGBColor
from pptx.enum.lang import MSO_LANGUAGE_ID
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
from pptx.util import Emu, Pt

from councilkit.diagnostics import Diagnostic
from councilkit.localize import Run
from councilkit.model import Language
from councilkit.render.pptx import _oxml
from councilkit.render.pptx.fit import INSET_X, INSET_Y, para_indent, para_size
from councilkit.render.pptx.layout import Palette
from councilkit.render.pptx.plan import Align, Box, Marker, Para, TextBlock

EMU_PER_POINT = 12700
LANGUAGE_IDS = {
    Language.EN: MSO_LANGUAGE_ID.ENGLISH_CANADIAN,
    Language.FR: MSO_LANGUAGE_ID.FRENCH_CANADIAN,
}
_ALIGN = {Align.LEFT: PP_ALIGN.LEFT, Align.CENTER: PP_ALIGN.CENTER, Align.RIGHT: PP_ALIGN.RIGHT}
ANCHORS = {"top": MSO_ANCHOR.TOP, "middle": MSO_ANCHOR.MIDDLE, "bottom": MSO_ANCHOR.BOTTOM}


def emu(points: float) -> Emu:
    """``points`` as EMU, rounded to a whole number so output is stable."""
    return Emu(round(points * EMU_PER_POINT))


def rgb(hex_colour: str) -> RGBColor:
    """The colour of six hex digits."""
    make: Any = RGBColor  # python-pptx leaves its constructor untyped
    colour: RGBColor = make.from_string(hex_colour.upper())
    return colour


@dataclass
class SlideCanvas:
    """A slide being drawn, with what its emitter needs to know."""

    slide: Any
    title_idx: int
    body_idx: int
    palette: Palette
    language: Language
    content_root: Path
    diagnostics: list[Diagnostic] = field(default_factory=list)

    @property
    def shapes(self) -> Any:
        return self.slide.shapes

    def placeholder(self, idx: int) -> Any | None:
        """The slide's placeholder ``idx``, if its layout has one."""
        for shape in self.slide.placeholders:
            if shape.placeholder_format.idx == idx:
                return shape
        return None

    def body(self) -> Any | None:
        """The body placeholder named by the mapping."""
        return self.placeholder(self.body_idx)

    def remove_body(self) -> None:
        """Take the empty body placeholder off a slide whose body is drawn with shapes."""
        body = self.body()
        if body is not None:
            _oxml.remove_shape(body)

    def write(self, frame: Any, block: TextBlock, *, anchor: str | None = "top") -> None:
        """Fill a text frame with ``block``."""
        write_block(frame, block, self.palette, anchor=anchor)

    def text_box(
        self,
        box: Box,
        block: TextBlock,
        *,
        shapes: Any = None,
        fill: str | None = None,
        line: str | None = None,
        anchor: str = "top",
        shape: Any = MSO_SHAPE.RECTANGLE,
        name: str | None = None,
    ) -> Any:
        """A rectangle (or ``shape``) with ``block`` in it; a plain text box when it has
        neither fill nor line."""
        target = self.shapes if shapes is None else shapes
        if fill is None and line is None and shape is MSO_SHAPE.RECTANGLE:
            created = target.add_textbox(
                emu(box.left), emu(box.top), emu(box.width), emu(box.height)
            )
        else:
            created = target.add_shape(
                shape, emu(box.left), emu(box.top), emu(box.width), emu(box.height)
            )
            _oxml.strip_style(created)
            paint(created, fill=fill, line=line)
        if name:
            created.name = name
        write_block(created.text_frame, block, self.palette, anchor=anchor)
        return created

    def shape(
        self,
        kind: Any,
        box: Box,
        *,
        shapes: Any = None,
        fill: str | None = None,
        line: str | None = None,
        name: str | None = None,
    ) -> Any:
        """An auto shape without text."""
        target = self.shapes if shapes is None else shapes
        created = target.add_shape(
            kind, emu(box.left), emu(box.top), emu(box.width), emu(box.height)
        )
        _oxml.strip_style(created)
        paint(created, fill=fill, line=line)
        if name:
            created.name = name
        return created

    def group(self, name: str, descr: str, members: Sequence[Any]) -> Any:
        """Put ``members`` (shapes already on the slide) in a group, named and described
        for screen readers. Grouping once is much faster than adding to a group, which
        python-pptx re-measures after every shape."""
        group = self.shapes.add_group_shape(members)
        group.name = name
        _oxml.set_descr(group, descr)
        return group


def place(shape: Any, box: Box) -> None:
    """Move and size a shape to ``box``."""
    shape.left, shape.top = emu(box.left), emu(box.top)
    shape.width, shape.height = emu(box.width), emu(box.height)


def paint(shape: Any, *, fill: str | None, line: str | None) -> None:
    """Set a shape's fill and outline colours (None: none)."""
    if fill is None:
        shape.fill.background()
    else:
        shape.fill.solid()
        shape.fill.fore_color.rgb = rgb(fill)
    if line is None:
        shape.line.fill.background()
    else:
        shape.line.color.rgb = rgb(line)
        shape.line.width = Pt(1)


def write_block(
    frame: Any, block: TextBlock, palette: Palette, *, anchor: str | None = "top"
) -> None:
    """Replace the text of ``frame`` with ``block``: fixed size, no auto-fit, the inner
    margins the fit estimate assumes."""
    frame.clear()
    frame.word_wrap = True
    frame.auto_size = MSO_AUTO_SIZE.NONE
    frame.margin_left = frame.margin_right = emu(INSET_X)
    frame.margin_top = frame.margin_bottom = emu(INSET_Y)
    if anchor is not None:  # None: as the layout says
        frame.vertical_anchor = ANCHORS[anchor]
    paragraphs = block.paragraphs or (Para(()),)
    for i, para in enumerate(paragraphs):
        paragraph = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        write_para(paragraph, para, block.size, palette, first=i == 0)


def write_para(paragraph: Any, para: Para, size: float, palette: Palette, *, first: bool) -> None:
    """Set one paragraph: alignment, marker and indent, spacing, runs."""
    own = para_size(para, size)
    paragraph.alignment = _ALIGN[para.align]
    paragraph.line_spacing = 1.0
    paragraph.space_before = Pt(0 if first else round(para.space_before * own))
    paragraph.space_after = Pt(0)
    margin, indent = para_indent(para, size)
    marker = {Marker.NONE: "none", Marker.BULLET: "bullet", Marker.NUMBER: "number"}[para.marker]
    _oxml.set_list_marker(
        paragraph,
        margin=emu(margin),
        indent=emu(indent),
        marker=marker,
        number=para.number,
        color=palette.primary if para.marker is not Marker.NONE else None,
    )
    colour = None if para.color == "inherit" else palette.colour(para.color) or palette.text
    write_runs(paragraph, para.runs, own, color=colour)


def write_runs(
    paragraph: Any, runs: Sequence[Run], size: float | None, *, color: str | None
) -> None:
    """Append ``runs`` to ``paragraph``, each with its own language, at ``size`` and in
    ``color`` (None: as the layout says)."""
    for run in runs:
        target = paragraph.add_run()
        target.text = run.text
        font = target.font
        if size is not None:
            font.size = Pt(size)
        font.bold = True if run.bold else None
        font.italic = True if run.italic else None
        if color is not None:
            font.color.rgb = rgb(color)
        font.language_id = LANGUAGE_IDS[run.language]
        if run.href:
            target.hyperlink.address = run.href
