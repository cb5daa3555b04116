"""The Word renderer: a mandate or terms of reference, in one language or side by side,
as the bytes of a .docx file.

The steps: load the layout (its reference .docx taken apart once, and the role mapping; a
missing style is an error diagnostic, see :mod:`.layout`), plan the sections
(:mod:`.sections`), write the title page, table of contents, body, header and footer as
markup, fill the reference's parts with them (:mod:`.parts`) and zip the package with the
build's timestamp (:func:`councilkit.package.write_package`). Nothing here reads the clock
or draws a random number, so the same content gives the same bytes.
"""

from __future__ import annotations

from councilkit.package import write_package
from councilkit.render import Rendered, RenderJob
from councilkit.render.docx._wml import Out
from councilkit.render.docx.bilingual import side_by_side
from councilkit.render.docx.blocks import Writer
from councilkit.render.docx.body import BodyWriter
from councilkit.render.docx.canvas import Canvas
from councilkit.render.docx.layout import load_layout
from councilkit.render.docx.pages import header_and_footer, table_of_contents, title_page
from councilkit.render.docx.parts import document_parts
from councilkit.render.docx.properties import core_properties
from councilkit.render.docx.sections import plan_document


class WordRenderer:
    """Draws mandates and terms of reference as Word documents."""

    extension = ".docx"

    def render(self, job: RenderJob) -> Rendered:
        layout, problems = load_layout(job.layout_dir)
        if layout is None or layout.styles is None:
            return Rendered(b"", problems + (layout.style_problems if layout else ()))
        loc = job.localizer
        canvas = Canvas(layout.reference, layout.styles, loc.tag, content_root=job.content_root)
        numbers = layout.settings.section_numbers
        plan = plan_document(job.document, job.group, numbered=numbers)
        writer = Writer(canvas, loc)
        writers = [writer]
        if job.side_by_side is not None:
            second = Writer(canvas, job.side_by_side)
            writers.append(second)
            side_by_side(canvas, (writer, second), job.document, job.group, plan, numbers=numbers)
        else:
            body = canvas.body
            title_page(writer, body, job.document, job.group)
            table_of_contents(
                writer, body, plan, levels=layout.settings.toc_levels, numbers=numbers
            )
            BodyWriter(writer, job.group, numbers=numbers).sections(body, plan, new_page=True)
        header: Out = []
        footer: Out = []
        header_and_footer(writers, job.document, header, footer)
        core = core_properties(job.document, job.group, loc, job.timestamp, second=job.side_by_side)
        data = write_package(document_parts(canvas, header, footer, core), job.timestamp)
        return Rendered(data, problems + tuple(canvas.diagnostics), packaged=True)
