"""The parts of a finished document: the reference's, with the body, headers, footers,
list numbering, relationships, content types, properties and pictures of one edition."""

from __future__ import annotations

from councilkit.document.model import Edition, PageSection
from councilkit.render.docx import _wml
from councilkit.render.docx._wml import Out
from councilkit.render.docx.canvas import AddedPart, Canvas
from councilkit.render.docx.emit import Emitter, Room
from councilkit.render.docx.reference import CONTENT_TYPES_PART, CORE_PART
from councilkit.render.docx.relationships import rels_name, word_relationship
from councilkit.render.docx.section_properties import final_section, section_properties
from councilkit.zipping import Deflated

_WORD_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml."
_STORY_TYPES = {"header": _WORD_CT + "header+xml", "footer": _WORD_CT + "footer+xml"}


def document_parts(
    canvas: Canvas, edition: Edition, core: bytes
) -> list[tuple[str, bytes | Deflated]]:
    """Every part of the package, ``[Content_Types].xml`` first, the others in the
    reference's order, then the parts this document adds."""
    reference = canvas.reference
    emitter = Emitter(canvas)
    body: Out = []
    header_name, header_slot = reference.header
    footer_name, footer_slot = reference.footer
    filled: dict[str, bytes | Deflated] = {}
    if len(edition.sections) == 1:
        section = edition.sections[0]
        emitter.blocks(body, section.blocks, Room(canvas.text_width, scope=section.scope))
        filled[header_name] = header_slot.fill(_story(emitter, section, "header"))
        filled[footer_name] = footer_slot.fill(_story(emitter, section, "footer"))
        filled[reference.document_part] = reference.document.fill("".join(body))
    else:
        base, tail = final_section(reference)
        last = len(edition.sections) - 1
        sect_pr = ""
        for index, section in enumerate(edition.sections):
            mark = canvas.ids.new_bookmark()
            half = f"_Half{mark}"
            body.append(f'<w:bookmarkStart w:id="{mark}" w:name="{half}"/>')
            emitter.blocks(
                body, section.blocks, Room(canvas.text_width, scope=section.scope, half=half)
            )
            body.append(f'<w:bookmarkEnd w:id="{mark}"/>')
            header = _story(emitter, section, "header")
            footer = _story(emitter, section, "footer")
            stories = None
            if index == 0:
                filled[header_name] = header_slot.fill(header)
                filled[footer_name] = footer_slot.fill(footer)
            else:
                stories = (
                    _add_story(canvas, header_name, "header", header_slot.fill(header)),
                    _add_story(canvas, footer_name, "footer", footer_slot.fill(footer)),
                )
            sect_pr = section_properties(
                base, stories=stories, restart=section.restart, odd_page=section.odd_page
            )
            if index < last:  # a section ends with the paragraph holding its properties
                emitter.empty_paragraph(body, None, section=sect_pr)
        document = reference.document.before + "".join(body) + sect_pr + tail
        filled[reference.document_part] = document.encode("utf-8")
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


def _story(emitter: Emitter, section: PageSection, kind: str) -> str:
    out: Out = []
    paragraphs = section.header if kind == "header" else section.footer
    emitter.blocks(out, paragraphs, Room(emitter.canvas.text_width, scope=section.scope))
    return "".join(out)


def _add_story(canvas: Canvas, model: str, kind: str, data: bytes) -> str:
    """A header or footer part of its own for a later section, like the reference's
    ``model`` part (and its relationships); its relationship id."""
    name = canvas.ids.part(f"word/{kind}", "xml")
    canvas.added.append(AddedPart(name, data, _STORY_TYPES[kind]))
    rels = canvas.reference.parts.get(rels_name(model))
    if rels is not None:
        canvas.added.append(AddedPart(rels_name(name), rels, None))
    return canvas.relate(word_relationship(kind), name.removeprefix("word/"))


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
