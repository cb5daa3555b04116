"""A picture inserted or deleted whole in a redline (see :mod:`.revisions`): its drawing
in a ``w:ins`` or ``w:del``, its paragraph mark marked too; its caption is a paragraph of
its own."""

from __future__ import annotations

from dataclasses import dataclass

from councilkit.document.model import Picture
from councilkit.render.docx._wml import Out
from councilkit.render.docx.emit import Emitter, Room
from councilkit.render.docx.revisions import INSERTED, Stamp, change_mark, with_last


@dataclass(frozen=True, slots=True)
class RevisedPicture:
    """``picture`` (without its caption), inserted (``+``) or deleted (``-``)."""

    picture: Picture
    mark: str
    stamp: Stamp

    def emit(self, emitter: Emitter, out: Out, room: Room) -> None:
        written: Out = []
        emitter.picture(written, self.picture, room)
        start, properties, drawing, end = written  # the picture's paragraph
        mark = change_mark(emitter, self.mark, self.stamp)
        properties = with_last(properties, "w:pPr", f"<w:rPr>{mark}</w:rPr>")
        tag = "w:ins" if self.mark == INSERTED else "w:del"
        out.extend(
            (start, properties, f"<{tag} {self.stamp.attributes(emitter)}>", drawing, f"</{tag}>")
        )
        out.append(end)
