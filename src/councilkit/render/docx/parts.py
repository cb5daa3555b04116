"""The parts of a finished document: the reference's, with the body, header, footer, list
numbering, relationships, content types, properties and pictures of this document."""

from __future__ import annotations

from councilkit.render.docx import _wml
from councilkit.render.docx.canvas import Canvas
from councilkit.render.docx.reference import CONTENT_TYPES_PART, CORE_PART
from councilkit.render.docx.relationships import rels_name
from councilkit.zipping import Deflated


def document_parts(
    canvas: Canvas, header: _wml.Out, footer: _wml.Out, core: bytes
) -> list[tuple[str, bytes | Deflated]]:
    """Every part of the package, ``[Content_Types].xml`` first, the others in the
    reference's order, then the pictures."""
    reference = canvas.reference
    filled: dict[str, bytes | Deflated] = {
        CONTENT_TYPES_PART: reference.content_types.fill(_media_types(canvas)),
        reference.document_part: reference.document.fill("".join(canvas.body)),
        rels_name(reference.document_part): reference.relationships.fill(_relationships(canvas)),
        reference.header[0]: reference.header[1].fill("".join(header)),
        reference.footer[0]: reference.footer[1].fill("".join(footer)),
        CORE_PART: core,
        **reference.language_parts(canvas.language_tag),
    }
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
    parts.extend((media.part, media.data) for media in canvas.media)
    return parts


def _relationships(canvas: Canvas) -> str:
    return "".join(
        f'<Relationship Id="{rel.rid}" Type="{rel.type}" Target="{_wml.attribute(rel.target)}"'
        + (' TargetMode="External"/>' if rel.external else "/>")
        for rel in canvas.relationships
    )


def _media_types(canvas: Canvas) -> str:
    return "".join(
        f'<Override PartName="/{media.part}" ContentType="{media.content_type}"/>'
        for media in canvas.media
    )
