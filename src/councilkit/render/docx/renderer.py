"""The Word renderer: a mandate or terms of reference, in one language or side by side,
as the bytes of a .docx file.

The steps: load the layout (reference .docx and role mapping; a missing style is an error
diagnostic, see :mod:`.layout`), plan the sections (:mod:`.sections`), write the title page,
table of contents, body, header and footer, set the properties and languages, save. The
pipeline then fixes zip timestamps and core dates (:mod:`councilkit.package`); nothing here
reads the clock or draws a random number, so the same content gives the same bytes.
"""

from __future__ import annotations

import io

from docx.document import Document as WordDocument

from councilkit.render import Rendered, RenderJob
from councilkit.render.docx import _oxml
from councilkit.render.docx.bilingual import side_by_side
from councilkit.render.docx.blocks import Canvas, Writer
from councilkit.render.docx.body import BodyWriter
from councilkit.render.docx.layout import load_layout, resolve_styles
from councilkit.render.docx.pages import header_and_footer, table_of_contents, title_page
from councilkit.render.docx.properties import set_language_and_fields, set_properties
from councilkit.render.docx.sections import plan_document

_EMU_PER_TWIP = 635
DEFAULT_TEXT_WIDTH = 9360  # 6.5 inches: US Letter with 1-inch margins


class WordRenderer:
    """Draws mandates and terms of reference as Word documents."""

    extension = ".docx"

    def render(self, job: RenderJob) -> Rendered:
        layout, problems = load_layout(job.layout_dir)
        if layout is None:
            return Rendered(b"", problems)
        word = layout.open()
        styles, style_problems = resolve_styles(word, layout)
        if styles is None:
            return Rendered(b"", problems + style_problems)
        loc = job.localizer
        canvas = Canvas(
            word, styles, loc.tag, text_width=_text_width(word), content_root=job.content_root
        )
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
            first_heading = len(body) - 1
            BodyWriter(writer, job.group, numbers=numbers).sections(body, plan)
            _oxml.page_break_before(body[first_heading])
        section = word.sections[0]
        header, footer = section.header, section.footer
        header.is_linked_to_previous = False
        footer.is_linked_to_previous = False
        _oxml.clear(header._element)
        _oxml.clear(footer._element)
        header_and_footer(writers, job.document, header._element, footer._element)
        set_properties(word, job.document, job.group, loc, job.timestamp, second=job.side_by_side)
        set_language_and_fields(word, loc.tag)
        out = io.BytesIO()
        word.save(out)
        return Rendered(out.getvalue(), problems + tuple(canvas.diagnostics))


def _text_width(word: WordDocument) -> int:
    """The width between the margins, in twips."""
    section = word.sections[0]
    page, left, right = section.page_width, section.left_margin, section.right_margin
    if page is None or left is None or right is None:
        return DEFAULT_TEXT_WIDTH
    return int(page - left - right) // _EMU_PER_TWIP
