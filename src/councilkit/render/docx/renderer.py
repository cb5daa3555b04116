"""The Word renderer: a mandate or terms of reference as the bytes of a .docx file, in one
language or in a bilingual edition.

The steps: load the layout (its reference .docx taken apart once, and the role mapping; a
missing style is an error diagnostic, see :mod:`.layout`); plan the document in each
language (:func:`councilkit.document.plan`); compose the edition (one language, side by
side or tête-bêche, :mod:`councilkit.document.editions`); emit it into the reference's parts
(:mod:`.parts`, :mod:`.emit`); zip the package with the build's timestamp
(:func:`councilkit.package.write_package`). Nothing here reads the clock or draws a random
number, so the same content gives the same bytes.
"""

from __future__ import annotations

from councilkit.document import plan, separate, side_by_side, table_fits, tete_beche
from councilkit.document.model import Edition as Composed
from councilkit.document.model import Table
from councilkit.model import Edition
from councilkit.package import write_package
from councilkit.render import Rendered, RenderJob
from councilkit.render.docx.canvas import Canvas
from councilkit.render.docx.emit import CELL_MARGINS
from councilkit.render.docx.layout import Layout, load_layout
from councilkit.render.docx.parts import document_parts
from councilkit.render.docx.properties import core_properties


class WordRenderer:
    """Draws mandates and terms of reference as Word documents."""

    extension = ".docx"

    def render(self, job: RenderJob) -> Rendered:
        layout, problems = load_layout(job.layout_dir)
        if layout is None or layout.styles is None:
            return Rendered(b"", problems + (layout.style_problems if layout else ()))
        edition = compose(job, layout)
        canvas = Canvas(layout.reference, layout.styles, edition.tag, job.content_root)
        core = core_properties(edition, job.timestamp)
        data = write_package(document_parts(canvas, edition, core), job.timestamp)
        return Rendered(data, problems + tuple(canvas.diagnostics), packaged=True)


def compose(job: RenderJob, layout: Layout) -> Composed:
    """The edition ``job`` asks for, planned in its language(s)."""
    settings = layout.settings
    numbered, levels = settings.section_numbers, settings.toc_levels
    first = plan(job.document, job.group, job.localizer, numbered=numbered, toc_levels=levels)
    if job.side_by_side is None:
        return separate(first)
    second = plan(job.document, job.group, job.side_by_side, numbered=numbered, toc_levels=levels)
    if job.project.edition_of(job.document) is Edition.TETE_BECHE:
        return tete_beche(first, second)
    column = layout.reference.text_width // 2 - CELL_MARGINS

    def fits(table: Table) -> bool:
        return table_fits(table, column)

    return side_by_side(first, second, (job.localizer, job.side_by_side), fits=fits)
