"""Writing content into a Word body or table cell: paragraphs of runs, lists, tables.

:class:`Writer` writes one language into a :class:`~.canvas.Canvas`, what one document
being written shares. A side-by-side edition has two writers on one canvas. Everything is
written as markup into :data:`~._wml.Out` lists.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from councilkit.localize import LANGUAGE_TAGS, Localizer, Run
from councilkit.model import (
    Block,
    BulletList,
    Figure,
    ListItem,
    NumberedList,
    Paragraph,
    Table,
)
from councilkit.render.docx import _wml
from councilkit.render.docx._wml import Out
from councilkit.render.docx.canvas import Canvas

Cell = Sequence[tuple[Run, ...]]
"""A table cell: one paragraph per tuple of runs."""


EMU_PER_TWIP = 635


class Writer:
    """Writes content in one language into a canvas."""

    def __init__(self, canvas: Canvas, localizer: Localizer) -> None:
        self.canvas = canvas
        self.loc = localizer
        self.styles = canvas.styles

    # -- text -------------------------------------------------------------------------

    def words(self, msgid: str) -> tuple[Run, ...]:
        """A fixed word of the catalog, as runs in this writer's language."""
        return (Run(self.loc.tr(msgid), language=self.loc.language),)

    def text(self, text: str, *, bold: bool = False, italic: bool = False) -> Run:
        return Run(text, bold, italic, None, self.loc.language)

    def paragraph(
        self,
        out: Out,
        style_id: str,
        runs: Iterable[Run],
        *,
        numbering: tuple[int, int] | None = None,
        bookmark: tuple[int, str] | None = None,
        page_break: bool = False,
    ) -> None:
        """A paragraph in ``style_id``; ``numbering`` is ``(num_id, level)``, ``bookmark``
        ``(id, name)``."""
        _wml.paragraph_start(
            out, style_id, numbering=numbering, page_break=page_break, bookmark=bookmark
        )
        self.add_runs(out, runs)
        _wml.paragraph_end(out, bookmark)

    def add_runs(self, out: Out, runs: Iterable[Run]) -> None:
        """Runs of a paragraph: a run in another language than the document's is tagged
        with its own, and consecutive runs of one link share a ``w:hyperlink``."""
        default = self.canvas.language_tag
        link_url: str | None = None
        for item in runs:
            tag = LANGUAGE_TAGS[item.language]
            lang = tag if tag != default else None
            if item.href is None:
                if link_url is not None:
                    out.append(_wml.HYPERLINK_END)
                    link_url = None
                if item.bold or item.italic or lang:
                    _wml.run(out, item.text, bold=item.bold, italic=item.italic, lang=lang)
                else:
                    out.append(_wml.plain_run(item.text))
                continue
            if item.href != link_url:
                if link_url is not None:
                    out.append(_wml.HYPERLINK_END)
                link_url = item.href
                _wml.hyperlink(out, self.canvas.link(item.href))
            _wml.run(
                out,
                item.text,
                bold=item.bold,
                italic=item.italic,
                lang=lang,
                style_id=self.styles.hyperlink,
            )
        if link_url is not None:
            out.append(_wml.HYPERLINK_END)

    def lead(self, lead: tuple[Run, ...], text: tuple[Run, ...]) -> tuple[Run, ...]:
        """A bold lead term, the locale's separator, then the text."""
        if not lead:
            return text
        bold = tuple(Run(r.text, True, r.italic, r.href, r.language) for r in lead)
        if not text:
            return bold
        separator = self.loc.lead_separator("".join(r.text for r in lead))
        return (*bold, self.text(separator), *text)

    # -- blocks -----------------------------------------------------------------------

    def blocks(self, out: Out, blocks: Iterable[Block], *, in_cell: bool = False) -> None:
        body = self.styles.table_text if in_cell else self.styles.body
        for block in blocks:
            if isinstance(block, Paragraph):
                self.paragraph(out, body, self.loc.runs(block.text))
            elif isinstance(block, BulletList):
                self.items(out, block.items, numbered=False)
            elif isinstance(block, NumberedList):
                self.items(out, block.items, numbered=True)
            elif isinstance(block, Table):
                data = block.table
                rows = [[(self.loc.runs(text),) for text in row] for row in data.rows]
                header = [self.loc.runs(text) for text in data.header]
                caption = self.loc.runs(data.caption) if data.caption else ()
                self.table(out, header, rows, widths=None, caption=caption)
            elif isinstance(block, Figure):
                room = self.canvas.text_width // 2 if in_cell else self.canvas.text_width
                self.figure(out, block, body, room)

    def figure(self, out: Out, figure: Figure, style: str, room: int) -> None:
        """A picture no wider than ``room`` (twips), its alt text in the document's
        language, then its caption."""
        from docx.image.image import Image as DocxImage  # reads the picture's size and type

        assert self.canvas.content_root is not None, "pictures need the content folder"
        path = self.canvas.content_root / figure.image.path
        data = path.read_bytes()
        native = DocxImage.from_blob(data)
        extension = path.suffix.lower().lstrip(".") or native.ext
        rid = self.canvas.image(data, extension, native.content_type)
        width = min(native.width, room * EMU_PER_TWIP)
        height = round(native.height * width / native.width) if native.width else native.height
        _wml.paragraph_start(out, style)
        _wml.drawing(
            out,
            shape_id=self.canvas.shape_id(),
            rid=rid,
            filename=path.name,
            size=(int(width), int(height)),
            description=self.loc.plain(figure.alt),
        )
        _wml.paragraph_end(out)
        if figure.caption is not None:
            self.paragraph(out, self.styles.caption, self.loc.runs(figure.caption))

    def items(self, out: Out, items: Sequence[ListItem], *, numbered: bool) -> None:
        """A list whose numbering starts again at 1, nested items one level down."""
        style = self.styles.list_number if numbered else self.styles.list_bullet
        num_id = self.canvas.new_list(style) if numbered else None
        if not numbered:
            num_id = self.canvas.list_style_num(style)
        self._items(out, items, style, num_id, 0, explicit=numbered)

    def _items(
        self,
        out: Out,
        items: Sequence[ListItem],
        style: str,
        num_id: int | None,
        level: int,
        *,
        explicit: bool,
    ) -> None:
        numbering = (num_id, level) if num_id is not None and (explicit or level) else None
        for item in items:
            runs = self.lead(self.loc.runs(item.lead), self.loc.runs(item.text))
            self.paragraph(out, style, runs, numbering=numbering)
            if item.items:
                self._items(out, item.items, style, num_id, level + 1, explicit=explicit)

    # -- tables -----------------------------------------------------------------------

    def table(
        self,
        out: Out,
        header: Sequence[tuple[Run, ...]],
        rows: Sequence[Sequence[Cell]],
        *,
        widths: Sequence[int] | None,
        caption: tuple[Run, ...] = (),
        width: int | None = None,
    ) -> None:
        """A data table with a header row repeated on every page; ``widths`` in twips
        (even columns when None), scaled to ``width`` (the text width by default)."""
        total = width or self.canvas.text_width
        columns = len(header)
        given = list(widths) if widths else [1] * columns
        scale = total / sum(given)
        sizes = [int(w * scale) for w in given]
        text_style = self.styles.table_text
        if caption:
            self.paragraph(out, self.styles.caption, caption)
        title = "".join(r.text for r in caption) if caption else None
        _wml.table_start(out, self.styles.table, sizes, caption=title)
        self.header_row(out, sizes, header)
        for cells in rows:
            _wml.row_start(out, keep_together=True)
            for size, cell in zip(sizes, cells, strict=False):
                _wml.cell_start(out, size)
                for runs in cell:
                    self.paragraph(out, text_style, runs)
                if not cell:
                    _wml.empty_paragraph(out, text_style)
                out.append(_wml.CELL_END)
            out.append(_wml.ROW_END)
        out.append(_wml.TABLE_END)

    def header_row(self, out: Out, sizes: Sequence[int], header: Sequence[tuple[Run, ...]]) -> None:
        """A table's header row, repeated on every page: one paragraph of runs a column."""
        _wml.row_start(out, header=True)
        for size, runs in zip(sizes, header, strict=True):
            _wml.cell_start(out, size)
            self.paragraph(out, self.styles.table_text, runs)
            out.append(_wml.CELL_END)
        out.append(_wml.ROW_END)
