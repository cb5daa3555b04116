"""Pictures: alt text and placing a picture's ``wp:inline`` in a paragraph."""

from __future__ import annotations

from docx.oxml.ns import qn

from councilkit.render.docx._oxml.elements import Element, child


def set_alt_text(inline_shape: Element, description: str) -> None:
    """Alt text of a picture (``wp:docPr/@descr``), in the document's language."""
    doc_pr = inline_shape.find(qn("wp:docPr"))
    if doc_pr is not None:
        doc_pr.set("descr", description)


def drawing(paragraph: Element, inline: Element) -> None:
    """Place a picture's ``wp:inline`` in a run of ``paragraph``."""
    child(child(paragraph, "w:r"), "w:drawing").append(inline)
