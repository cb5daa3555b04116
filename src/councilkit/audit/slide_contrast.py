"""Text contrast on slides: the rule ``text-contrast`` on the text of each slide's shapes,
from the colours PowerPoint draws (:mod:`.slide_text`).

Text in slide tables is judged cell by cell (:mod:`.table_contrast`). Text in charts and
diagrams, and text on a fill that is not one colour, is not judged.
"""

from __future__ import annotations

from collections.abc import Iterator

from councilkit.audit.contrast import shortfall
from councilkit.audit.office import NS, OfficeFile, excerpt, shape_name, slides, text_of
from councilkit.audit.registry import finding
from councilkit.audit.slide_text import UNKNOWN, SlideLook
from councilkit.audit.table_contrast import TableLook
from councilkit.diagnostics import Diagnostic


def audit(doc: OfficeFile) -> Iterator[Diagnostic]:
    """Each slide shape whose text is hard to read on what is behind it (the first such
    run of each shape), and in each table each pair of colours too close (named at its
    first cell)."""
    if doc.kind != "powerpoint":
        return
    for number, part, slide in slides(doc):
        look = SlideLook(doc, part, slide)
        for shape in slide.xpath("p:cSld/p:spTree//p:sp[p:txBody]", namespaces=NS):
            runs = shape.xpath(
                "p:txBody/a:p/*[self::a:r or self::a:fld][normalize-space(a:t)]", namespaces=NS
            )
            behind = look.behind(shape) if runs else UNKNOWN
            if behind == UNKNOWN:
                continue
            for run in runs:
                drawn = look.look(run, shape)
                if drawn.colour is None:
                    continue
                problem = shortfall(drawn.colour, behind, drawn.points, drawn.bold)
                if problem:
                    where = f"slide {number}, {shape_name(shape)} {excerpt(text_of(run))}"
                    yield finding(str(doc.path), "text-contrast", part, where, problem)
                    break
        for frame in slide.xpath(
            "p:cSld/p:spTree//p:graphicFrame[a:graphic/a:graphicData/a:tbl]", namespaces=NS
        ):
            seen: set[str] = set()
            for cell in TableLook(doc, look, frame).cells():
                drawn = cell.look
                assert drawn.colour is not None  # cells() gives only known colours
                problem = shortfall(drawn.colour, cell.behind, drawn.points, drawn.bold)
                if problem and problem not in seen:
                    seen.add(problem)
                    where = f"slide {number}, {cell.where}"
                    yield finding(str(doc.path), "text-contrast", part, where, problem)
