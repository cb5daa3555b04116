"""Placeholders copied from a slide's layout, as python-pptx's ``clone_placeholder``
copies them: kept as the layout placeholder they copy, their place and text body, until
the slide is written."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.shapes.shapetree import _BaseShapes

from councilkit.render.pptx._pml import shapes, text
from councilkit.render.pptx._pml.ids import ShapeIds
from councilkit.render.pptx._pml.sheet import Drawn

PlaceholderSpec = tuple[Any, str, str, int]
"""A layout placeholder as a slide's copy needs it: type, orient, sz and idx."""

_TEXT_PLACEHOLDERS = (
    PP_PLACEHOLDER.TITLE,
    PP_PLACEHOLDER.CENTER_TITLE,
    PP_PLACEHOLDER.SUBTITLE,
    PP_PLACEHOLDER.BODY,
    PP_PLACEHOLDER.OBJECT,
)
LATENT = (PP_PLACEHOLDER.DATE, PP_PLACEHOLDER.FOOTER, PP_PLACEHOLDER.SLIDE_NUMBER)
"""Placeholders python-pptx leaves off a new slide: footer, date and slide number."""


def layout_placeholders(layout: Any) -> list[PlaceholderSpec]:
    """The placeholders of ``layout`` in idx order, as python-pptx lists them."""
    elements = [ph.element for ph in layout.placeholders]
    return [(e.ph_type, e.ph_orient, e.ph_sz, e.ph_idx) for e in elements]


@functools.lru_cache(maxsize=256)
def _ph(ph_type: Any, orient: str, sz: str, idx: int) -> str:
    """The ``p:ph`` of a copy of a layout placeholder."""
    attributes = "" if ph_type == PP_PLACEHOLDER.OBJECT else f' type="{ph_type.xml_value}"'
    attributes += "" if idx == 0 else f' idx="{idx}"'
    attributes += "" if orient == "horz" else f' orient="{orient}"'
    attributes += "" if sz == "full" else f' sz="{sz}"'
    return f"<p:ph{attributes}/>"


@functools.lru_cache(maxsize=256)
def _basename(ph_type: Any, orient: str) -> str:
    """The start of the name python-pptx gives a slide's copy of a placeholder."""
    basename: str = _BaseShapes.ph_basename(None, ph_type)  # type: ignore[arg-type]
    return f"Vertical {basename}" if orient == "vert" else basename


@dataclass(eq=False)
class Placeholder(Drawn):
    """A slide's copy of a layout placeholder: ``ph`` its ``p:ph``, ``idx`` its idx,
    ``start`` its text body as made (None: it has none), ``body`` its text body's content
    once written."""

    ph: str = ""
    idx: int = 0
    start: text.BodyStart | None = None
    body: str | None = None

    @property
    def text_start(self) -> text.BodyStart:
        """How its text body starts: as made, or as python-pptx's text frame adds one."""
        return text.OTHER_PLACEHOLDER if self.start is None else self.start

    def text(self, lang: str) -> str:
        body = self.body
        if body is None and self.start is not None:
            body = text.empty_body(self.start, lang)
        return shapes.placeholder(self.shape_id, self.name, self.ph, self.box, body)


def copy_placeholder(ids: ShapeIds, spec: PlaceholderSpec) -> Placeholder:
    """A copy of the layout placeholder ``spec``, with the next id and the name
    python-pptx gives it (its basename and id less one, or the next number free)."""
    ph_type, orient, sz, idx = spec
    shape_id = ids.next_id()
    basename = _basename(ph_type, orient)
    number = shape_id - 1
    while ids.name_taken(f"{basename} {number}"):
        number += 1
    start = text.TEXT_PLACEHOLDER if ph_type in _TEXT_PLACEHOLDERS else None
    return Placeholder(
        shape_id,
        f"{basename} {number}",
        None,
        ph=_ph(ph_type, orient, sz, idx),
        idx=idx,
        start=start,
    )
