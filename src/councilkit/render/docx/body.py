"""The body, headers and footers of an edition: one page section written into the
reference's body, header and footer; or several (tête-bêche), each wrapped in a bookmark
its table of contents is limited to, ended by a paragraph holding its section properties,
with a header and footer part of its own when it says something the others do not."""

from __future__ import annotations

import re

from councilkit.document.model import Edition, Field, Heading, Inline, PageSection
from councilkit.render.docx import _wml
from councilkit.render.docx._wml import Out
from councilkit.render.docx.canvas import AddedPart, Canvas
from councilkit.render.docx.emit import Emitter, Room
from councilkit.render.docx.relationships import rels_name, word_relationship
from councilkit.render.docx.section_properties import (
    default_stories,
    final_section,
    section_properties,
)

_DRAWING_ID = re.compile(r'(<(?:\w+:)?docPr\b[^>]*?\sid=")(\d+)(")')
_BOOKMARK_ID = re.compile(r'(<w:bookmark(?:Start|End)\b[^>]*?\sw:id=")(\d+)(")')
_WORD_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml."
_STORY_TYPES = {"header": _WORD_CT + "header+xml", "footer": _WORD_CT + "footer+xml"}


def write_body(canvas: Canvas, edition: Edition) -> dict[str, bytes]:
    """The document part and the headers and footers of the reference, filled."""
    reference = canvas.reference
    emitter = Emitter(canvas)
    header_name, header_slot = reference.header
    footer_name, footer_slot = reference.footer
    body: Out = []
    if len(edition.sections) == 1:
        section = edition.sections[0]
        emitter.blocks(body, section.blocks, Room(canvas.text_width, scope=section.scope))
        return {
            header_name: header_slot.fill(_story(emitter, section, "header")),
            footer_name: footer_slot.fill(_story(emitter, section, "footer")),
            reference.document_part: reference.document.fill("".join(body)),
        }
    filled: dict[str, bytes] = {}
    base, tail = final_section(reference)
    reference_rids = dict(zip(("header", "footer"), default_stories(base), strict=True))
    known: dict[tuple[str, bytes], str] = {}  # a story's kind and markup -> its rId

    def story(kind: str, data: bytes) -> str:
        """The relationship id of a header or footer: the reference's own part for the
        first, a part of its own for each other (sections that say the same share one)."""
        model = header_name if kind == "header" else footer_name
        if (kind, data) not in known:
            if model not in filled:
                filled[model] = data
                known[kind, data] = reference_rids[kind]
            else:
                known[kind, data] = _add_story(canvas, model, kind, data)
        return known[kind, data]

    last = len(edition.sections) - 1
    sect_pr = ""
    for index, section in enumerate(edition.sections):
        mark, end = canvas.ids.new_bookmark(), canvas.ids.new_bookmark()
        half = f"_Half{mark}"
        body.append(f'<w:bookmarkStart w:id="{mark}" w:name="{half}"/>')
        room = Room(canvas.text_width, scope=section.scope, half=half)
        start = len(body)
        # The range a table of contents is limited to ends after the section's last
        # heading: LibreOffice loses the bookmark of the last page (below) when a range
        # ends at the end of the document.
        headed = 1 + max(
            (n for n, block in enumerate(section.blocks) if isinstance(block, Heading)),
            default=-1,
        )
        emitter.blocks(body, section.blocks[:headed], room)
        body.append(f'<w:bookmarkEnd w:id="{mark}"/>')
        emitter.blocks(body, section.blocks[headed:], room)
        _mark_last_paragraph(body, start, end)
        header = header_slot.fill(_story(emitter, section, "header"))
        footer = footer_slot.fill(_story(emitter, section, "footer", end=f"_End{end}"))
        sect_pr = section_properties(
            base,
            stories=(story("header", header), story("footer", footer)),
            first_number=section.first_number,
            odd_page=section.odd_page,
        )
        if index < last:  # a section ends with the paragraph holding its properties
            body.append(f"<w:p>{_wml.paragraph_properties(None, section=sect_pr)}</w:p>")
    document = reference.document.before + "".join(body) + sect_pr + tail
    filled[reference.document_part] = document.encode("utf-8")
    return filled


def _mark_last_paragraph(body: Out, start: int, number: int) -> None:
    """Puts bookmark ``_End{number}`` in the last paragraph written since ``start`` (in a
    table's last cell when the section ends with a table): the place on the section's
    last page that its footer's page count refers to. (LibreOffice loses a bookmark
    between blocks at the end of a document, or in a paragraph of its own there it
    starts a page.)"""
    marker = (
        f'<w:bookmarkStart w:id="{number}" w:name="_End{number}"/><w:bookmarkEnd w:id="{number}"/>'
    )
    for index in range(len(body) - 1, start - 1, -1):
        if body[index].endswith("</w:p>"):
            body[index] = body[index][: -len("</w:p>")] + marker + "</w:p>"
            return
    body.append(f"<w:p>{marker}</w:p>")


def _story(emitter: Emitter, section: PageSection, kind: str, *, end: str | None = None) -> str:
    """The markup of a section's header or footer. With ``end``, the bookmark on the last
    page of the section, the count of the section's pages is written as a reference to
    the page of that bookmark: Word and LibreOffice both compute it (LibreOffice shows
    ``SECTIONPAGES`` as it was saved)."""
    out: Out = []
    paragraphs = section.header if kind == "header" else section.footer
    if end is not None:
        paragraphs = tuple(
            p._replace(content=tuple(_section_pages(item, end) for item in p.content))
            for p in paragraphs
        )
    emitter.blocks(out, paragraphs, Room(emitter.canvas.text_width, scope=section.scope))
    return "".join(out)


def _new_ids(canvas: Canvas, data: bytes) -> bytes:
    """A copy of a story's markup whose drawing and bookmark ids are new ones of the
    document's id space (a start and its end keep one id)."""
    bookmarks: dict[str, int] = {}

    def drawing(match: re.Match[str]) -> str:
        return f"{match[1]}{canvas.ids.drawing()}{match[3]}"

    def bookmark(match: re.Match[str]) -> str:
        if match[2] not in bookmarks:
            bookmarks[match[2]] = canvas.ids.new_bookmark()
        return f"{match[1]}{bookmarks[match[2]]}{match[3]}"

    text = _DRAWING_ID.sub(drawing, data.decode("utf-8"))
    return _BOOKMARK_ID.sub(bookmark, text).encode("utf-8")


def _section_pages(item: Inline, end: str) -> Inline:
    if isinstance(item, Field) and item.instruction == "SECTIONPAGES":
        return Field(f"PAGEREF {end}", item.cached)
    return item


def _add_story(canvas: Canvas, model: str, kind: str, data: bytes) -> str:
    """A header or footer part of its own for a later section, like the reference's
    ``model`` part (and its relationships), its drawings and bookmarks given ids of their
    own; its relationship id."""
    name = canvas.ids.part(f"word/{kind}", "xml")
    canvas.added.append(AddedPart(name, _new_ids(canvas, data), _STORY_TYPES[kind]))
    rels = canvas.reference.parts.get(rels_name(model))
    if rels is not None:
        canvas.added.append(AddedPart(rels_name(name), rels, None))
    return canvas.relate(word_relationship(kind), name.removeprefix("word/"))
