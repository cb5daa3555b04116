"""The Word emitter: blocks of the one-language document model (:mod:`councilkit.document`)
written as WordprocessingML into a :class:`~.canvas.Canvas`.

Every block is written whole by one method (its start, properties, content and end), so
tags balance by construction; property elements come from :mod:`._wml.properties` in the
schema's order; ids come from the canvas's one id space. A table cell always ends with a
paragraph, as Word requires.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from councilkit.document.model import (
    Block,
    Columns,
    Field,
    Heading,
    Inline,
    ListBlock,
    Paragraph,
    Picture,
    Row,
    Tab,
    Table,
    TableOfContents,
)
from councilkit.localize import LANGUAGE_TAGS, Run
from councilkit.render.docx import _wml
from councilkit.render.docx._wml import Out
from councilkit.render.docx.canvas import Canvas
from councilkit.render.docx.ids import bookmark_name
from councilkit.render.docx.layout import ROLES, StyleIds

EMU_PER_TWIP = 635
CELL_MARGINS = 216  # twips: the table styles' left and right cell margins together


@functools.lru_cache(maxsize=16)
def _role_styles(styles: StyleIds) -> tuple[dict[str, str], dict[str, str]]:
    """The style id of each role, and the start of a paragraph in it (made once per
    layout)."""
    ids: dict[str, str] = {role: getattr(styles, role) for role in ROLES}
    return ids, {role: f"<w:p>{_wml.paragraph_properties(style)}" for role, style in ids.items()}


@dataclass(frozen=True, slots=True)
class Room:
    """Where blocks are written: ``width`` twips wide; ``in_cell`` inside a column of the
    side-by-side edition (body text set as table text, headings not bookmarked); ``scope``
    the half of the file whose bookmarks these are; ``half`` the bookmark around that half
    that its table of contents is limited to."""

    width: int
    in_cell: bool = False
    scope: int = 0
    half: str | None = None


class Emitter:
    """Writes blocks into a canvas."""

    def __init__(self, canvas: Canvas) -> None:
        self.canvas = canvas
        self.styles = canvas.styles
        self._styles, self._starts = _role_styles(canvas.styles)
        self._write: dict[type, Callable[[Out, Any, Room], None]] = {
            Paragraph: self.paragraph,
            Heading: self.heading,
            ListBlock: self.list_block,
            Table: self.table,
            Picture: self.picture,
            TableOfContents: self.contents,
            Columns: self.columns,
        }

    def blocks(self, out: Out, blocks: Iterable[Block], room: Room) -> None:
        write, starts, in_cell = self._write, self._starts, room.in_cell
        for block in blocks:
            if (
                type(block) is Paragraph
                and block.anchor is None
                and not block.page_break
                and not (in_cell and block.role == "body")
            ):  # most blocks: a paragraph in its style and nothing else
                out.append(starts[block.role])
                self.inline(out, block.content)
                out.append("</w:p>")
            else:
                write.get(type(block), self._self_written)(out, block, room)

    def _self_written(self, out: Out, block: Any, room: Room) -> None:
        """A block of another module that writes itself (a tracked change, see
        :mod:`.revisions`): ``block.emit(emitter, out, room)``."""
        block.emit(self, out, room)

    def style(self, role: str, room: Room) -> str:
        """The style id of ``role`` (body text in a column is set as table text)."""
        if room.in_cell and role == "body":
            role = "table_text"
        return self._styles[role]

    # -- paragraphs ---------------------------------------------------------------------

    def paragraph(
        self,
        out: Out,
        block: Paragraph,
        room: Room,
        *,
        numbering: tuple[int, int] | None = None,
        section: str | None = None,
    ) -> None:
        self._paragraph(
            out,
            self.style(block.role, room),
            block.content,
            page_break=block.page_break,
            numbering=numbering,
            bookmark=self._bookmark(block.anchor, room),
            section=section,
        )

    def heading(self, out: Out, block: Heading, room: Room) -> None:
        style = self.styles.heading_1 if block.level == 1 else self.styles.heading_2
        bookmark = None if room.in_cell else self._bookmark(block.anchor, room)
        self._paragraph(out, style, block.content, page_break=block.page_break, bookmark=bookmark)

    def _bookmark(self, anchor: int | None, room: Room) -> int | None:
        return None if anchor is None else self.canvas.ids.bookmark(room.scope, anchor)

    def _paragraph(
        self,
        out: Out,
        style_id: str | None,
        content: Iterable[Inline],
        *,
        page_break: bool = False,
        numbering: tuple[int, int] | None = None,
        bookmark: int | None = None,
        section: str | None = None,
    ) -> None:
        if not (page_break or numbering or section or bookmark is not None) and style_id:
            out.append(f'<w:p><w:pPr><w:pStyle w:val="{style_id}"/></w:pPr>')  # most paragraphs
            self.inline(out, content)
            out.append("</w:p>")
            return
        out.append("<w:p>")
        out.append(
            _wml.paragraph_properties(
                style_id, page_break=page_break, numbering=numbering, section=section
            )
        )
        if bookmark is not None:
            name = bookmark_name(bookmark)
            out.append(f'<w:bookmarkStart w:id="{bookmark}" w:name="{name}"/>')
        self.inline(out, content)
        if bookmark is not None:
            out.append(f'<w:bookmarkEnd w:id="{bookmark}"/>')
        out.append("</w:p>")

    def empty_paragraph(self, out: Out, style_id: str | None, section: str | None = None) -> None:
        """A paragraph with nothing in it: what a table cell must hold at least, or what
        carries the properties of the section it ends."""
        properties = _wml.paragraph_properties(style_id, section=section)
        out.append(f"<w:p>{properties}</w:p>" if properties else "<w:p/>")

    def inline(self, out: Out, content: Iterable[Inline]) -> None:
        """Runs, tabs and fields: a run in another language than the document's is tagged
        with its own, and consecutive runs of one link share a ``w:hyperlink``."""
        default = self.canvas.language_tag
        tags, write_run = LANGUAGE_TAGS, _wml.run
        link: str | None = None
        for item in content:
            if type(item) is not Run:
                if link is not None:
                    out.append("</w:hyperlink>")
                    link = None
                if isinstance(item, Field):
                    out.append(_wml.simple_field(item.instruction, item.cached))
                elif isinstance(item, Tab):
                    out.append(_wml.TAB)
                continue
            run: Run = item
            tag = tags[run.language]
            lang = tag if tag != default else None
            if run.href is None:
                if link is not None:
                    out.append("</w:hyperlink>")
                    link = None
                if run.bold or run.italic or lang:
                    properties = _wml.run_properties(bold=run.bold, italic=run.italic, lang=lang)
                    out.append(_wml.run(run.text, properties))
                else:
                    out.append(write_run(run.text))
                continue
            if run.href != link:
                if link is not None:
                    out.append("</w:hyperlink>")
                link = run.href
                rid = _wml.attribute(self.canvas.link(run.href))
                out.append(f'<w:hyperlink r:id="{rid}" w:history="1">')
            properties = _wml.run_properties(
                style_id=self.styles.hyperlink, bold=run.bold, italic=run.italic, lang=lang
            )
            out.append(_wml.run(run.text, properties))
        if link is not None:
            out.append("</w:hyperlink>")

    # -- lists --------------------------------------------------------------------------

    def list_block(self, out: Out, block: ListBlock, room: Room) -> None:
        """A list: a numbered one starts again at 1; nested items one level down."""
        if block.numbered:
            style = self.styles.list_number
            num_id = self.canvas.new_list(style)
        else:
            style = self.styles.list_bullet
            num_id = self.canvas.list_style_num(style)
        for entry in block.entries:
            explicit = num_id is not None and (block.numbered or entry.level)
            numbering = (num_id, entry.level) if explicit and num_id is not None else None
            self._paragraph(out, style, entry.content, numbering=numbering)

    # -- tables -------------------------------------------------------------------------

    def table(self, out: Out, block: Table, room: Room) -> None:
        """A fixed-layout data table as wide as the room, its caption above it; a header
        row repeats on every page and no row splits across pages."""
        if block.caption:
            self._paragraph(out, self.styles.caption, block.caption)
        sizes = self.table_start(
            out, block.widths, room, header=block.has_header, title=block.title
        )
        text_style = self.styles.table_text
        columns = [(size, Room(size - CELL_MARGINS, scope=room.scope)) for size in sizes]
        for row in block.rows:
            self._row(out, row, columns, text_style)
        out.append("</w:tbl>")

    def table_start(
        self, out: Out, widths: tuple[int, ...], room: Room, *, header: bool, title: str | None
    ) -> list[int]:
        """A data table's start, properties and grid; its columns' widths in twips."""
        scale = room.width / sum(widths)
        sizes = [int(w * scale) for w in widths]
        out.append("<w:tbl>")
        out.append(
            _wml.table_properties(self.styles.table, sum(sizes), header=header, caption=title)
        )
        out.append(_wml.table_grid(sizes))
        return sizes

    def _row(self, out: Out, row: Row, columns: list[tuple[int, Room]], text_style: str) -> None:
        out.append("<w:tr>")
        out.append(
            _wml.row_properties(
                header=row.header, keep_together=row.keep_together, min_height=row.min_height
            )
        )
        for (size, cell_room), cell in zip(columns, row.cells, strict=False):
            self._cell(out, size, cell.blocks, text_style, cell_room)
        out.append("</w:tr>")

    def _cell(
        self, out: Out, width: int, blocks: tuple[Block, ...], text_style: str, room: Room
    ) -> None:
        out.append("<w:tc>")
        out.append(_wml.cell_properties(width))
        self.blocks(out, blocks, room)
        if not blocks or isinstance(blocks[-1], (Table, Columns)):
            self.empty_paragraph(out, text_style)  # Word requires a paragraph last
        out.append("</w:tc>")

    def columns(self, out: Out, block: Columns, room: Room) -> None:
        """The side-by-side layout table: two columns of half the room, its header row
        (repeated on every page, never split) then row by row."""
        half = room.width // 2
        inner = Room(half - CELL_MARGINS, in_cell=True, scope=room.scope)
        header = block.header is not None
        out.append("<w:tbl>")
        out.append(_wml.table_properties(self.styles.columns, 2 * half, header=header))
        out.append(_wml.table_grid((half, half)))
        for index, (left, right) in enumerate(
            (block.header, *block.rows) if block.header else block.rows
        ):
            out.append("<w:tr>")
            out.append(_wml.row_properties(header=header and index == 0, keep_together=False))
            self._cell(out, half, left, self.styles.table_text, inner)
            self._cell(out, half, right, self.styles.table_text, inner)
            out.append("</w:tr>")
        out.append("</w:tbl>")

    # -- pictures and fields ------------------------------------------------------------

    def picture(self, out: Out, block: Picture, room: Room) -> None:
        """A picture no wider than the room, its alt text, then its caption."""
        from docx.image.image import Image as DocxImage  # reads the picture's size and type

        canvas = self.canvas
        assert canvas.content_root is not None, "pictures need the content folder"
        path = canvas.content_root / block.path
        data = path.read_bytes()
        native = DocxImage.from_blob(data)
        extension = path.suffix.lower().lstrip(".") or native.ext
        rid = canvas.image(data, extension, native.content_type)
        width = min(native.width, room.width * EMU_PER_TWIP)
        height = round(native.height * width / native.width) if native.width else native.height
        out.append("<w:p>")
        out.append(_wml.paragraph_properties(self.style("body", room)))
        out.append(
            _wml.drawing(
                shape_id=canvas.ids.drawing(),
                rid=rid,
                filename=path.name,
                size=(int(width), int(height)),
                description=block.alt,
            )
        )
        out.append("</w:p>")
        if block.caption:
            self._paragraph(out, self.styles.caption, block.caption)

    def contents(self, out: Out, block: TableOfContents, room: Room) -> None:
        """The heading, then a TOC field whose shown result lists the entries, each
        linking to its heading's bookmark; limited to the room's half of the file."""
        styles = self.styles
        self._paragraph(out, styles.toc_heading, block.heading)
        instruction = f'TOC \\o "1-{block.levels}" \\h \\z \\u'
        if room.half:
            instruction += f" \\b {room.half}"
        begin = _wml.field_begin(instruction, dirty=True)
        if not block.entries:
            out.append(
                f"<w:p>{_wml.paragraph_properties(styles.toc_1)}{begin}{_wml.FIELD_END}</w:p>"
            )
            return
        last = len(block.entries) - 1
        for index, entry in enumerate(block.entries):
            style = styles.toc_1 if entry.level == 1 else styles.toc_2
            out.append("<w:p>")
            out.append(_wml.paragraph_properties(style))
            if index == 0:
                out.append(begin)
            name = bookmark_name(self.canvas.ids.bookmark(room.scope, entry.anchor))
            out.append(f'<w:hyperlink w:anchor="{name}" w:history="1">')
            self.inline(out, entry.content)
            out.append("</w:hyperlink>")
            if index == last:
                out.append(_wml.FIELD_END)
            out.append("</w:p>")
