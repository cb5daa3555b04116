"""Drawing one planned slide: what every slide has (title first in reading order, the
slide's label, the draft label, footer with marking, date and slide number, speaker
notes), around the body its kind's emitter draws."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.enum.text import PP_ALIGN

from councilkit.diagnostics import Diagnostic
from councilkit.localize import Localizer, Run
from councilkit.render.pptx import _oxml
from councilkit.render.pptx._pml import text
from councilkit.render.pptx._pml.part import open_slide
from councilkit.render.pptx._pml.placeholders import (
    LATENT,
    PlaceholderSpec,
    copy_placeholder,
    layout_placeholders,
)
from councilkit.render.pptx._pml.sheet import Drawn, Sheet
from councilkit.render.pptx.emit import SlideCanvas, add_runs, run_specs
from councilkit.render.pptx.kinds.lists import italic
from councilkit.render.pptx.layout import LayoutChoice, Palette
from councilkit.render.pptx.plan import Align, Box, Para, SlideArea, SlidePlan, TextBlock, inches
from councilkit.render.pptx.registry import KINDS
from councilkit.render.pptx.template import Template

FOOTER_TYPES = (PP_PLACEHOLDER.FOOTER, PP_PLACEHOLDER.DATE, PP_PLACEHOLDER.SLIDE_NUMBER)
_FOOTER_ALIGN = {
    PP_PLACEHOLDER.FOOTER: str(PP_ALIGN.LEFT.xml_value),
    PP_PLACEHOLDER.DATE: str(PP_ALIGN.CENTER.xml_value),
    PP_PLACEHOLDER.SLIDE_NUMBER: str(PP_ALIGN.RIGHT.xml_value),
}
SLIDE_NUMBER_FIELD_ID = _oxml.SLIDE_NUMBER_FIELD_ID
THEME_BODY_FONT = "+mn-lt"
"""The theme's body font, whatever the template's theme names it."""


@dataclass(frozen=True)
class DeckFrame:
    """What is the same on every slide of a deck."""

    localizer: Localizer
    palette: Palette
    marking: str
    date: str
    draft_label: str | None
    slide_width: float
    content_root: Path
    template: Template | None = field(default=None, compare=False, repr=False)
    """The template the deck is drawn on, which remembers what its layouts hold."""
    _placeholders: dict[int, list[PlaceholderSpec]] = field(
        default_factory=dict, compare=False, repr=False
    )
    notes: _oxml.NotesMaker = field(init=False, compare=False, repr=False)
    """Makes the speaker notes slides of the deck."""

    def __post_init__(self) -> None:
        kits = None if self.template is None else self.template.notes
        object.__setattr__(self, "notes", _oxml.NotesMaker(kits))

    def placeholders(self, layout: Any) -> list[PlaceholderSpec]:
        """The placeholders of ``layout`` (a layout of the deck's template), read once."""
        key = id(layout)
        if key not in self._placeholders:
            if self.template is None:
                found = layout_placeholders(layout)
            else:
                read = functools.partial(layout_placeholders, layout)
                found = self.template.layout_value(layout, "placeholders", read)
            self._placeholders[key] = found
        return self._placeholders[key]


def draw_slide(
    presentation: Any,
    layout: Any,
    choice: LayoutChoice,
    area: SlideArea,
    plan: SlidePlan,
    number: int,
    frame: DeckFrame,
) -> list[Diagnostic]:
    """Add ``plan`` as slide ``number`` of ``presentation``; returns the problems met."""
    localizer = frame.localizer
    placeholders = frame.placeholders(layout)
    slide = open_slide(presentation, layout)
    sheet = Sheet(slide, localizer.tag, plan.kind)
    for spec in placeholders:
        if spec[0] not in LATENT:
            sheet.add(copy_placeholder(sheet.ids, spec))
    canvas = SlideCanvas(
        slide, *choice.indexes, frame.palette, localizer.language, frame.content_root, sheet
    )
    title = canvas.placeholder(choice.indexes[0])
    assert title is not None  # checked against the layout before planning
    title_block = TextBlock((Para(plan.title, space_before=0, color="inherit"),), plan.title_size)
    canvas.write(title, title_block, anchor=None)
    KINDS.get(plan.kind).emitter(canvas, plan)
    first: list[Drawn] = [title]  # then the labels, right after the title in reading order
    if plan.label:
        band = Box(area.body.left, area.body.top, area.body.width, 28)
        para = Para(italic(plan.label), color="primary", space_before=0)
        first.append(canvas.text_box(band, TextBlock((para,), 14), name="Label"))
    if frame.draft_label:
        box = draft_label_box(area, frame.slide_width)
        runs = (Run(frame.draft_label, bold=True, language=localizer.language),)
        para = Para(runs, align=Align.RIGHT, color="draft", space_before=0)
        first.append(
            canvas.text_box(box, TextBlock((para,), DRAFT_SIZE), fill="FFFFFF", name="Draft label")
        )
    canvas.finish(first, _footer(canvas, placeholders, number, frame))
    if plan.notes:
        notes = frame.notes.add(slide)
        paragraph = _oxml.notes_paragraph(notes)
        assert paragraph is not None  # python-pptx's default notes master has one
        add_runs(paragraph, plan.notes, 12, owner=notes)
        _oxml.tag_languages(notes._element, localizer.tag)
    return canvas.diagnostics


DRAFT_SIZE = 10.0
DRAFT_HEIGHT = 20.0


def draft_label_box(area: SlideArea, slide_width: float) -> Box:
    """Where the draft label covers nothing of the layout: the band above the title when
    there is room, else the gap between the title and the body, else the top edge."""
    width = min(inches(5.2), slide_width * 0.45)
    left = slide_width - inches(0.6) - width
    if area.title.top >= 2 + DRAFT_HEIGHT:
        return Box(left, 2, width, DRAFT_HEIGHT)
    if area.body.top - area.title.bottom >= DRAFT_HEIGHT:
        return Box(left, area.title.bottom, width, DRAFT_HEIGHT)
    return Box(left, 0, width, DRAFT_HEIGHT)


def _footer(
    canvas: SlideCanvas, placeholders: list[PlaceholderSpec], number: int, frame: DeckFrame
) -> list[Drawn]:
    """Footer placeholders from the layout, filled: marking, date, slide number. A layout
    without a footer placeholder gets a text box at the bottom left instead."""
    shapes: list[Drawn] = []
    has_footer = False
    for spec in placeholders:
        kind = spec[0]
        if kind not in FOOTER_TYPES:
            continue
        shapes.append(_fill_footer(canvas, spec, number, frame))
        has_footer = has_footer or kind == PP_PLACEHOLDER.FOOTER
    if not has_footer:
        box = Box(inches(0.6), inches(7.0), inches(6.0), 22)
        text = f"{frame.marking} | {frame.date}"
        para = Para((Run(text, language=frame.localizer.language),), space_before=0)
        shapes.append(canvas.text_box(box, TextBlock((para,), 10), name="Footer"))
    return shapes


def _fill_footer(
    canvas: SlideCanvas, spec: PlaceholderSpec, number: int, frame: DeckFrame
) -> Drawn:
    """The footer placeholder ``spec`` added to the slide and filled."""
    kind = spec[0]
    shape = copy_placeholder(canvas.sheet.ids, spec)
    canvas.sheet.add(shape)
    lang = frame.localizer.tag
    # LibreOffice does not apply a layout's footer styles to the slide's copy: the
    # size and font are set on the runs, the alignment on the paragraph.
    if kind == PP_PLACEHOLDER.SLIDE_NUMBER:
        content = (
            f'<a:fld id="{SLIDE_NUMBER_FIELD_ID}" type="slidenum">'
            f'<a:rPr lang="{lang}" sz="1000"/><a:t>{number}</a:t></a:fld>'
        )
    else:
        words = frame.marking if kind == PP_PLACEHOLDER.FOOTER else frame.date
        content = text.runs(
            run_specs((Run(words, language=frame.localizer.language),)),
            size="1000",
            color=None,
            relate=canvas.relate,
            typeface=THEME_BODY_FONT,
        )
    shape.body = (
        f'<a:bodyPr/><a:p><a:pPr algn="{_FOOTER_ALIGN[kind]}"/>{content}'
        f'<a:endParaRPr lang="{lang}"/></a:p>'
    )
    return shape
