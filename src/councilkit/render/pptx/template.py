"""The template of a deck layout (its reference .pptx), read once per process while it is
unchanged, and what every deck drawn on it shares.

Every deck of a build starts from the same template. Its bytes are remembered by the file's
path and ``stat`` (as the Word layout is: :mod:`councilkit.build.reads`); a template changed
too recently for its ``stat`` to show a second change is never remembered, so no memo
outlives a change.

A deck changes only the presentation part, the core properties and the slides it adds: the
other parts of the template (masters, layouts, themes, pictures, the notes master, the
presentation and view properties) are never changed by a deck, so every deck's copy shares
them, and they are serialized and compressed once (:attr:`Template.kept`). Their
placeholders are numbered once, before the first deck (:func:`_oxml.number_placeholders`).
"""

from __future__ import annotations

import copy
import io
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from pptx import Presentation
from pptx.opc.constants import RELATIONSHIP_TYPE as RT

from councilkit.build.reads import FileStat, file_stat, is_racy
from councilkit.render.pptx import _oxml
from councilkit.zipping import Deflated

T = TypeVar("T")

MEMO_LIMIT = 8
"""Templates remembered at most (a build uses one or two)."""
PART_LIMIT = 256
"""Compressed parts remembered at most for one template."""
PART_SIZE_LIMIT = 256 * 1024
"""Parts larger than this (such as a deck's pictures) are compressed every time, never
remembered, so that the memo stays small."""
VALUE_LIMIT = 64
"""Values read from one template remembered at most (one per mapping and slide kinds)."""

_OWN_TYPES = (RT.OFFICE_DOCUMENT, RT.CORE_PROPERTIES)
"""Relationships (from the package) to the parts a deck changes: every deck copies them."""


@dataclass(frozen=True, slots=True)
class KeptPart:
    """A template part no deck changes, as written in every deck: its entry's name and
    content compressed, and its relationship file's (None: it has none)."""

    name: str
    content: Deflated
    rels: tuple[str, Deflated] | None


@dataclass(frozen=True, slots=True)
class Template:
    """The bytes of a reference .pptx, the presentation read from it, and what the decks
    drawn on it share."""

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
    values: dict[Hashable, Any] = field(default_factory=dict, compare=False)
    """Other values that depend only on the template (and on what their key says)."""

    opened: list[Any] = field(default_factory=list, compare=False)
    """The template as python-pptx first read it, never drawn on: each deck gets a copy."""
    shared: dict[int, Any] = field(default_factory=dict, compare=False)
    """The parts every copy shares (those no deck changes), by ``id``."""
    kept: dict[int, KeptPart] = field(default_factory=dict, compare=False)
    """The shared parts as written, by the ``id`` of the part."""
    related: dict[int, list[Any]] = field(default_factory=dict, compare=False)
    """The parts each shared part is related to, by the ``id`` of the part."""

    def open(self) -> Any:
        """A new python-pptx presentation of the template, to draw one deck on: a deep
        copy of the one read for the first deck (copying is about four times faster than
        unzipping and parsing it again), sharing the parts no deck changes. The first is
        read and copied before anything looks into it, so that every object of it that
        the copy holds is a part or a whole XML tree, never a piece of one; its layouts'
        placeholders are numbered through the first copy (the layouts are shared)."""
        if not self.opened:
            original = Presentation(io.BytesIO(self.data))
            package = original.part.package
            own = {rel.target_part for rel in package._rels.values() if rel.reltype in _OWN_TYPES}
            shared: dict[int, Any] = {
                id(part): part for part in package.iter_parts() if part not in own
            }
            shared[id(package._pkg_file)] = package._pkg_file
            _oxml.number_placeholders(copy.deepcopy(original, dict(shared)))
            self.shared.update(shared)
            self.opened.append(original)
        return copy.deepcopy(self.opened[0], dict(self.shared))

    def layout_value(self, layout: Any, what: str, read: Callable[[], T]) -> T:
        """``read()`` of ``layout`` (a layout of a presentation opened from this
        template), read for the first deck only."""
        key = (str(layout.part.partname), what)
        if key not in self.layouts:
            self.layouts[key] = read()
        value: T = self.layouts[key]
        return value

    def value(self, key: Hashable, read: Callable[[], T]) -> T:
        """``read()``, a value that depends only on the template and ``key``, read for
        the first deck only."""
        if key not in self.values:
            if len(self.values) >= VALUE_LIMIT:
                self.values.clear()
            self.values[key] = read()
        found: T = self.values[key]
        return found

    def kept_part(self, part: Any) -> KeptPart | None:
        """``part`` as written, when it is a shared part (None: a part of the deck)."""
        found = self.kept.get(id(part))
        shared = self.shared.get(id(part))
        if found is not None or shared is None or shared is not part:
            return found
        rels = None
        if part._rels:
            rels = (part.partname.rels_uri.membername, Deflated.of(part.rels.xml))
        kept = self.kept[id(part)] = KeptPart(
            part.partname.membername, Deflated.of(part.blob), rels
        )
        return kept

    def targets(self, part: Any, read: Callable[[Any], list[Any]]) -> list[Any]:
        """``read(part)``: the parts ``part`` is related to, read once if it is shared
        (a shared part's relationships never change)."""
        found = self.related.get(id(part))
        if found is None:
            found = read(part)
            if self.shared.get(id(part)) is part:
                self.related[id(part)] = found
        return found

    def deflate(self, content: bytes) -> Deflated:
        """``content`` compressed, once for all the decks of this template (unless it is
        larger than :data:`PART_SIZE_LIMIT`)."""
        if len(content) > PART_SIZE_LIMIT:
            return Deflated.of(content)
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
