"""Drawing helpers shared by the emitters: text frames from :class:`TextBlock`, boxes,
groups with alt text, tables. Every run gets its own language tag here.

:class:`SlideCanvas` is what an emitter draws on: the python-pptx slide, the placeholders
the layout mapping names, the palette and the language.
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
from pptx.shapes.autoshape import AutoShapeType, Shape
from pptx.shapes.group import GroupShape
from pptx.shapes.placeholder import SlidePlaceholder
from pptx.shapes.shapetree import SlideShapeFactory
from pptx.util import Emu

from councilkit.diagnostics import Diagnostic
from councilkit.localize import Run
from councilkit.model import Language
from councilkit.render.pptx import _oxml
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
_TX_BODY = "{http://schemas.openxmlformats.org/presentationml/2006/main}txBody"
_MARKERS = {Marker.NONE: "none", Marker.BULLET: "bullet", Marker.NUMBER: "number"}


def emu(points: float) -> Emu:
    """``points`` as EMU, rounded to a whole number so output is stable."""
    return Emu(round(points * EMU_PER_POINT))


def emu_int(points: float) -> int:
    """:func:`emu` as a plain number, for XML written here (python-pptx's ``Emu`` costs
    more to make than the rest of a paragraph's properties)."""
    return round(points * EMU_PER_POINT)


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
    ids: _oxml.ShapeIds | None = None
    """The slide's shape ids, kept as shapes are added (None: found from the slide)."""

    def __post_init__(self) -> None:
        if self.ids is None:
            self.ids = _oxml.ShapeIds(self.slide._element.cSld.spTree)

    @property
    def shapes(self) -> Any:
        return self.slide.shapes

    def placeholder(self, idx: int) -> Any | None:
        """The slide's placeholder ``idx``, if its layout has one."""
        element = _oxml.placeholder_element(self.slide, idx)
        if element is None:
            return None
        if _oxml.is_text_placeholder(element):  # what python-pptx makes of it, faster
            return SlidePlaceholder(element, self.slide.placeholders)
        return SlideShapeFactory(element, self.slide.placeholders)

    def body(self) -> Any | None:
        """The body placeholder named by the mapping."""
        return self.placeholder(self.body_idx)

    def remove_body(self) -> None:
        """Take the empty body placeholder off a slide whose body is drawn with shapes."""
        body = self.body()
        if body is not None:
            _oxml.remove_shape(body, self.ids)

    def write(self, frame: Any, block: TextBlock, *, anchor: str | None = "top") -> None:
        """Fill a text frame with ``block``."""
        write_block(frame, block, self.palette, anchor=anchor)

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
    ) -> Any:
        """A rectangle (or ``shape``) with ``block`` in it; a plain text box when it has
        neither fill nor line."""
        if fill is None and line is None and shape is MSO_SHAPE.RECTANGLE:
            created = self._add(box, None, "TextBox", name)
        else:
            prst, basename = _auto_shape(shape)
            created = self._add(box, prst, basename, name, fill, line)
        body = created._element.find(_TX_BODY)  # what its text frame holds, without lookups
        write_body(body, self.slide, block, self.palette, anchor=anchor)
        return created

    def shape(
        self,
        kind: Any,
        box: Box,
        *,
        fill: str | None = None,
        line: str | None = None,
        name: str | None = None,
    ) -> Any:
        """An auto shape without text."""
        prst, basename = _auto_shape(kind)
        return self._add(box, prst, basename, name, fill, line)

    def _add(
        self,
        box: Box,
        prst: str | None,
        basename: str,
        name: str | None,
        fill: str | None = None,
        line: str | None = None,
    ) -> Any:
        """A new shape, as python-pptx adds it (without the theme style reference of auto
        shapes), filled with ``fill`` and outlined in ``line`` (None: none)."""
        sp = _oxml.add_shape(
            self.slide,
            box=(emu_int(box.left), emu_int(box.top), emu_int(box.width), emu_int(box.height)),
            prst=prst,
            basename=basename,
            name=name or None,
            fill=None if fill is None else fill.upper(),
            line=None if line is None else line.upper(),
            ids=self.ids,
        )
        return Shape(sp, self.shapes)  # what python-pptx makes of a new p:sp

    def group(self, name: str, descr: str, members: Sequence[Any]) -> Any:
        """Put ``members`` (shapes already on the slide) in a group, named and described
        for screen readers. Grouping once is much faster than adding to a group, which
        python-pptx re-measures after every shape."""
        elements = [member._element for member in members]
        group = _oxml.add_group(self.slide, elements, name, descr, self.ids)
        return GroupShape(group, self.shapes)


