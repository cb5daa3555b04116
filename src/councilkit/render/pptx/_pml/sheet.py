"""One slide's shapes in reading order, kept as XML text until the slide is finished, and
then written as the slide part's text (:class:`.part.TextSlidePart`), never parsed.

A shape python-pptx adds itself (a picture, a chart) needs the slide's tree: asking for
it (:meth:`Sheet.live_tree`) parses what is pending into the tree, and what python-pptx
then adds takes its place among the shapes drawn after it; such a slide is finished as a
tree.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from lxml import etree
from pptx.oxml import oxml_parser

from councilkit import xml_escape
from councilkit.render.pptx._pml.ids import ShapeIds
from councilkit.render.pptx._pml.part import TextSlidePart, slide_frame
from councilkit.render.pptx._pml.shapes import Edges

_OPEN = (
    '<p:spTree xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
    ' xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"'
    ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
)
_CLOSE = "</p:spTree>"
_CNV_PRS = etree.XPath(
    ".//p:cNvPr", namespaces={"p": "http://schemas.openxmlformats.org/presentationml/2006/main"}
)


@dataclass(eq=False)
class Drawn:
    """A shape of the slide: its id, name and place, and its XML (``xml``) until it is
    parsed into ``element``."""

    shape_id: int
    name: str
    box: Edges | None
    xml: str = ""
    element: Any = field(default=None, repr=False)

    def text(self, lang: str) -> str:
        """The shape's XML; ``lang``: the language of paragraph ends not written yet."""
        return self.xml


def parse(text: str) -> list[Any]:
    """The shapes whose XML is ``text``, as elements (of python-pptx's classes), to move
    into a slide's shape tree: the slide's root declares the same prefixes, so that they
    are written without declarations of their own."""
    return list(etree.fromstring(_OPEN + text + _CLOSE, oxml_parser))


class Sheet:
    """The shapes of ``slide`` (a python-pptx slide of a :class:`TextSlidePart`), ids given
    by :attr:`ids`; ``lang``: the slide's language tag, ``name``: the slide's name."""

    def __init__(self, slide: Any, lang: str, name: str) -> None:
        self.part: TextSlidePart = slide.part
        self.tree: Any = None
        """The slide's shape tree, once made live."""
        self.lang = lang
        self.name = name
        self._ids = ShapeIds()
        self.shapes: list[Drawn] = []
        """The slide's shapes in reading order."""
        self._known = -1  # the tree's length once live; -1: never made live

    @property
    def ids(self) -> ShapeIds:
        """The slide's ids, with any shape python-pptx has added counted."""
        if self._known >= 0 and len(self.tree) != self._known:
            self._absorb()
        return self._ids

    def add(self, drawn: Drawn) -> Drawn:
        """Put ``drawn`` last in reading order, its id and name taken."""
        self.ids.found(drawn.shape_id, drawn.name)
        self.shapes.append(drawn)
        return drawn

    def remove(self, drawn: Drawn) -> None:
        """Take ``drawn`` off the slide (not yet parsed, or parsed into the tree)."""
        self.shapes.remove(drawn)
        if drawn.element is not None:
            self.tree.remove(drawn.element)
            self._known -= 1
        self.ids.removed(drawn.shape_id, drawn.name)

    def live_tree(self) -> Any:
        """The slide's shape tree holding every shape so far, for python-pptx to add to."""
        if self.tree is None:
            c_sld = self.part._element.cSld
            c_sld.set("name", self.name)
            self.tree = c_sld.spTree
        else:
            self._absorb()
        self._parse_pending()
        for drawn in self.shapes:
            self.tree.append(drawn.element)
        self._known = len(self.tree)
        return self.tree

    def finish(self, first: list[Drawn], last: list[Drawn]) -> None:
        """Put the shapes on the slide: ``first`` first in reading order, in that order,
        then the others, then ``last``."""
        if self.tree is not None:
            self._absorb()
        chosen = {id(d) for d in (*first, *last)}
        order = [*first, *(d for d in self.shapes if id(d) not in chosen), *last]
        if self.tree is None and all(d.element is None for d in order):
            before, inside, after = slide_frame()
            shapes = "".join(d.text(self.lang) for d in order)
            written = f"{before}{xml_escape.attribute(self.name)}{inside}{shapes}{after}"
            self.part.set_text(written.encode("utf-8"))
        else:
            self.live_tree()
            self._parse_pending()
            for drawn in order:
                self.tree.append(drawn.element)
        self.shapes = order

    def _parse_pending(self) -> None:
        pending = [d for d in self.shapes if d.element is None]
        elements = parse("".join(d.text(self.lang) for d in pending))
        for drawn, element in zip(pending, elements, strict=True):
            drawn.element = element

    def _absorb(self) -> None:
        """Count the shapes python-pptx added to the tree since it was made live."""
        for element in self.tree[self._known :]:
            for cnvpr in _CNV_PRS(element):
                value = cnvpr.get("id", "")
                if value.isdigit():
                    self._ids.found(int(value), cnvpr.get("name", ""))
            self.shapes.append(Drawn(0, "", None, element=element))
        self._known = len(self.tree)


class TreeIds:
    """The ids of a :class:`Sheet` for code that puts an element on the slide's tree
    itself (a chart's frame): the id the next shape gets, the tree with every shape drawn
    so far on it (:attr:`tree`), and :meth:`added` once the element is appended."""

    def __init__(self, sheet: Sheet) -> None:
        self._sheet = sheet

    def next_id(self) -> int:
        """The id python-pptx would give a new shape."""
        return self._sheet.ids.next_id()

    @property
    def tree(self) -> Any:
        """The slide's shape tree, every shape drawn so far on it, to append to."""
        return self._sheet.live_tree()

    def added(self, shape_id: int, name: str) -> None:
        """Record the shape ``shape_id`` called ``name`` just appended to :attr:`tree`."""
        ids = self._sheet.ids  # counts what the tree gained, with its id and name
        assert ids.name_taken(name) and ids.next_id() > shape_id
