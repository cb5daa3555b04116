"""Shapes as XML text, as python-pptx's ``add_textbox``, ``add_shape`` (without the theme
style reference of auto shapes), ``clone_placeholder``, ``add_group_shape`` and
``add_table`` make them, given their ids, names, places and text bodies."""

from __future__ import annotations

from collections.abc import Sequence

from councilkit import xml_escape

Edges = tuple[int, int, int, int]
"""Left, top, width and height, in EMU."""


def transform(box: Edges) -> str:
    """The ``a:xfrm`` of a shape at ``box``."""
    return (
        f'<a:xfrm><a:off x="{box[0]}" y="{box[1]}"/><a:ext cx="{box[2]}" cy="{box[3]}"/></a:xfrm>'
    )


def _fill(colour: str | None) -> str:
    if colour is None:
        return "<a:noFill/>"
    return f'<a:solidFill><a:srgbClr val="{colour}"/></a:solidFill>'


def shape(
    shape_id: int,
    name: str,
    box: Edges,
    body: str,
    *,
    prst: str | None,
    fill: str | None = None,
    line: str | None = None,
) -> str:
    """A ``p:sp`` holding the text body ``body`` (its content): a text box when ``prst``
    is None, else an auto shape of that preset painted in ``fill`` and outlined in
    ``line`` (None: none)."""
    head = f'<p:sp><p:nvSpPr><p:cNvPr id="{shape_id}" name="{xml_escape.attribute(name)}"/>'
    if prst is None:
        return (
            f'{head}<p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr><p:spPr>{transform(box)}'
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/></p:spPr>'
            f"<p:txBody>{body}</p:txBody></p:sp>"
        )
    outline = (
        "<a:ln><a:noFill/></a:ln>" if line is None else f'<a:ln w="12700">{_fill(line)}</a:ln>'
    )
    return (
        f"{head}<p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:spPr>{transform(box)}"
        f'<a:prstGeom prst="{prst}"><a:avLst/></a:prstGeom>{_fill(fill)}{outline}</p:spPr>'
        f"<p:txBody>{body}</p:txBody></p:sp>"
    )


def placeholder(shape_id: int, name: str, ph: str, box: Edges | None, body: str | None) -> str:
    """A ``p:sp`` copying a layout placeholder (``ph``: its ``p:ph``), at ``box`` (None:
    where the layout puts it), holding the text body ``body`` (None: none)."""
    props = "<p:spPr/>" if box is None else f"<p:spPr>{transform(box)}</p:spPr>"
    text = "" if body is None else f"<p:txBody>{body}</p:txBody>"
    return (
        f'<p:sp><p:nvSpPr><p:cNvPr id="{shape_id}" name="{xml_escape.attribute(name)}"/>'
        f'<p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr>{ph}</p:nvPr></p:nvSpPr>'
        f"{props}{text}</p:sp>"
    )


def group(shape_id: int, name: str, descr: str, boxes: Sequence[Edges], members: str) -> str:
    """A ``p:grpSp`` holding ``members`` (their XML), whose places are ``boxes``, sized to
    hold them, named ``name`` and described ``descr`` for screen readers."""
    if boxes:
        left, top = min(b[0] for b in boxes), min(b[1] for b in boxes)
        right = max(b[0] + b[2] for b in boxes)
        bottom = max(b[1] + b[3] for b in boxes)
        x, y, cx, cy = left, top, right - left, bottom - top
    else:
        x = y = cx = cy = 0
    return (
        f'<p:grpSp><p:nvGrpSpPr><p:cNvPr id="{shape_id}" name="{xml_escape.attribute(name)}"'
        f' descr="{xml_escape.attribute(descr)}"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>'
        f'<p:grpSpPr><a:xfrm><a:off x="{x}" y="{y}"/><a:ext cx="{cx}" cy="{cy}"/>'
        f'<a:chOff x="{x}" y="{y}"/><a:chExt cx="{cx}" cy="{cy}"/></a:xfrm></p:grpSpPr>'
        f"{members}</p:grpSp>"
    )


_TABLE_URI = "http://schemas.openxmlformats.org/drawingml/2006/table"
_TABLE_STYLE = "{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}"


def table(
    shape_id: int,
    name: str,
    descr: str,
    offset: tuple[int, int],
    widths: Sequence[int],
    heights: Sequence[int],
    rows: Sequence[str],
) -> str:
    """A ``p:graphicFrame`` holding a table with columns ``widths`` and rows ``heights``
    (EMU) at ``offset``, its rows' cells ``rows`` (each row's ``a:tc`` elements), its first
    row marked as a header and its rows not banded, named and described for screen
    readers."""
    grid = "".join(f'<a:gridCol w="{width}"/>' for width in widths)
    body = "".join(
        f'<a:tr h="{height}">{cells}</a:tr>' for height, cells in zip(heights, rows, strict=True)
    )
    return (
        f'<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="{shape_id}"'
        f' name="{xml_escape.attribute(name)}" descr="{xml_escape.attribute(descr)}"/>'
        '<p:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></p:cNvGraphicFramePr><p:nvPr/>'
        f'</p:nvGraphicFramePr><p:xfrm><a:off x="{offset[0]}" y="{offset[1]}"/>'
        f'<a:ext cx="{sum(widths)}" cy="{sum(heights)}"/></p:xfrm><a:graphic>'
        f'<a:graphicData uri="{_TABLE_URI}"><a:tbl><a:tblPr firstRow="1"><a:tableStyleId>'
        f"{_TABLE_STYLE}</a:tableStyleId></a:tblPr><a:tblGrid>{grid}</a:tblGrid>{body}"
        "</a:tbl></a:graphicData></a:graphic></p:graphicFrame>"
    )


def cell(body: str, *, margin_x: int, margin_y: int, fill: str) -> str:
    """An ``a:tc`` holding the text body ``body``, with inner margins (EMU) and a solid
    ``fill``."""
    return (
        f"<a:tc><a:txBody>{body}</a:txBody>"
        f'<a:tcPr marL="{margin_x}" marR="{margin_x}" marT="{margin_y}" marB="{margin_y}">'
        f'<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill></a:tcPr></a:tc>'
    )


def empty_cell(body: str) -> str:
    """An ``a:tc`` python-pptx left as it made it, holding the text body ``body``."""
    return f"<a:tc><a:txBody>{body}</a:txBody><a:tcPr/></a:tc>"
