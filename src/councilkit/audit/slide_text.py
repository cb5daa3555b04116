"""What a slide's text looks like once inherited: each run's colour, size and weight, and
the colour behind its shape, as PowerPoint draws them.

A run's property comes from the nearest of: the run, its paragraph's ``a:defRPr``, its
shape's list style, its shape's style (``p:style/a:fontRef``), then for a placeholder the
matching placeholder of the layout and of the master, then the master's text styles
(title, body or other), then the presentation's default text style. A hyperlink is in the
theme's hyperlink colour. The colour behind a shape is its own fill (or its style's), a
placeholder's inherited fill, the filled shape under it (drawn before it, its box holding
the text's middle), then the slide's, layout's or master's background. A fill that is not
one colour (a gradient, a picture, a pattern), or a picture, table, chart or group under
the text, cannot be known: such text is not judged.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from councilkit.audit.drawing_colours import DEFAULT_MAP, Palette, colour_map, number, scheme_of
from councilkit.audit.office import NS, OfficeFile

UNKNOWN = "unknown"
"""A fill whose colour cannot be told (gradient, picture, pattern)."""

_P = f"{{{NS['p']}}}"
_TITLE_TYPES = frozenset({"title", "ctrTitle"})
_OTHER_TYPES = frozenset({"dt", "ftr", "sldNum", "hdr"})
_OPAQUE = frozenset(f"{_P}{tag}" for tag in ("pic", "graphicFrame", "grpSp"))
"""Shapes whose colours under text cannot be told."""


@dataclass(frozen=True, slots=True)
class Look:
    """How a run is drawn: its colour (``RRGGBB``, None when unknown), size in points and
    weight."""

    colour: str | None
    points: float
    bold: bool


class SlideLook:
    """The inherited looks of one slide's text."""

    def __init__(self, doc: OfficeFile, part: str, slide: etree._Element) -> None:
        self.slide = slide
        layout_parts = doc.related(part, "/slideLayout")
        self.layout = doc.xml(layout_parts[0]) if layout_parts else None
        master_parts = doc.related(layout_parts[0], "/slideMaster") if layout_parts else []
        self.master = doc.xml(master_parts[0]) if master_parts else None
        themes = doc.related(master_parts[0], "/theme") if master_parts else []
        self.theme = doc.xml(themes[0]) if themes else None
        mapping = colour_map(first(self.master, "p:clrMap"), DEFAULT_MAP)
        for holder in (self.layout, slide):
            mapping = colour_map(first(holder, "p:clrMapOvr/a:overrideClrMapping"), mapping)
        self.palette = Palette(scheme_of(self.theme), mapping)
        _, presentation = doc.main()
        self.defaults = first(presentation, "p:defaultTextStyle")

    # -- placeholders -------------------------------------------------------------------

    def inherited(self, shape: etree._Element) -> list[etree._Element]:
        """The layout's and the master's placeholders a slide placeholder takes after."""
        ph = first(shape, "p:nvSpPr/p:nvPr/p:ph")
        if ph is None:
            return []
        found = []
        layout = _matching(self.layout, ph)
        if layout is not None:
            found.append(layout)
            ph = first(layout, "p:nvSpPr/p:nvPr/p:ph")
        master = _matching(self.master, ph) if ph is not None else None
        if master is not None:
            found.append(master)
        return found

    def _text_style(self, shape: etree._Element) -> etree._Element | None:
        ph = first(shape, "p:nvSpPr/p:nvPr/p:ph")
        if ph is None:
            return self.defaults
        kind = ph.get("type", "body")
        name = (
            "titleStyle"
            if kind in _TITLE_TYPES
            else "otherStyle"
            if kind in _OTHER_TYPES
            else "bodyStyle"
        )
        return first(self.master, f"p:txStyles/p:{name}")

    # -- runs ---------------------------------------------------------------------------

    def look(self, run: etree._Element, shape: etree._Element) -> Look:
        """How a run of ``shape`` is drawn."""
        paragraph = run.getparent()
        while paragraph is not None and paragraph.tag != f"{{{NS['a']}}}p":
            paragraph = paragraph.getparent()
        level = 1
        if paragraph is not None:
            level += min(8, max(0, number(paragraph.xpath("string(a:pPr/@lvl)", namespaces=NS), 0)))
        levels = f"a:lvl{level}pPr/a:defRPr"
        near: list[etree._Element] = run.xpath("a:rPr", namespaces=NS)
        if paragraph is not None:
            near += paragraph.xpath("a:pPr/a:defRPr", namespaces=NS)
        near += shape.xpath(f"p:txBody/a:lstStyle/{levels}", namespaces=NS)
        far: list[etree._Element] = []
        for holder in self.inherited(shape):
            far += holder.xpath(f"p:txBody/a:lstStyle/{levels}", namespaces=NS)
        for styles in (self._text_style(shape), self.defaults):
            if styles is not None:
                far += styles.xpath(levels, namespaces=NS)
        chain = near + far
        return Look(self._colour(run, shape, near, far), *self._size(shape, chain))

    def _colour(
        self,
        run: etree._Element,
        shape: etree._Element,
        near: list[etree._Element],
        far: list[etree._Element],
    ) -> str | None:
        """A run's colour: a hyperlink's, its own or its shape's, its shape style's, then
        the inherited ones; None when its fill is not one colour."""
        if run.xpath("a:rPr/a:hlinkClick", namespaces=NS) and not run.xpath(
            "a:rPr/a:solidFill", namespaces=NS
        ):
            return self.palette.slot("hlink")
        fill = nearest_fill(near)
        font = first(shape, "p:style/a:fontRef")
        if fill is None and font is not None and len(font):
            return self.palette.of(font)
        fill = fill if fill is not None else nearest_fill(far)
        if fill is None:
            return self.palette.slot("tx1")
        return self.palette.of(fill) if etree.QName(fill).localname == "solidFill" else None

    @staticmethod
    def _size(shape: etree._Element, chain: list[etree._Element]) -> tuple[float, bool]:
        """A run's size in points (its shape's autofit scale applied) and whether it is
        bold."""
        size = next((int(s) for r in chain if (s := r.get("sz", "")).isdigit()), 1800)
        scale = shape.xpath("string(p:txBody/a:bodyPr/a:normAutofit/@fontScale)", namespaces=NS)
        points = size / 100 * (int(scale) / 100000 if str(scale).isdigit() else 1)
        bold = next((r.get("b") in ("1", "true") for r in chain if r.get("b")), False)
        return points, bold

    # -- what is behind -----------------------------------------------------------------

    def behind(self, shape: etree._Element) -> str:
        """The colour behind a shape's text (``RRGGBB``), or :data:`UNKNOWN`."""
        for holder in (shape, *self.inherited(shape)):
            fill = self._fill(holder)
            if fill is not None:
                return fill
        under = self._under(shape)
        if under is not None:
            return under
        for holder in (self.slide, self.layout, self.master):
            background = self._background(holder)
            if background is not None:
                return background
        return "FFFFFF"

    def _fill(self, shape: etree._Element) -> str | None:
        """A shape's own fill: a colour, :data:`UNKNOWN`, or None (no fill: see through)."""
        properties = first(shape, "p:spPr")
        if properties is not None:
            for child in properties:
                name = etree.QName(child).localname
                if name == "solidFill":
                    return self.palette.of(child) or UNKNOWN
                if name == "noFill":
                    return None
                if name in ("gradFill", "blipFill", "pattFill", "grpFill"):
                    return UNKNOWN if name != "grpFill" else None
        reference = first(shape, "p:style/a:fillRef")
        if reference is not None and reference.get("idx", "0") not in ("0", ""):
            return self.style_fill(reference, "a:fillStyleLst", number(reference.get("idx"), 0))
        return None

    def style_fill(self, reference: etree._Element, styles: str, index: int) -> str:
        """A fill of the theme's format scheme (1-based), ``phClr`` being the colour of the
        reference that points to it."""
        fills = (
            []
            if self.theme is None
            else self.theme.xpath(f"a:themeElements/a:fmtScheme/{styles}/*", namespaces=NS)
        )
        if not 1 <= index <= len(fills):
            return UNKNOWN
        fill = fills[index - 1]
        if etree.QName(fill).localname != "solidFill":
            return UNKNOWN
        return self.palette.of(fill, placeholder=self.palette.of(reference)) or UNKNOWN

    def _background(self, holder: etree._Element | None) -> str | None:
        background = first(holder, "p:cSld/p:bg")
        if background is None:
            return None
        properties = first(background, "p:bgPr")
        if properties is not None:
            fill = next(iter(properties), None)
            if fill is not None and etree.QName(fill).localname == "solidFill":
                return self.palette.of(fill) or UNKNOWN
            return UNKNOWN
        reference = first(background, "p:bgRef")
        if reference is None:
            return None
        index = number(reference.get("idx"), 0)
        if index >= 1001:
            return self.style_fill(reference, "a:bgFillStyleLst", index - 1000)
        return self.style_fill(reference, "a:fillStyleLst", index) if index else None

    def _under(self, shape: etree._Element) -> str | None:
        """The fill of the topmost filled shape drawn before ``shape`` whose box holds the
        middle of ``shape``'s box (:data:`UNKNOWN` for a picture, a table, a chart or a
        group)."""
        box = self._box(shape)
        parent = shape.getparent()
        if box is None or parent is None:
            return None
        middle = (box[0] + box[2] / 2, box[1] + box[3] / 2)
        for other in reversed(list(parent)[: parent.index(shape)]):
            if other.tag == f"{_P}sp":
                fill = self._fill(other)
            elif other.tag in _OPAQUE:
                fill = UNKNOWN
            else:
                continue
            area = self._box(other)
            if fill is None or area is None:
                continue
            x, y, width, height = area
            if x <= middle[0] <= x + width and y <= middle[1] <= y + height:
                return fill
        return None

    def _box(self, shape: etree._Element) -> tuple[int, int, int, int] | None:
        for holder in (shape, *self.inherited(shape)):
            xfrm = first(holder, "p:spPr/a:xfrm | p:xfrm | p:grpSpPr/a:xfrm")
            if xfrm is not None:
                values = xfrm.xpath("a:off/@x | a:off/@y | a:ext/@cx | a:ext/@cy", namespaces=NS)
                if len(values) == 4:
                    x, y, width, height = (number(v, 0) for v in values)
                    return x, y, width, height
        return None


