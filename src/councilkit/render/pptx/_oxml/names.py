"""Clark names and small helpers shared by the modules of :mod:`._oxml`."""

from __future__ import annotations

from typing import Any

from lxml import etree

A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
PML = "{http://schemas.openxmlformats.org/presentationml/2006/main}"
R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
P, PPR, R, RPR, T, END = (A + t for t in ("p", "pPr", "r", "rPr", "t", "endParaRPr"))
BODY_PR, SOLID, SRGB = A + "bodyPr", A + "solidFill", A + "srgbClr"
EXT_LST = frozenset((PML + "extLst",))
"""What a new shape goes before in a shape tree."""
NV_PH = PML + "nvPr/" + PML + "ph"

sub_element = etree.SubElement


def clone(element: Any) -> Any:
    """A deep copy of ``element`` (lxml's own copy, without :func:`copy.deepcopy`'s work)."""
    return element.__deepcopy__(None)


def insert_before(parent: Any, element: Any, successors: frozenset[str]) -> None:
    """Insert ``element`` before the first child of ``parent`` whose tag is in
    ``successors``, else at the end: where python-pptx inserts a child of a sequence.
    Before an extension list, which can only come last, only the last child is looked at
    (a shape tree holds many shapes)."""
    if successors is EXT_LST:
        last = parent[-1] if len(parent) else None
        if last is not None and last.tag in EXT_LST:
            last.addprevious(element)
        else:
            parent.append(element)
        return
    successor = next((child for child in parent if child.tag in successors), None)
    if successor is None:
        parent.append(element)
    else:
        successor.addprevious(element)


def next_shape_id(tree: Any) -> int:
    """One more than the largest ``@id`` of the document of ``tree``, as python-pptx numbers
    a new shape."""
    return max((int(v) for v in tree.xpath("//@id") if v.isdigit()), default=0) + 1
