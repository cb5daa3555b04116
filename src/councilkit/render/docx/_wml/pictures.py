"""A picture in a run: ``wp:inline`` with its size, alt text and the image it shows, as
python-docx's ``new_pic_inline`` makes it."""

from __future__ import annotations

from councilkit.xml_escape import attribute

_WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_PIC = "http://schemas.openxmlformats.org/drawingml/2006/picture"


def drawing(
    *,
    shape_id: int,
    rid: str,
    filename: str,
    size: tuple[int, int],
    description: str,
) -> str:
    """A ``w:r`` holding the picture of relationship ``rid`` at ``size`` (EMU), with alt text
    ``description``."""
    cx, cy = size
    name = attribute(filename)
    return (
        f'<w:r><w:drawing><wp:inline xmlns:wp="{_WP}" xmlns:a="{_A}" xmlns:pic="{_PIC}">'
        f'<wp:extent cx="{cx}" cy="{cy}"/>'
        f'<wp:docPr id="{shape_id}" name="Picture {shape_id}" descr="{attribute(description)}"/>'
        '<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>'
        f'<a:graphic><a:graphicData uri="{_PIC}"><pic:pic>'
        f'<pic:nvPicPr><pic:cNvPr id="0" name="{name}"/><pic:cNvPicPr/></pic:nvPicPr>'
        f'<pic:blipFill><a:blip r:embed="{attribute(rid)}"/><a:stretch><a:fillRect/>'
        "</a:stretch></pic:blipFill>"
        f'<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        '<a:prstGeom prst="rect"/></pic:spPr>'
        "</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
    )
