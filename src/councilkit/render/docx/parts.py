"""The parts of a finished document: the reference's, with the body, headers, footers,
list numbering, relationships, content types, properties and pictures of one edition."""

from __future__ import annotations

from councilkit.document.model import Edition
from councilkit.render.docx import _wml
from councilkit.render.docx.body import write_body
from councilkit.render.docx.canvas import Canvas
from councilkit.render.docx.reference import CONTENT_TYPES_PART, CORE_PART
from councilkit.render.docx.relationships import rels_name
from councilkit.zipping import Deflated


def document_parts(
    canvas: Canvas, edition: Edition, core: bytes
) -> list[tuple[str, bytes | Deflated]]:
    """Every part of the package, ``[Content_Types].xml`` first, the others in the
    reference's order, then the parts this document adds."""
    reference = canvas.reference
    filled: dict[str, bytes | Deflated] = dict(write_body(canvas, edition))
    filled[CONTENT_TYPES_PART] = reference.content_types.fill(_added_types(canvas))
    filled[rels_name(reference.document_part)] = reference.relationships.fill(
        _relationships(canvas)
    )
    filled[CORE_PART] = core
    filled.update(reference.language_parts(canvas.language_tag))
    if reference.numbering is not None:
        name, slot = reference.numbering
        filled[name] = slot.fill("".join(canvas.nums))
    parts = [(CONTENT_TYPES_PART, filled.pop(CONTENT_TYPES_PART))]
    for name, constant in reference.parts.items():
        if name != CONTENT_TYPES_PART:
            data = filled.pop(name, None) or constant
            assert data is not None, f"nothing written for {name}"
            parts.append((name, data))
    assert not filled, f"parts missing from the reference's list: {sorted(filled)}"
    parts.extend((added.part, added.data) for added in canvas.added)
    return parts


def _relationships(canvas: Canvas) -> str:
    return "".join(
        f'<Relationship Id="{rel.rid}" Type="{rel.type}" Target="{_wml.attribute(rel.target)}"'
        + (' TargetMode="External"/>' if rel.external else "/>")
        for rel in canvas.relationships
    )


def _added_types(canvas: Canvas) -> str:
    return "".join(
        f'<Override PartName="/{added.part}" ContentType="{added.content_type}"/>'
        for added in canvas.added
        if added.content_type is not None
    )
