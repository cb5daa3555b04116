"""Drawing helpers shared by the emitters: text bodies from :class:`TextBlock`, boxes,
groups with alt text, tables, all written as XML text. Every run and paragraph end gets
its language here.

:class:`SlideCanvas` is what an emitter draws on: the python-pptx slide, the placeholders
the layout mapping names, the palette and the language. What it draws is kept as text and
parsed into the slide once, when the slide is finished (:meth:`SlideCanvas.finish`).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pptx.enum.lang import MSO_LANGUAGE_ID
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.shapes.autoshape import AutoShapeType
from pptx.util import Emu

from councilkit.diagnostics import Diagnostic
from councilkit.localize import Run
from councilkit.model import Language
from councilkit.render.pptx import _oxml
from councilkit.render.pptx._pml import shapes, text
from councilkit.render.pptx._pml.placeholders import Placeholder
from councilkit.render.pptx._pml.sheet import Drawn, Sheet, TreeIds
from councilkit.render.pptx.fit import INSET_X, INSET_Y, para_indent, para_size
from councilkit.render.pptx.layout import Palette
from councilkit.render.pptx.plan import Box, Marker, Para, TextBlock

EMU_PER_POINT = 12700
LANGUAGE_IDS = {
    Language.EN: MSO_LANGUAGE_ID.ENGLISH_CANADIAN,
    Language.FR: MSO_LANGUAGE_ID.FRENCH_CANADIAN,
}
_LANGUAGE_XML = {language: str(tag.xml_value) for language, tag in LANGUAGE_IDS.items()}
ANCHORS = {"top": MSO_ANCHOR.TOP, "middle": MSO_ANCHOR.MIDDLE, "bottom": MSO_ANCHOR.BOTTOM}
_ANCHOR_XML = {name: str(anchor.xml_value) for name, anchor in ANCHORS.items()}
_INSET_X, _INSET_Y = round(INSET_X * EMU_PER_POINT), round(INSET_Y * EMU_PER_POINT)
_MARKERS = {Marker.NONE: "none", Marker.BULLET: "bullet", Marker.NUMBER: "number"}

CellText = tuple[str, TextBlock]
"""A table cell: its fill colour (hex) and its text."""


def emu(points: float) -> Emu:
    """``points`` as EMU, rounded to a whole number so output is stable."""
    return Emu(round(points * EMU_PER_POINT))


def emu_int(points: float) -> int:
    """:func:`emu` as a plain number, for XML written here."""
    return round(points * EMU_PER_POINT)


def edges(box: Box) -> shapes.Edges:
    """``box`` in EMU: left, top, width and height."""
    return (emu_int(box.left), emu_int(box.top), emu_int(box.width), emu_int(box.height))


@dataclass
class SlideCanvas:
    """A slide being drawn, with what its emitter needs to know."""

    slide: Any
    title_idx: int
    body_idx: int
    palette: Palette
    language: Language
    content_root: Path
    sheet: Sheet
    """The slide's shapes in reading order, as text until the slide is finished."""
    diagnostics: list[Diagnostic] = field(default_factory=list)

    @property
    def ids(self) -> TreeIds:
        """The slide's shape ids, for code that puts an element on the slide itself."""
        return TreeIds(self.sheet)

    @property
    def shapes(self) -> Any:
        """python-pptx's shapes of the slide, for what it adds itself (a picture, a
        chart): everything drawn so far is put on the slide first, so that what it adds
        comes after it, with the id python-pptx would give."""
        self.sheet.live_tree()
        return self.slide.shapes

    def placeholder(self, idx: int) -> Placeholder | None:
        """The slide's placeholder ``idx``, if its layout has one."""
        for drawn in self.sheet.shapes:
            if isinstance(drawn, Placeholder) and drawn.idx == idx:
                return drawn
        return None

    def body(self) -> Placeholder | None:
        """The body placeholder named by the mapping."""
        return self.placeholder(self.body_idx)

    def remove_body(self) -> None:
        """Take the empty body placeholder off a slide whose body is drawn with shapes."""
        body = self.body()
        if body is not None:
            self.sheet.remove(body)

    def write(
        self, placeholder: Placeholder, block: TextBlock, *, anchor: str | None = "top"
    ) -> None:
        """Fill ``placeholder`` with ``block`` (None ``anchor``: as the layout says)."""
        placeholder.body = self.text_body(placeholder.text_start, block, anchor=anchor)

    def text_body(
        self, start: text.BodyStart, block: TextBlock, *, anchor: str | None = "top"
    ) -> str:
        """The content of a text body made as ``start`` holding ``block``."""
        return write_body(start, block, self.palette, self.sheet.lang, self.relate, anchor)

    def text_box(
        self,
        box: Box,
        block: TextBlock,
        *,
        fill: str | None = None,
        line: str | None = None,
        anchor: str = "top",
        shape: Any = MSO_SHAPE.RECTANGLE,
        name: str | None = None,
    ) -> Drawn:
        """A rectangle (or ``shape``) with ``block`` in it; a plain text box when it has
        neither fill nor line."""
        if fill is None and line is None and shape is MSO_SHAPE.RECTANGLE:
            prst, basename, start = None, "TextBox", text.TEXT_BOX
        else:
            prst, basename = _auto_shape(shape)
            start = text.AUTO_SHAPE
        shape_id = self.sheet.ids.next_id()
        name = name or f"{basename} {shape_id - 1}"
        body = self.text_body(start, block, anchor=anchor)
        return self._add(shape_id, name, box, body, prst, fill, line)

    def shape(
        self,
        kind: Any,
        box: Box,
        *,
        fill: str | None = None,
        line: str | None = None,
        name: str | None = None,
    ) -> Drawn:
        """An auto shape without text."""
        prst, basename = _auto_shape(kind)
        shape_id = self.sheet.ids.next_id()
        name = name or f"{basename} {shape_id - 1}"
        body = text.empty_body(text.AUTO_SHAPE, self.sheet.lang, first='<a:pPr algn="ctr"/>')
        return self._add(shape_id, name, box, body, prst, fill, line)

    def _add(
        self,
        shape_id: int,
        name: str,
        box: Box,
        body: str,
        prst: str | None,
        fill: str | None,
        line: str | None,
    ) -> Drawn:
        place = edges(box)
        xml = shapes.shape(
            shape_id,
            name,
            place,
            body,
            prst=prst,
            fill=None if fill is None else fill.upper(),
            line=None if line is None else line.upper(),
        )
        return self.sheet.add(Drawn(shape_id, name, place, xml))

    def group(self, name: str, descr: str, members: Sequence[Drawn]) -> Drawn:
        """Put ``members`` (shapes drawn on this canvas) in a group, named and described
        for screen readers."""
        for member in members:
            assert member.element is None  # still text
            self.sheet.shapes.remove(member)
        shape_id = self.sheet.ids.first_free()
        boxes = [member.box for member in members if member.box is not None]
        xml = shapes.group(shape_id, name, descr, boxes, "".join(m.xml for m in members))
        return self.sheet.add(Drawn(shape_id, name, None, xml))

    def table(
        self,
        offset: tuple[int, int],
        widths: Sequence[int],
        heights: Sequence[int],
        rows: Sequence[Sequence[CellText]],
        *,
        name: str,
        descr: str,
    ) -> Drawn:
        """A table with columns ``widths`` and rows ``heights`` (EMU) at ``offset``, each
        cell of ``rows`` filled and written (a row short of cells has the last ones
        empty), named and described for screen readers."""
        shape_id = self.sheet.ids.next_id()
        empty = shapes.empty_cell(text.empty_body(text.TEXT_PLACEHOLDER, self.sheet.lang))
        cells = []
        for row in rows:
            written = [
                shapes.cell(
                    self.text_body(text.TEXT_PLACEHOLDER, block),
                    margin_x=_INSET_X,
                    margin_y=_INSET_Y,
                    fill=fill.upper(),
                )
                for fill, block in row[: len(widths)]
            ]
            cells.append("".join(written) + empty * (len(widths) - len(written)))
        xml = shapes.table(shape_id, name, descr, offset, widths, heights, cells)
        return self.sheet.add(Drawn(shape_id, name, None, xml))

    def finish(self, first: list[Drawn], last: list[Drawn]) -> None:
        """Put what was drawn on the slide: ``first`` first in reading order, ``last``
        last."""
        self.sheet.finish(first, last)

    def relate(self, url: str) -> str:
        """The relationship id of a link address from the slide, added as python-pptx
        adds it."""
        r_id: str = self.slide.part.relate_to(url, RT.HYPERLINK, is_external=True)
        return r_id


