"""Clark names and small helpers shared by the modules of :mod:`._oxml`."""

from __future__ import annotations

from typing import Any

from lxml import etree

A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
PML = "{http://schemas.openxmlformats.org/presentationml/2006/main}"
R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
P, RPR, T, END = (A + t for t in ("p", "rPr", "t", "endParaRPr"))
BODY_PR, SOLID, SRGB = A + "bodyPr", A + "solidFill", A + "srgbClr"
NV_PH = PML + "nvPr/" + PML + "ph"

sub_element = etree.SubElement


def clone(element: Any) -> Any:
    """A deep copy of ``element`` (lxml's own copy, without :func:`copy.deepcopy`'s work)."""
    return element.__deepcopy__(None)


def insert_before(parent: Any, element: Any, successors: frozenset[str]) -> None:
    """Insert ``element`` before the first child of ``parent`` whose tag is in
    ``successors``, else at the end: where python-pptx inserts a child of a sequence."""
    successor = next((child for child in parent if child.tag in successors), None)
    if successor is None:
        parent.append(element)
    else:
        successor.addprevious(element)
