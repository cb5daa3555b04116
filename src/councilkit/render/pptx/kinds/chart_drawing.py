"""Adding a planned chart to a slide: its chart part (XML written by :mod:`.chart_xml`), the
embedded workbook PowerPoint edits its data in (:mod:`.chart_workbook`), and the graphic
frame that shows it on the slide, named and described for screen readers.

The parts are made with python-pptx's package classes, in the order its ``add_chart``
makes them, so they take the same names and relationship ids.
"""

from __future__ import annotations

import copy
import functools
from typing import TYPE_CHECKING, Any

from pptx.opc.constants import CONTENT_TYPE as CT
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.opc.packuri import PackURI
from pptx.oxml.shapes.graphfrm import CT_GraphicalObjectFrame
from pptx.parts.chart import ChartPart
from pptx.parts.embeddedpackage import EmbeddedXlsxPart

from councilkit.render.pptx.emit import SlideCanvas, emu_int
from councilkit.render.pptx.kinds.chart_workbook import workbook
from councilkit.render.pptx.kinds.chart_xml import chart_space

if TYPE_CHECKING:
    from councilkit.render.pptx.kinds.charts import ChartContent

__all__ = ["attach_chart", "draw_chart"]

_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
WORKBOOK_RID = "rId1"
"""The relationship from a chart part to its workbook: a new part's first."""


def draw_chart(canvas: SlideCanvas, content: ChartContent) -> None:
    """Add ``content``'s chart, with its workbook, to the slide of ``canvas``."""
    package = canvas.slide.part.package
    chart_name, workbook_name = next_partnames(
        package, ChartPart.partname_template, EmbeddedXlsxPart.partname_template
    )
    chart_part = ChartPart.load(
        chart_name, CT.DML_CHART, package, chart_space(content, canvas.palette, WORKBOOK_RID)
    )
    blob = workbook(content.data, content.number_format, content.created)
    workbook_part = EmbeddedXlsxPart(workbook_name, EmbeddedXlsxPart.content_type, package, blob)
    rid = chart_part.relate_to(workbook_part, RT.PACKAGE)
    assert rid == WORKBOOK_RID, rid  # the chart part is new: nothing is related from it yet
    attach_chart(canvas, chart_part, content)


def next_partnames(package: Any, *templates: str) -> list[PackURI]:
    """The name python-pptx's ``package.next_partname`` gives a new part of each of
    ``templates`` (``/ppt/charts/chart%d.xml``), with one walk of the package for all."""
    names = _partnames(package)
    found = []
    for template in templates:
        prefix = template[: (template % 42).find("42")]
        taken = {name for name in names if name.startswith(prefix)}
        number = next(n for n in range(len(taken) + 1, 0, -1) if template % n not in taken)
        found.append(PackURI(template % number))
    return found


def _partnames(package: Any) -> set[str]:
    """The names of the parts of ``package``: those its relationships reach, as
    ``package.iter_parts`` finds them, without its generators (a third of the cost)."""
    names: set[str] = set()
    seen: set[Any] = set()
    pending = [package._rels]
    while pending:
        for rel in pending.pop().values():
            if rel.is_external:
                continue
            part = rel.target_part
            if part not in seen:
                seen.add(part)
                names.add(part.partname)
                pending.append(part.rels)
    return names


def attach_chart(canvas: SlideCanvas, chart_part: ChartPart, content: ChartContent) -> None:
    """Relate ``chart_part`` from the slide and show it in a graphic frame at the end of
    the slide's shapes, in ``content``'s box, with its name and alternative text."""
    rid = canvas.slide.part.relate_to(chart_part, RT.CHART)
    ids = canvas.ids
    assert ids is not None  # set by the canvas
    shape_id = ids.next_id()
    box = content.box
    frame = copy.deepcopy(_new_frame())  # copying is faster than python-pptx's parsing
    properties, offset, extent = frame[0][0], frame[1][0], frame[1][1]
    properties.set("id", str(shape_id))
    properties.set("name", content.name)
    properties.set("descr", content.descr)
    offset.set("x", str(emu_int(box.left)))
    offset.set("y", str(emu_int(box.top)))
    extent.set("cx", str(emu_int(box.width)))
    extent.set("cy", str(emu_int(box.height)))
    frame[2][0][0].set(_R_ID, rid)  # a:graphic/a:graphicData/c:chart
    ids.tree.append(frame)  # where python-pptx puts it: last, even after an extLst
    ids.added(shape_id, content.name)


@functools.cache
def _new_frame() -> Any:
    """A chart's graphic frame as python-pptx's ``add_chart`` makes it, without id, name,
    box or chart. Never changed: only copies go on slides."""
    return CT_GraphicalObjectFrame.new_chart_graphicFrame(0, "", "", 0, 0, 0, 0)
