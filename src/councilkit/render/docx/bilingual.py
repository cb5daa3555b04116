"""The side-by-side bilingual edition: each section's heading in both languages, then a
two-column table, the first language (the project's ``output.first_language``) on the
left, so that the two versions stay aligned section by section."""

from __future__ import annotations

from councilkit.localize import Run
from councilkit.model import Document, WorkingGroup
from councilkit.render.docx import _oxml
from councilkit.render.docx._oxml import Element
from councilkit.render.docx.blocks import Canvas, Writer
from councilkit.render.docx.body import BodyWriter
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
    tbl = _oxml.table(body, canvas.styles.columns, [half, half], header=False)
    row = _oxml.table_row(tbl)
    for writer in writers:
        title_page(writer, _oxml.table_cell(row, half), document, group, other_language_note=False)
    _contents(writers, body, plan, numbers)
    inner = half - CELL_MARGINS
    bodies = [
        BodyWriter(w, group, numbers=numbers, in_cell=True, width=inner, bookmarks=False)
        for w in writers
    ]
    for index, section in enumerate(plan):
        runs = bilingual_heading(writers, section, numbers)
        p = writers[0].paragraph(body, canvas.styles.heading_1, runs)
        _oxml.bookmark(p, section.anchor, bookmark_name(section.anchor))
        if index == 0:
            _oxml.page_break_before(p)
        tbl = _oxml.table(body, canvas.styles.columns, [half, half], header=False)
        for part in section.parts:  # one row per part keeps subsections side by side
            row = _oxml.table_row(tbl)
            for writer_body in bodies:
                cell = _oxml.table_cell(row, half)
                writer_body.part(cell, part)
                if len(cell) == 1:  # only its properties: a cell needs a paragraph
                    _oxml.paragraph(cell, canvas.styles.table_text)


def bilingual_heading(
    writers: tuple[Writer, Writer], section: Section, numbers: bool
) -> tuple[Run, ...]:
    """``1. Purpose / Objet``: the number once, then each language's heading."""
    first = heading_runs(writers[0], section, numbers)
    second = heading_runs(writers[1], section, numbers=False)
    return (*first, writers[0].text(" / "), *second)


def _contents(
    writers: tuple[Writer, Writer], body: Element, plan: tuple[Section, ...], numbers: bool
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
        p = _oxml.paragraph(body, styles.toc_1)
        if index == 0:
            _oxml.field_begin(p, 'TOC \\o "1-1" \\h \\z \\u', dirty=True)
        link = _oxml.anchor_link(p, bookmark_name(section.anchor))
        first.add_runs(link, bilingual_heading(writers, section, numbers))
        if index == len(plan) - 1:
            _oxml.field_end(p)
