"""Native tables added directly, as python-pptx's ``shapes.add_table`` and its table and
cell setters make them: a table of each shape is built once (python-pptx writes its XML as
text and parses it for every table) and copied, and a cell's properties are copied from
ones built once for each margin and fill. The output is byte for byte the same."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any

from pptx.oxml.shapes.graphfrm import CT_GraphicalObjectFrame
from pptx.oxml.xmlchemy import OxmlElement

from councilkit.render.pptx._oxml.ids import ShapeIds
from councilkit.render.pptx._oxml.names import (
    EXT_LST,
    SOLID,
    SRGB,
    A,
    clone,
    insert_before,
    sub_element,
)

_TC_BODY, _TC_PR = A + "txBody", A + "tcPr"
_TC_FILL_AFTER = frozenset((A + "headers", A + "extLst"))
_FILLS = frozenset(
    A + t for t in ("noFill", "solidFill", "gradFill", "blipFill", "pattFill", "grpFill")
)


def add_table(
    ids: ShapeIds,
    *,
    offset: tuple[int, int],
    widths: Sequence[int],
    heights: Sequence[int],
    name: str,
    descr: str,
) -> tuple[Any, list[list[tuple[Any, Any]]]]:
    """Add a ``p:graphicFrame`` holding a table with columns ``widths`` and rows
    ``heights`` (EMU) at ``offset`` to the slide of ``ids``, as python-pptx's ``add_table``
    makes it (the next id), named ``name`` and described ``descr`` for screen readers, its
    first row marked as a header and its rows not banded. Returns the frame and each row's
    cells: (``a:tc``, its ``a:txBody``)."""
    shape_id = ids.next_id()
    frame = clone(_new_table(len(heights), len(widths)))
    cnvpr = frame[0][0]
    cnvpr.set("id", str(shape_id))
    cnvpr.set("name", name)
    cnvpr.set("descr", descr)
    off, ext = frame[1]
    off.set("x", str(offset[0]))
    off.set("y", str(offset[1]))
    ext.set("cx", str(sum(widths)))
    ext.set("cy", str(sum(heights)))
    tbl = frame[2][0][0]
    grid, rows = tbl[1], tbl[2:]
    for column, width in zip(grid, widths, strict=True):
        column.set("w", str(width))
    for row, height in zip(rows, heights, strict=True):
        row.set("h", str(height))
    insert_before(ids.tree, frame, EXT_LST)
    ids.added(shape_id, name)
    return frame, [[(tc, tc[0]) for tc in row] for row in rows]


@functools.lru_cache(maxsize=64)
def _new_table(rows: int, columns: int) -> Any:
    """The graphic frame python-pptx makes for a table of ``rows`` by ``columns`` (its
    position, sizes, id and name set on each copy), first row marked, rows not banded.
    Never changed: only copies go into slides."""
    frame = CT_GraphicalObjectFrame.new_table_graphicFrame(0, "", rows, columns, 0, 0, 0, 0)
    tbl = frame.graphic.graphicData.tbl
    assert tbl is not None
    tbl.firstRow = True
    tbl.bandRow = False
    return frame


def format_cell(tc: Any, *, margin_x: int, margin_y: int, fill: str) -> None:
    """Give the table cell ``tc`` inner margins (EMU) and a solid ``fill``."""
    props = tc.find(_TC_PR)
    if props is None:
        props = tc.get_or_add_tcPr()
    if len(props) == 0 and not props.attrib:  # a new cell: a copy of one set once
        tc.replace(props, clone(_cell_properties(margin_x, margin_y, fill)))
        return
    _set_cell_properties(props, margin_x, margin_y, fill)


@functools.lru_cache(maxsize=256)
def _cell_properties(margin_x: int, margin_y: int, fill: str) -> Any:
    """The ``a:tcPr`` :func:`format_cell` makes of a new cell's; only ever copied."""
    props = OxmlElement("a:tcPr")
    _set_cell_properties(props, margin_x, margin_y, fill)
    return props


def _set_cell_properties(props: Any, margin_x: int, margin_y: int, fill: str) -> None:
    props.set("marL", str(margin_x))
    props.set("marR", str(margin_x))
    props.set("marT", str(margin_y))
    props.set("marB", str(margin_y))
    for child in list(props):
        if child.tag in _FILLS:
            props.remove(child)
    solid = props.makeelement(SOLID)
    sub_element(solid, SRGB, val=fill)
    insert_before(props, solid, _TC_FILL_AFTER)
