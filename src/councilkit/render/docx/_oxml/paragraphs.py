"""Paragraphs: a styled ``w:p`` appended to a body, cell, header or footer, clearing one of
those, and paragraph properties (list numbering, a page break before)."""

from __future__ import annotations

from docx.oxml.ns import qn

from councilkit.render.docx._oxml.elements import (
    _P,
    _PPR,
    _PSTYLE,
    _SECT_PR,
    _VAL,
    Element,
    _last_child,
    _sub_element,
    child,
    new,
)


def paragraph(parent: Element, style_id: str | None) -> Element:
    """A ``w:p`` with paragraph style ``style_id`` appended to a body, cell, header or
    footer element (before a body's final ``w:sectPr``)."""
    last = _last_child(parent)
    if last is not None and last.tag == _SECT_PR:
        p = parent.makeelement(_P)
        last.addprevious(p)
    else:
        p = _sub_element(parent, _P)
    if style_id:
        _sub_element(_sub_element(p, _PPR), _PSTYLE, {_VAL: style_id})
    return p


def clear(parent: Element) -> None:
    """Removes every paragraph and table of a header, footer or cell."""
    for element in list(parent):
        if element.tag in (qn("w:p"), qn("w:tbl")):
            parent.remove(element)


def _ppr(p: Element) -> Element:
    ppr = p.find(qn("w:pPr"))
    if ppr is None:
        ppr = new(p, "w:pPr")
        p.insert(0, ppr)
    return ppr


def set_numbering(p: Element, num_id: int, level: int) -> None:
    """Puts paragraph ``p`` in list ``num_id`` at ``level`` (after its style)."""
    ppr = _ppr(p)
    numpr = new(p, "w:numPr")
    child(numpr, "w:ilvl", val=str(level))
    child(numpr, "w:numId", val=str(num_id))
    style = ppr.find(qn("w:pStyle"))
    if style is None:
        ppr.insert(0, numpr)
    else:
        style.addnext(numpr)


def page_break_before(p: Element) -> None:
    ppr = _ppr(p)
    element = new(p, "w:pageBreakBefore")
    style = ppr.find(qn("w:pStyle"))
    if style is None:
        ppr.insert(0, element)
    else:
        style.addnext(element)
