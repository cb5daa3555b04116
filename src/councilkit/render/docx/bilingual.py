"""The side-by-side bilingual edition: each section's heading in both languages, then a
two-column table, the first language (the project's ``output.first_language``) on the
left, so that the two versions stay aligned section by section."""

from __future__ import annotations

from councilkit.localize import Run
from councilkit.model import Document, WorkingGroup
from councilkit.render.docx import _wml
from councilkit.render.docx._wml import Out
from councilkit.render.docx.blocks import Writer
from councilkit.render.docx.body import BodyWriter
from councilkit.render.docx.canvas import Canvas
from councilkit.render.docx.pages import heading_runs, title_page
from councilkit.render.docx.sections import Section, bookmark_name

CELL_MARGINS = 216  # twips: the "Normal Table" style's left and right cell margins


def side_by_side(
    canvas: Canvas,
    writers: tuple[Writer, Writer],
    document: Document,
    group: WorkingGroup,
    plan: tuple[Section, ...],
    *,
    numbers: bool,
) -> None:
    """Title pages, table of contents and sections of both languages, in columns."""
    body = canvas.body
    half = canvas.text_width // 2
    _wml.table_start(body, canvas.styles.columns, [half, half], header=False)
    _wml.row_start(body)
    for writer in writers:
        _wml.cell_start(body, half)
        title_page(writer, body, document, group, other_language_note=False)
        body.append(_wml.CELL_END)
    body.append(_wml.ROW_END)
    body.append(_wml.TABLE_END)
    _contents(writers, body, plan, numbers)
    inner = half - CELL_MARGINS
    bodies = [
        BodyWriter(w, group, numbers=numbers, in_cell=True, width=inner, bookmarks=False)
        for w in writers
    ]
    for index, section in enumerate(plan):
        runs = bilingual_heading(writers, section, numbers)
        bookmark = (section.anchor, bookmark_name(section.anchor))
        writers[0].paragraph(
            body, canvas.styles.heading_1, runs, bookmark=bookmark, page_break=index == 0
        )
        _wml.table_start(body, canvas.styles.columns, [half, half], header=False)
        for part in section.parts:  # one row per part keeps subsections side by side
            _wml.row_start(body)
            for writer_body in bodies:
                _wml.cell_start(body, half)
                written = len(body)
                writer_body.part(body, part)
                if len(body) == written:  # a cell needs a paragraph
                    _wml.empty_paragraph(body, canvas.styles.table_text)
                body.append(_wml.CELL_END)
            body.append(_wml.ROW_END)
        body.append(_wml.TABLE_END)


def bilingual_heading(
    writers: tuple[Writer, Writer], section: Section, numbers: bool
) -> tuple[Run, ...]:
    """``1. Purpose / Objet``: the number once, then each language's heading."""
    first = heading_runs(writers[0], section, numbers)
    second = heading_runs(writers[1], section, numbers=False)
    return (*first, writers[0].text(" / "), *second)


def _contents(
    writers: tuple[Writer, Writer], body: Out, plan: tuple[Section, ...], numbers: bool
) -> None:
    first = writers[0]
    styles = first.styles
    heading = (
        *first.words("Table of contents"),
        first.text(" / "),
        *writers[1].words("Table of contents"),
    )
    first.paragraph(body, styles.toc_heading, heading)
    for index, section in enumerate(plan):
        _wml.paragraph_start(body, styles.toc_1)
        if index == 0:
            _wml.field_begin(body, 'TOC \\o "1-1" \\h \\z \\u', dirty=True)
        _wml.anchor_link(body, bookmark_name(section.anchor))
        first.add_runs(body, bilingual_heading(writers, section, numbers))
        body.append(_wml.HYPERLINK_END)
        if index == len(plan) - 1:
            _wml.field_end(body)
        _wml.paragraph_end(body)
