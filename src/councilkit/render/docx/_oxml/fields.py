"""Complex fields (PAGE, NUMPAGES, TOC): their begin, instruction, separator and end."""

from __future__ import annotations

from councilkit.render.docx._oxml.elements import _XML_SPACE, Element, child, set_attr
from councilkit.render.docx._oxml.runs import run


def field_begin(paragraph: Element, instruction: str, *, dirty: bool = False) -> None:
    """Opens a complex field: ``begin``, its instruction, ``separate``."""
    begin = child(child(paragraph, "w:r"), "w:fldChar", fldCharType="begin")
    if dirty:
        set_attr(begin, "w:dirty", "true")
    instr = child(child(paragraph, "w:r"), "w:instrText")
    instr.text = f" {instruction} "
    instr.set(_XML_SPACE, "preserve")
    child(child(paragraph, "w:r"), "w:fldChar", fldCharType="separate")


def field_end(paragraph: Element) -> None:
    child(child(paragraph, "w:r"), "w:fldChar", fldCharType="end")


def simple_field(paragraph: Element, instruction: str, cached: str) -> None:
    """A whole field (``PAGE``, ``NUMPAGES``) with the value shown before it is updated."""
    field_begin(paragraph, instruction)
    run(paragraph, cached)
    field_end(paragraph)
