"""The shape ids and names of one slide, found once and then kept up to date.

python-pptx numbers a new shape one more than the largest ``@id`` of the slide, and names a
new placeholder after it unless the name is taken: it searches the whole slide for every
shape. A deck of 22 slides adds about 150 shapes, so :class:`ShapeIds` searches a slide
once, when it is created, and then follows what is added and removed here. The ids are
exactly those the search would give.

A shape added by python-pptx itself (``shapes.add_table``, ``add_picture``, ``add_chart``)
goes straight on the slide's tree; its size no longer matches what the allocator last saw,
and the slide is searched again before the next id is given. What this cannot see: a shape
python-pptx adds inside a group, or a shape renamed through python-pptx without anything
added after it; add shapes through the slide's canvas, or on the slide's own tree.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from lxml import etree

from councilkit.render.pptx._oxml.names import PML

_IDS = etree.XPath("//@id")
_IDS_UNDER = etree.XPath(".//@id")
_NAMES = etree.XPath("//p:cNvPr/@name", namespaces={"p": PML[1:-1]})
_NAMES_UNDER = etree.XPath(".//p:cNvPr/@name", namespaces={"p": PML[1:-1]})


class ShapeIds:
    """The ids and names used on the slide whose shape tree is ``tree``."""

    def __init__(self, tree: Any) -> None:
        self._tree = tree
        self._used: set[int] = set()
        self._top = 0
        self._names: Counter[str] | None = None
        self._size = -1
        self._seed()
        self._names = Counter(str(v) for v in _NAMES(tree))  # a new slide's: quick

    @property
    def tree(self) -> Any:
        """The slide's shape tree (``p:spTree``)."""
        return self._tree

    def _seed(self) -> None:
        self._used = {int(v) for v in _IDS(self._tree) if v.isdigit()}
        self._top = max(self._used, default=0)
        self._names = None  # searched when first needed
        self._size = len(self._tree)

    def _check(self) -> None:
        """Search the slide again when something else changed its tree."""
        if len(self._tree) != self._size:
            self._seed()

    def next_id(self) -> int:
        """The id python-pptx would give a new shape: one more than the largest."""
        self._check()
        return self._top + 1

    def first_free(self) -> int:
        """The smallest id not in use (what a new group takes)."""
        self._check()
        return next(n for n in range(1, len(self._used) + 2) if n not in self._used)

    def name_taken(self, name: str) -> bool:
        """True when a shape of the slide is called ``name``."""
        self._check()
        if self._names is None:
            self._names = Counter(str(v) for v in _NAMES(self._tree))
        return self._names[name] > 0

    def added(self, shape_id: int, name: str, *, members: int = 0) -> None:
        """Record a shape added to the tree with ``shape_id`` and ``name``, holding
        ``members`` shapes that were on the tree before."""
        self._used.add(shape_id)
        self._top = max(self._top, shape_id)
        if self._names is not None:
            self._names[name] += 1
        self._size += 1 - members

    def removed(self, element: Any, *, from_tree: bool) -> None:
        """Record that ``element`` (a shape, with what it holds) left the slide;
        ``from_tree``: it was a child of the tree itself, not of a group."""
        for value in _IDS_UNDER(element):
            if value.isdigit():
                self._used.discard(int(value))
        self._top = max(self._used, default=0)
        if self._names is not None:
            self._names.subtract(str(v) for v in _NAMES_UNDER(element))
        if from_tree:
            self._size -= 1
