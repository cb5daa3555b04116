"""Paragraphs: a style, list numbering, a page break before, and a bookmark around the
content (table of contents entries link to it)."""

from __future__ import annotations

from councilkit.render.docx._wml.escape import attribute

PARAGRAPH_END = "</w:p>"


def paragraph_start(
    out: list[str],
    style_id: str | None,
    *,
    numbering: tuple[int, int] | None = None,
    page_break: bool = False,
    bookmark: tuple[int, str] | None = None,
) -> None:
    """Opens a ``w:p`` in ``style_id``; ``numbering`` is ``(num_id, level)`` and
    ``bookmark`` ``(id, name)``. Close it with :func:`paragraph_end`."""
    if style_id and not (numbering or page_break or bookmark):  # most paragraphs
        out.append(f'<w:p><w:pPr><w:pStyle w:val="{style_id}"/></w:pPr>')
        return
    if style_id or numbering or page_break:
        out.append("<w:p><w:pPr>")
        if style_id:
            out.append(f'<w:pStyle w:val="{style_id}"/>')
        if page_break:
            out.append("<w:pageBreakBefore/>")
        if numbering:
            num_id, level = numbering
            out.append(f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>')
        out.append("</w:pPr>")
    else:
        out.append("<w:p>")
    if bookmark:
        number, name = bookmark
        out.append(f'<w:bookmarkStart w:id="{number}" w:name="{attribute(name)}"/>')


def paragraph_end(out: list[str], bookmark: tuple[int, str] | None = None) -> None:
    if bookmark:
        out.append(f'<w:bookmarkEnd w:id="{bookmark[0]}"/></w:p>')
    else:
        out.append(PARAGRAPH_END)


def empty_paragraph(out: list[str], style_id: str | None) -> None:
    """A paragraph with nothing in it: what a table cell must hold at least."""
    if style_id:
        out.append(f'<w:p><w:pPr><w:pStyle w:val="{style_id}"/></w:pPr></w:p>')
    else:
        out.append("<w:p/>")
