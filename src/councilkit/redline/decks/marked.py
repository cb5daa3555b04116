"""A paragraph of a deck redline's table: its words kept, struck through (deleted) or
underlined (inserted) by plain run formatting (``w:strike``, ``w:u``), not tracked changes:
both versions stay on the page side by side, and nothing is there to accept or reject
(``councilkit audit`` would report tracked changes left in a document)."""

from __future__ import annotations

from dataclasses import dataclass

from councilkit.localize import LANGUAGE_TAGS, Run
from councilkit.render.docx import _wml
from councilkit.render.docx._wml import Out
from councilkit.render.docx.emit import Emitter, Room
from councilkit.render.docx.revisions import DELETED, KEPT, Segments

STRIKE = "<w:strike/>"
UNDERLINE = '<w:u w:val="single"/>'


@dataclass(frozen=True, slots=True)
class MarkedParagraph:
    """A paragraph in table text (or a bullet at ``level``): a bold ``label`` first,
    then ``segments``, deleted words struck through and inserted ones underlined."""

    label: tuple[Run, ...]
    segments: Segments
    level: int | None = None

    def emit(self, emitter: Emitter, out: Out, room: Room) -> None:
        numbering = None
        if self.level is None:
            style = emitter.styles.table_text
        else:
            style = emitter.styles.list_bullet
            num_id = emitter.canvas.list_style_num(style)
            if num_id is not None and self.level:
                numbering = (num_id, self.level)
        out.append(f"<w:p>{_wml.paragraph_properties(style, numbering=numbering)}")
        emitter.inline(out, self.label)
        for kind, content, _ in self.segments:
            if kind == KEPT:
                emitter.inline(out, content)
                continue
            mark = STRIKE if kind == DELETED else UNDERLINE
            for item in content:
                if isinstance(item, Run):
                    out.append(_marked_run(emitter, item, mark))
                else:
                    emitter.inline(out, (item,))
        out.append("</w:p>")


def _marked_run(emitter: Emitter, run: Run, mark: str) -> str:
    """``run`` with ``mark`` in its properties, where the schema puts it (after bold and
    italic, before the language); a link keeps its style, not its target."""
    tag = LANGUAGE_TAGS[run.language]
    properties = _wml.run_properties(
        style_id=emitter.styles.hyperlink if run.href else None,
        bold=run.bold,
        italic=run.italic,
        lang=tag if tag != emitter.canvas.language_tag else None,
    )
    if not properties:
        properties = f"<w:rPr>{mark}</w:rPr>"
    elif "<w:lang " in properties:
        properties = properties.replace("<w:lang ", mark + "<w:lang ", 1)
    else:
        properties = properties.replace("</w:rPr>", mark + "</w:rPr>", 1)
    return _wml.run(run.text, properties)
