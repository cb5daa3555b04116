"""Text contrast in slide tables: each cell's text colour and fill as PowerPoint draws them.

A cell's fill is its own (``a:tcPr``), else the fill of the table style's parts that apply
to it (:func:`.table_styles.parts_for`: the whole table, bands, first or last column, first
or last row, as the table's flags say), else the table's background (its own, then its
style's), else what is behind the table on the slide. A run's colour is its own, its
paragraph's or its cell's list style's, else the style's text colour for the cell, else
the presentation's default text style, else Text 1; a link is in the theme's link colour.

When the table names no style, or a style that is neither in the deck nor known
(:data:`.table_styles.BUILT_IN`), what that style would decide is not judged: only cells
whose fill and text colour are both set on the cell and its runs are.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from lxml import etree

from councilkit.audit.drawing_colours import number
from councilkit.audit.office import NS, OfficeFile, excerpt, shape_name, text_of
from councilkit.audit.slide_text import UNKNOWN, Look, SlideLook, first, nearest_fill
from councilkit.audit.table_styles import parts_for, table_style

_A = f"{{{NS['a']}}}"
_FILLS = frozenset(f"{_A}{t}" for t in ("solidFill", "noFill", "gradFill", "blipFill", "pattFill"))
_CLEAR = "clear"
"""A fill that lets what is behind show through."""


@dataclass(frozen=True, slots=True)
class CellText:
    """One run of a table cell with how it is drawn: where it is, its look, and the colour
    behind it (``RRGGBB``)."""

    where: str
    look: Look
    behind: str


class TableLook:
    """The colours of one slide table (``p:graphicFrame`` holding an ``a:tbl``)."""

    def __init__(self, doc: OfficeFile, slide: SlideLook, frame: etree._Element) -> None:
        self.slide = slide
        self.frame = frame
        self.table = frame.xpath("a:graphic/a:graphicData/a:tbl", namespaces=NS)[0]
        self.style = table_style(doc, self.table)

    def cells(self) -> Iterator[CellText]:
        """Each run of text in the table whose colours can be known, in reading order."""
        rows = self.table.xpath("a:tr", namespaces=NS)
        columns = len(self.table.xpath("a:tblGrid/a:gridCol", namespaces=NS))
        for r, row in enumerate(rows):
            for c, cell in enumerate(row.xpath("a:tc", namespaces=NS)):
                if any(cell.get(k) in ("1", "true") for k in ("hMerge", "vMerge")):
                    continue
                parts = (
                    [] if self.style is None else parts_for(self.table, r, c, len(rows), columns)
                )
                behind = self._fill(cell, parts)
                if behind == UNKNOWN:
                    continue
                for run in cell.xpath(
                    "a:txBody/a:p/*[self::a:r or self::a:fld][normalize-space(a:t)]",
                    namespaces=NS,
                ):
                    look = self._look(run, cell, parts)
                    if look.colour is not None:
                        where = f"{shape_name(self.frame)} row {r + 1}, column {c + 1}"
                        yield CellText(f"{where} {excerpt(text_of(run))}", look, behind)

    # -- fills --------------------------------------------------------------------------

    def _fill(self, cell: etree._Element, parts: list[str]) -> str:
        """The colour behind a cell's text, or :data:`UNKNOWN`."""
        own = self._own_fill(first(cell, "a:tcPr"))
        if own is None:
            if self.style is None:
                return UNKNOWN
            own = self._style_fill(parts)
        if own != _CLEAR:
            return own
        for background in (
            self._own_fill(first(self.table, "a:tblPr")),
            None if self.style is None else self._part_fill(first(self.style, "a:tblBg")),
        ):
            if background is not None and background != _CLEAR:
                return background
        return self.slide.behind(self.frame)

    def _own_fill(self, properties: etree._Element | None) -> str | None:
        """The fill set directly in ``a:tcPr`` or ``a:tblPr``: a colour, :data:`UNKNOWN`,
        :data:`_CLEAR`, or None when none is set."""
        fill = (
            None
            if properties is None
            else next((child for child in properties if child.tag in _FILLS), None)
        )
        if fill is None:
            return None
        name = etree.QName(fill).localname
        if name == "noFill":
            return _CLEAR
        if name == "solidFill":
            return self.slide.palette.of(fill) or UNKNOWN
        return UNKNOWN

    def _style_fill(self, parts: list[str]) -> str:
        """The fill of the last style part that sets one (:data:`_CLEAR` when none does)."""
        assert self.style is not None
        for name in reversed(parts):
            fill = self._part_fill(first(self.style, f"a:{name}/a:tcStyle"))
            if fill is not None:
                return fill
        return _CLEAR

    def _part_fill(self, holder: etree._Element | None) -> str | None:
        """The fill of a style's ``a:tcStyle`` or ``a:tblBg`` (``a:fill`` or a theme
        ``a:fillRef``); None when it sets none."""
        fill = self._own_fill(first(holder, "a:fill"))
        if fill is not None:
            return fill
        reference = first(holder, "a:fillRef")
        if reference is None:
            return None
        index = number(reference.get("idx"), 0)
        return self.slide.style_fill(reference, "a:fillStyleLst", index) if index else _CLEAR

    # -- text ---------------------------------------------------------------------------

    def _look(self, run: etree._Element, cell: etree._Element, parts: list[str]) -> Look:
        paragraph = run.getparent()
        assert paragraph is not None
        level = 1 + min(8, max(0, number(paragraph.xpath("string(a:pPr/@lvl)", namespaces=NS), 0)))
        near: list[etree._Element] = [
            *run.xpath("a:rPr", namespaces=NS),
            *paragraph.xpath("a:pPr/a:defRPr", namespaces=NS),
            *cell.xpath(f"a:txBody/a:lstStyle/a:lvl{level}pPr/a:defRPr", namespaces=NS),
        ]
        defaults = self.slide.defaults
        far = [] if defaults is None else defaults.xpath(f"a:lvl{level}pPr/a:defRPr", namespaces=NS)
        styled = (
            []
            if self.style is None
            else [
                text
                for name in reversed(parts)
                if (text := first(self.style, f"a:{name}/a:tcTxStyle")) is not None
            ]
        )
        size = next((int(s) for p in near + far if (s := p.get("sz", "")).isdigit()), 1800)
        bold = next(
            (
                p.get("b") in ("1", "true", "on")
                for p in (*near, *styled, *far)
                if p.get("b") not in (None, "def")
            ),
            False,
        )
        return Look(self._colour(run, near, styled, far), size / 100, bold)

    def _colour(
        self,
        run: etree._Element,
        near: list[etree._Element],
        styled: list[etree._Element],
        far: list[etree._Element],
    ) -> str | None:
        palette = self.slide.palette
        if run.xpath("a:rPr/a:hlinkClick", namespaces=NS) and not run.xpath(
            "a:rPr/a:solidFill", namespaces=NS
        ):
            return palette.slot("hlink")
        fill = nearest_fill(near)
        if fill is not None:
            return palette.of(fill) if etree.QName(fill).localname == "solidFill" else None
        if self.style is None:
            return None
        for text in styled:
            colour = palette.of(text)
            if colour is None:
                reference = first(text, "a:fontRef")
                colour = None if reference is None else palette.of(reference)
            if colour is not None:
                return colour
        fill = nearest_fill(far)
        if fill is None:
            return palette.slot("tx1")
        return palette.of(fill) if etree.QName(fill).localname == "solidFill" else None