def first(element: etree._Element | None, path: str) -> etree._Element | None:
    """The first element ``path`` finds under ``element`` (None when none, or no element)."""
    if element is None:
        return None
    found = element.xpath(path, namespaces=NS)
    return found[0] if found else None


def nearest_fill(chain: list[etree._Element]) -> etree._Element | None:
    """The nearest text fill in a chain of run properties (a solid fill, or another kind
    of fill, which cannot be judged)."""
    for properties in chain:
        for child in properties:
            if etree.QName(child).localname in (
                "solidFill",
                "gradFill",
                "blipFill",
                "pattFill",
                "noFill",
            ):
                return child
    return None


def _matching(holder: etree._Element | None, ph: etree._Element) -> etree._Element | None:
    """The placeholder of a layout or master that ``ph`` takes after: the same index,
    else the same type (a body, object or untyped placeholder takes after the body)."""
    if holder is None:
        return None
    shapes = holder.xpath("p:cSld/p:spTree/p:sp[p:nvSpPr/p:nvPr/p:ph]", namespaces=NS)
    index = ph.get("idx")
    kind = _kind(ph.get("type"))
    by_type = None
    for shape in shapes:
        other = shape.xpath("p:nvSpPr/p:nvPr/p:ph", namespaces=NS)[0]
        if index is not None and other.get("idx") == index and _kind(other.get("type")) == kind:
            return shape
        if by_type is None and _kind(other.get("type")) == kind:
            by_type = shape
    return by_type


def _kind(kind: str | None) -> str:
    if kind in (None, "obj", "body", "subTitle"):
        return "body"
    return "title" if kind in _TITLE_TYPES else kind
