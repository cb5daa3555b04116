"""The template of a deck layout (its reference .pptx), read once per process while it is
unchanged, and its parts compressed once.

Every deck of a build starts from the same template. Its bytes are remembered by the file's
path and ``stat`` (as the Word layout is: :mod:`councilkit.build.reads`); a template changed
too recently for its ``stat`` to show a second change is never remembered, so no memo
outlives a change. The parts a deck takes over unchanged from its template (theme, master,
layouts, pictures) are compressed for the first deck and reused by the next ones, looked up
by their content: a part that differs is compressed again.
"""

from __future__ import annotations

import copy
import io
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from pptx import Presentation

from councilkit.build.reads import FileStat, file_stat, is_racy
from councilkit.zipping import Deflated

T = TypeVar("T")

MEMO_LIMIT = 8
"""Templates remembered at most (a build uses one or two)."""
PART_LIMIT = 256
"""Compressed parts remembered at most for one template."""


@dataclass(frozen=True, slots=True)
class Template:
    """The bytes of a reference .pptx and its parts compressed so far, by content."""

    data: bytes
    deflated: dict[bytes, Deflated] = field(default_factory=dict, compare=False)
    rels: dict[tuple[Any, ...], bytes] = field(default_factory=dict, compare=False)
    """Relationship files of the decks' parts, by the relationships they hold."""
    layouts: dict[tuple[str, ...], Any] = field(default_factory=dict, compare=False)
    """What is read from the template's layouts (placeholders, boxes), by layout part
    name and what was read: the same for every deck drawn on it."""
    notes: dict[str, Any] = field(default_factory=dict, compare=False)
    """The notes master python-pptx adds to its decks' notes, made for the first deck
    (:class:`~councilkit.render.pptx._oxml.NotesKit`)."""

    opened: list[Any] = field(default_factory=list, compare=False)
    """The template as python-pptx first read it, never drawn on: each deck gets a copy."""

    def open(self) -> Any:
        """A new python-pptx presentation of the template, to draw one deck on: a deep
        copy of the one read for the first deck (copying its parts is about four times
        faster than unzipping and parsing them again). The first is read and copied
        before anything looks into it, so that every object of it that the copy holds is
        a part or a whole XML tree, never a piece of one."""
        if not self.opened:
            self.opened.append(Presentation(io.BytesIO(self.data)))
        return copy.deepcopy(self.opened[0])

    def layout_value(self, layout: Any, what: str, read: Callable[[], T]) -> T:
        """``read()`` of ``layout`` (a layout of a presentation opened from this
        template), read for the first deck only."""
        key = (str(layout.part.partname), what)
        if key not in self.layouts:
            self.layouts[key] = read()
        value: T = self.layouts[key]
        return value

    def deflate(self, content: bytes) -> Deflated:
        """``content`` compressed, once for all the decks of this template."""
        found = self.deflated.get(content)
        if found is None:
            if len(self.deflated) >= PART_LIMIT:
                self.deflated.clear()
            found = self.deflated[content] = Deflated.of(content)
        return found


_TEMPLATES: dict[tuple[str, FileStat], Template] = {}


def read_template(path: Path) -> Template:
    """The template at ``path``: read from disk unless it was read before and its ``stat``
    has not changed since (and was not racy when read)."""
    stat = file_stat(path)
    key = None if stat is None else (str(path.resolve()), stat)
    if key is not None and key in _TEMPLATES:
        return _TEMPLATES[key]
    template = Template(path.read_bytes())
    if key is not None and not is_racy(stat):
        if len(_TEMPLATES) >= MEMO_LIMIT:
            _TEMPLATES.clear()
        _TEMPLATES[key] = template
    return template
