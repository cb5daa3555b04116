"""Writing content into a Word body or table cell: paragraphs of runs, lists, tables.

:class:`Canvas` is what one document being written shares (the python-docx document, the
style ids of the layout, the list numbering, the hyperlink relationships); :class:`Writer`
writes one language into it. A side-by-side edition has two writers on one canvas.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from docx.document import Document as WordDocument
from docx.image.image import Image as DocxImage
from docx.opc.constants import RELATIONSHIP_TYPE as RT

from councilkit.diagnostics import Diagnostic
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
from councilkit.render.docx import _oxml
from councilkit.render.docx._oxml import Element
from councilkit.render.docx.layout import StyleIds

Cell = Sequence[tuple[Run, ...]]
"""A table cell: one paragraph per tuple of runs."""


EMU_PER_TWIP = 635


@dataclass
class Canvas:
    """One Word document being written."""

    document: WordDocument
    styles: StyleIds
    language_tag: str
    text_width: int = 9360
    content_root: Path | None = None
    diagnostics: list[Diagnostic] = field(default_factory=list)
    _numbering: Element | None = None
    _next_num: int = 0
    _abstract: dict[str, int | None] = field(default_factory=dict)
    _links: dict[str, str] = field(default_factory=dict)

    @property
    def body(self) -> Element:
        return self.document.element.body

    def link(self, url: str) -> str:
        """The relationship id of an external hyperlink (one per address)."""
        if url not in self._links:
            self._links[url] = self.document.part.relate_to(url, RT.HYPERLINK, is_external=True)
        return self._links[url]

    def new_list(self, style_id: str) -> int | None:
        """A numbering instance for one list in ``style_id``, starting again at 1; None
        when the style has no numbering."""
        numbering = self._numbering_element()
        if style_id not in self._abstract:
            num_id = _oxml.style_num_id(self._style_element(style_id))
            found = None if num_id is None else _oxml.abstract_num_of(numbering, num_id)
            self._abstract[style_id] = found
        abstract = self._abstract[style_id]
        if abstract is None:
            return None
        if not self._next_num:
            self._next_num = _oxml.next_num_id(numbering)
        num_id = self._next_num
        self._next_num += 1
        _oxml.add_restarting_num(numbering, num_id, abstract)
        return num_id

    def _numbering_element(self) -> Element:
        if self._numbering is None:
            self._numbering = self.document.part.numbering_part.element
        return self._numbering

    def list_style_num(self, style_id: str) -> int | None:
        """The numbering a list style is linked to."""
        return _oxml.style_num_id(self._style_element(style_id))

    def _style_element(self, style_id: str) -> Element:
        found = _oxml.style_element(self.document.styles.element, style_id)
        if found is None:
            raise KeyError(style_id)  # resolve_styles checked every role
        return found


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

    def paragraph(self, parent: Element, style_id: str, runs: Iterable[Run]) -> Element:
        p = _oxml.paragraph(parent, style_id)
        self.add_runs(p, runs)
        return p

    def add_runs(self, p: Element, runs: Iterable[Run]) -> None:
        """Runs appended to paragraph ``p``: a run in another language than the document's
        is tagged with its own, and consecutive runs of one link share a ``w:hyperlink``."""
        default = self.canvas.language_tag
        link_url: str | None = None
        link: Element | None = None
        for item in runs:
            tag = _tag(item)
            lang = tag if tag != default else None
            if item.href is None:
                link_url = link = None
                _oxml.run(p, item.text, bold=item.bold, italic=item.italic, lang=lang)
                continue
            if item.href != link_url or link is None:
                link_url = item.href
                link = _oxml.hyperlink(p, self.canvas.link(item.href))
            _oxml.run(
                link,
                item.text,
                bold=item.bold,
                italic=item.italic,
                lang=lang,
                style_id=self.styles.hyperlink,
            )

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

    def blocks(self, parent: Element, blocks: Iterable[Block], *, in_cell: bool = False) -> None:
        body = self.styles.table_text if in_cell else self.styles.body
        for block in blocks:
            if isinstance(block, Paragraph):
                self.paragraph(parent, body, self.loc.runs(block.text))
            elif isinstance(block, BulletList):
                self.items(parent, block.items, numbered=False)
            elif isinstance(block, NumberedList):
                self.items(parent, block.items, numbered=True)
            elif isinstance(block, Table):
                data = block.table
                rows = [[(self.loc.runs(text),) for text in row] for row in data.rows]
                header = [self.loc.runs(text) for text in data.header]
                caption = self.loc.runs(data.caption) if data.caption else ()
                self.table(parent, header, rows, widths=None, caption=caption)
            elif isinstance(block, Figure):
                room = self.canvas.text_width // 2 if in_cell else self.canvas.text_width
                self.figure(parent, block, body, room)

    def figure(self, parent: Element, figure: Figure, style: str, room: int) -> None:
        """A picture no wider than ``room`` (twips), its alt text in the document's
        language, then its caption."""
        assert self.canvas.content_root is not None, "pictures need the content folder"
        path = self.canvas.content_root / figure.image.path
        native = DocxImage.from_file(str(path))
        width = min(native.width, room * EMU_PER_TWIP)
        inline = self.canvas.document.part.new_pic_inline(str(path), width, None)
        _oxml.set_alt_text(inline, self.loc.plain(figure.alt))
        _oxml.drawing(self.paragraph(parent, style, ()), inline)
        if figure.caption is not None:
            self.paragraph(parent, self.styles.caption, self.loc.runs(figure.caption))

    def items(self, parent: Element, items: Sequence[ListItem], *, numbered: bool) -> None:
        """A list whose numbering starts again at 1, nested items one level down."""
        style = self.styles.list_number if numbered else self.styles.list_bullet
        num_id = self.canvas.new_list(style) if numbered else None
        if not numbered:
            num_id = self.canvas.list_style_num(style)
        self._items(parent, items, style, num_id, 0, explicit=numbered)

    def _items(
        self,
        parent: Element,
        items: Sequence[ListItem],
        style: str,
        num_id: int | None,
        level: int,
        *,
        explicit: bool,
    ) -> None:
        for item in items:
            runs = self.lead(self.loc.runs(item.lead), self.loc.runs(item.text))
            p = self.paragraph(parent, style, runs)
            if num_id is not None and (explicit or level):
                _oxml.set_numbering(p, num_id, level)
            if item.items:
                self._items(parent, item.items, style, num_id, level + 1, explicit=explicit)

    # -- tables -----------------------------------------------------------------------

    def table(
        self,
        parent: Element,
        header: Sequence[tuple[Run, ...]],
        rows: Sequence[Sequence[Cell]],
        *,
        widths: Sequence[int] | None,
        caption: tuple[Run, ...] = (),
        width: int | None = None,
    ) -> Element:
        """A data table with a header row repeated on every page; ``widths`` in twips
        (even columns when None), scaled to ``width`` (the text width by default)."""
        total = width or self.canvas.text_width
        columns = len(header)
        given = list(widths) if widths else [1] * columns
        scale = total / sum(given)
        sizes = [int(w * scale) for w in given]
        if caption:
            self.paragraph(parent, self.styles.caption, caption)
        tbl = _oxml.table(parent, self.styles.table, sizes)
        if caption:
            _oxml.table_caption(tbl, "".join(r.text for r in caption))
        row = _oxml.table_row(tbl, header=True)
        for size, runs in zip(sizes, header, strict=True):
            self.paragraph(_oxml.table_cell(row, size), self.styles.table_text, runs)
        for cells in rows:
            row = _oxml.table_row(tbl, keep_together=True)
            for size, cell in zip(sizes, cells, strict=False):
                tc = _oxml.table_cell(row, size)
                for runs in cell:
                    self.paragraph(tc, self.styles.table_text, runs)
                if not cell:
                    _oxml.paragraph(tc, self.styles.table_text)
        return tbl


def _tag(run: Run) -> str:
    return LANGUAGE_TAGS[run.language]
