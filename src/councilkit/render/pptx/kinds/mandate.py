"""The mandate slide kind: the purpose and objectives of a mandate of the group."""

from __future__ import annotations

from dataclasses import replace

from councilkit.localize import Localizer
from councilkit.model import BulletList, Mandate, NumberedList, Paragraph, Table
from councilkit.model.slides import MandateSlide
from councilkit.render.pptx.kinds.bullets import plan_list
from councilkit.render.pptx.kinds.lists import bold, item_units, words
from councilkit.render.pptx.kinds.pairing import paired
from councilkit.render.pptx.plan import Marker, Para, PlanContext, SlidePlan


def plan_mandate(slide: MandateSlide, ctx: PlanContext) -> list[SlidePlan]:
    """The purpose and objectives of the mandate named by the slide, or of the group's
    first mandate."""
    mandate = None
    if slide.document is not None:
        mandate = ctx.group.document(slide.document.id)
    if mandate is None:
        mandate = next((d for d in ctx.group.documents if isinstance(d, Mandate)), None)
    return plan_list(ctx, slide, paired(ctx, lambda loc: _units(loc, mandate)))


def _units(localizer: Localizer, mandate: object) -> list[list[Para]]:
    """The headed purpose and objectives of ``mandate`` (none when it is not a mandate)."""
    units: list[list[Para]] = []
    if isinstance(mandate, Mandate):
        sections: list[tuple[str, list[list[Para]]]] = [
            ("Purpose", _block_units(localizer, mandate))
        ]
        if mandate.objectives:
            sections.append(("Objectives", item_units(localizer, mandate.objectives)))
        for heading, section_units in sections:
            head = Para(
                bold(words(localizer, localizer.tr(heading))), color="primary", space_before=0.8
            )
            if section_units:
                units.append([head, *section_units[0]])
                units.extend(section_units[1:])
            else:
                units.append([head])
        if units:
            units[0] = [replace(units[0][0], space_before=0), *units[0][1:]]
    return units


def _block_units(localizer: Localizer, mandate: Mandate) -> list[list[Para]]:
    units: list[list[Para]] = []
    for block in mandate.purpose:
        if isinstance(block, Paragraph):
            units.append([Para(localizer.runs(block.text), space_before=0.4)])
        elif isinstance(block, BulletList):
            units.extend(item_units(localizer, block.items))
        elif isinstance(block, NumberedList):
            units.extend(item_units(localizer, block.items, marker=Marker.NUMBER))
        elif isinstance(block, Table):
            for row in block.table.rows:
                cells = [localizer.plain(cell) for cell in row]
                units.append([Para(words(localizer, " – ".join(cells)), marker=Marker.BULLET)])
    return units
