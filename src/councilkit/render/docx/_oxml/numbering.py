"""List numbering: the list a paragraph style is linked to, and numbering instances that
restart at 1."""

from __future__ import annotations

from docx.oxml.ns import qn

from councilkit.render.docx._oxml.elements import Element, child


def style_element(styles: Element, style_id: str) -> Element | None:
    """The ``w:style`` with id ``style_id``."""
    for element in styles.iterchildren(qn("w:style")):
        if element.get(qn("w:styleId")) == style_id:
            return element
    return None


def style_num_id(style_element: Element) -> int | None:
    """The ``w:numId`` a paragraph style is linked to, if any."""
    found = style_element.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}")
    return None if found is None else int(found.get(qn("w:val")))


def abstract_num_of(numbering: Element, num_id: int) -> int | None:
    for num in numbering.findall(qn("w:num")):
        if num.get(qn("w:numId")) == str(num_id):
            abstract = num.find(qn("w:abstractNumId"))
            return None if abstract is None else int(abstract.get(qn("w:val")))
    return None


def next_num_id(numbering: Element) -> int:
    ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    return max(ids, default=0) + 1


def add_restarting_num(numbering: Element, num_id: int, abstract_id: int) -> None:
    """A new ``w:num`` on ``abstract_id`` whose first level starts again at 1: the fix for
    lists that go on counting from the previous list."""
    num = child(numbering, "w:num", numId=str(num_id))
    child(num, "w:abstractNumId", val=str(abstract_id))
    override = child(num, "w:lvlOverride", ilvl="0")
    child(override, "w:startOverride", val="1")
