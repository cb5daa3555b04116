"""The pieces of a deck's package written from plain data are what python-pptx writes:
relationship files (external targets and characters to escape included), the content
types of every part, and the order of the parts."""

from __future__ import annotations

import io
import zlib
from pathlib import Path
from typing import Any

import pytest
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.opc.oxml import serialize_part_xml
from pptx.opc.serialized import _ContentTypesItem
from pptx.util import Inches
from tests.support.pictures import picture

from councilkit.render.pptx.save import (
    content_types,
    package_order,
    package_parts,
    relationships_xml,
)
from councilkit.render.pptx.template import Template
from councilkit.zipping import Deflated

REPO = Path(__file__).resolve().parents[3]
TEMPLATES = [
    REPO / "layouts/default/reference.pptx",
    *(REPO / f"tests/fixtures/templates/{n}/reference.pptx" for n in ("libreoffice", "word-saved")),
]


def drawn(template: Template) -> tuple[Any, str]:
    """A deck on ``template`` with a slide that links out (a URL with characters to
    escape, and one not in ASCII) and a picture; and its slide's relationship file."""
    presentation = template.open()
    slide = presentation.slides.add_slide(presentation.slide_layouts[0])
    box = slide.shapes.add_textbox(Inches(1), Inches(1), Inches(2), Inches(1))
    run = box.text_frame.paragraphs[0].add_run()
    run.text = "link"
    run.hyperlink.address = 'https://example.org/?a=1&b="2"<3>&é=ü'
    slide.part.relate_to("mailto:x@example.org", RT.HYPERLINK, is_external=True)
    slide.shapes.add_picture(io.BytesIO(picture("PNG")), 0, 0)
    return presentation, slide.part.partname.rels_uri.membername


def unpacked(content: bytes | Deflated) -> bytes:
    if isinstance(content, bytes):
        return content
    data = zlib.decompress(content.stream, -15)
    assert len(data) == content.size and zlib.crc32(data) == content.crc
    return data


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: p.parent.name)
def test_text_written_pieces_are_python_pptx_s(path: Path) -> None:
    template = Template(path.read_bytes())
    for _ in range(2):  # the first deck fills the template's memos, the second reads them
        presentation, rels = drawn(template)
        package = presentation.part.package
        parts = list(package.iter_parts())
        assert package_order(package, template) == parts == package_order(package)
        expected = serialize_part_xml(_ContentTypesItem.xml_for(parts))
        assert content_types(parts) == expected
        assert relationships_xml(package._rels) == package._rels.xml
        for part in parts:
            assert relationships_xml(part._rels) == part._rels.xml, part.partname
        slow = package_parts(presentation)
        assert [(n, c) for n, c in slow if isinstance(c, bytes)] == slow
        written = dict(slow)
        assert written["[Content_Types].xml"] == expected
        fast = package_parts(presentation, template)
        assert [(n, unpacked(c)) for n, c in fast] == slow
        assert any(isinstance(c, Deflated) for _, c in fast)
        assert b'TargetMode="External"' in written[rels]
        assert "&amp;b=&quot;2&quot;&lt;3&gt;&amp;é=ü".encode() in written[rels]