@functools.lru_cache(maxsize=64)
def _auto_shape(kind: Any) -> tuple[str, str]:
    """The preset geometry and the name python-pptx gives an auto shape of ``kind``."""
    auto = AutoShapeType(kind)
    return auto.prst, auto.basename


def place(placeholder: Placeholder, box: Box) -> None:
    """Move and size ``placeholder`` to ``box``."""
    placeholder.box = edges(box)


def write_body(
    start: text.BodyStart,
    block: TextBlock,
    palette: Palette,
    lang: str,
    relate: Callable[[str], str],
    anchor: str | None = "top",
) -> str:
    """The content of a text body made as ``start`` holding ``block``: fixed size, no
    auto-fit, the inner margins the fit estimate assumes, ``anchor`` (None: as the layout
    says); paragraph ends in ``lang``, link addresses related by ``relate``."""
    parts = [
        text.body_properties(
            start, _INSET_X, _INSET_Y, None if anchor is None else _ANCHOR_XML[anchor]
        )
    ]
    size = block.size
    end = f'<a:endParaRPr lang="{lang}"/></a:p>'
    for i, para in enumerate(block.paragraphs or (Para(()),)):
        own = para_size(para, size)
        margin, indent = para_indent(para, size)
        marked = para.marker is not Marker.NONE
        properties = text.paragraph_properties(
            para.align.value,
            0 if i == 0 else _centipoints(round(para.space_before * own)),
            emu_int(margin),
            emu_int(indent),
            _MARKERS[para.marker],
            para.number,
            palette.primary if marked else None,
        )
        colour = None if para.color == "inherit" else palette.colour(para.color) or palette.text
        written = text.runs(
            run_specs(para.runs),
            size=str(_centipoints(own)),
            color=None if colour is None else colour.upper(),
            relate=relate,
        )
        parts.append(f"<a:p>{properties}{written}{end}")
    return "".join(parts)


def run_specs(runs: Sequence[Run]) -> list[text.RunSpec]:
    """``runs`` as :func:`text.runs` takes them, each with its language tag."""
    return [(r.text, r.bold, r.italic, r.href, _LANGUAGE_XML[r.language]) for r in runs]


def add_runs(
    p: Any,
    runs: Sequence[Run],
    size: float | None,
    *,
    owner: Any,
    color: str | None = None,
    typeface: str | None = None,
) -> None:
    """Append ``runs`` to the ``a:p`` element ``p`` of ``owner`` (a slide or notes slide:
    what links are related from), each with its own language, at ``size`` and in
    ``color`` and ``typeface`` (None: as the layout says)."""

    def relate(url: str) -> str:
        r_id: str = owner.part.relate_to(url, RT.HYPERLINK, is_external=True)
        return r_id

    _oxml.add_runs(
        p,
        run_specs(runs),
        size=None if size is None else str(_centipoints(size)),
        color=None if color is None else color.upper(),
        relate=relate,
        typeface=typeface,
    )


def _centipoints(points: float) -> int:
    """``points`` in hundredths of a point, rounded as python-pptx's ``Pt`` rounds."""
    return int(points * EMU_PER_POINT) // 127