@functools.lru_cache(maxsize=64)
def _auto_shape(kind: Any) -> tuple[str, str]:
    """The preset geometry and the name python-pptx gives an auto shape of ``kind``."""
    auto = AutoShapeType(kind)
    return auto.prst, auto.basename


def place(shape: Any, box: Box) -> None:
    """Move and size a shape (a ``p:sp``) to ``box``, as python-pptx's setters do."""
    edges = (emu_int(box.left), emu_int(box.top), emu_int(box.width), emu_int(box.height))
    _oxml.set_box(shape._element, edges)


def write_block(
    frame: Any, block: TextBlock, palette: Palette, *, anchor: str | None = "top"
) -> None:
    """Replace the text of ``frame`` with ``block``: fixed size, no auto-fit, the inner
    margins the fit estimate assumes."""
    write_body(_oxml.text_body(frame), frame, block, palette, anchor=anchor)


def write_body(
    body: Any, owner: Any, block: TextBlock, palette: Palette, *, anchor: str | None = "top"
) -> None:
    """:func:`write_block` on the text body element ``body`` of ``owner`` (a shape, text
    frame or slide: what links are related from)."""
    p = _oxml.reset_frame(
        body,
        inset_x=_INSET_X,
        inset_y=_INSET_Y,
        anchor=None if anchor is None else _ANCHOR_XML[anchor],  # None: as the layout says
    )
    relate = _relater(owner)
    size = block.size
    for i, para in enumerate(block.paragraphs or (Para(()),)):
        if i:
            p = _oxml.add_paragraph(body)
        own = para_size(para, size)
        margin, indent = para_indent(para, size)
        marked = para.marker is not Marker.NONE
        _oxml.set_paragraph(
            p,
            align=para.align.value,
            before=0 if i == 0 else _centipoints(round(para.space_before * own)),
            margin=emu_int(margin),
            indent=emu_int(indent),
            marker=_MARKERS[para.marker],
            number=para.number,
            color=palette.primary if marked else None,
        )
        colour = None if para.color == "inherit" else palette.colour(para.color) or palette.text
        _add_runs(p, para.runs, own, colour, relate)


def write_runs(
    paragraph: Any,
    runs: Sequence[Run],
    size: float | None,
    *,
    color: str | None,
    typeface: str | None = None,
) -> None:
    """Append ``runs`` to ``paragraph``, each with its own language, at ``size`` and in
    ``color`` (None: as the layout says), in ``typeface`` (None: as the layout says)."""
    _add_runs(paragraph._p, runs, size, color, _relater(paragraph), typeface)


def add_runs(
    p: Any,
    runs: Sequence[Run],
    size: float | None,
    *,
    owner: Any,
    color: str | None = None,
    typeface: str | None = None,
) -> None:
    """:func:`write_runs` on the ``a:p`` element ``p`` of ``owner`` (a slide or shape: what
    links are related from)."""
    _add_runs(p, runs, size, color, _relater(owner), typeface)


def _add_runs(
    p: Any,
    runs: Sequence[Run],
    size: float | None,
    color: str | None,
    relate: Callable[[str], str],
    typeface: str | None = None,
) -> None:
    _oxml.add_runs(
        p,
        [(r.text, r.bold, r.italic, r.href, _LANGUAGE_XML[r.language]) for r in runs],
        size=None if size is None else str(_centipoints(size)),
        color=None if color is None else color.upper(),
        relate=relate,
        typeface=typeface,
    )


def _centipoints(points: float) -> int:
    """``points`` in hundredths of a point, rounded as python-pptx's ``Pt`` rounds."""
    return int(points * EMU_PER_POINT) // 127


def _relater(parent: Any) -> Callable[[str], str]:
    """The relationship id of a link address, from the part ``parent`` (a slide, text
    frame or paragraph) is in, added as python-pptx adds it."""

    def relate(url: str) -> str:
        r_id: str = parent.part.relate_to(url, RT.HYPERLINK, is_external=True)
        return r_id

    return relate
