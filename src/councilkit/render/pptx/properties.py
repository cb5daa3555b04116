"""Document properties of a deck: title, subject, author, language, status and fixed
dates, replacing whatever the template (or python-pptx) carried.

python-pptx sets each property through several look-ups and schema-ordered insertions,
and serializes the part again for every deck. What it writes depends only on the
template's core properties and on the values, so it is done once per template with a
marker for each value (:func:`core_pattern`), and each deck's part is that text with the
deck's values put in, escaped as lxml escapes them. Values python-pptx would refuse (more
than 255 characters, characters XML cannot store) still go through python-pptx.
"""

from __future__ import annotations

import copy
import datetime
import re
from typing import Any

from pptx.parts.coreprops import CorePropertiesPart

from councilkit.localize import Localizer
from councilkit.model import Deck, WorkingGroup
from councilkit.render.pptx.template import Template
from councilkit.xml_escape import text

PROPERTIES = (
    "title",
    "subject",
    "author",
    "last_modified_by",
    "language",
    "category",
    "content_status",
    "version",
    "keywords",
    "comments",
    "identifier",
)
"""The text properties a deck sets, by python-pptx's names, in the order it sets them."""
LIMIT = 255
"""The longest value python-pptx accepts."""
_MARKER = "\ue000"
_MARKED = re.compile(f"{_MARKER}([a-z_]+){_MARKER}")
_UNSTORABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
"""Characters lxml refuses in text."""


def core_values(deck: Deck, group: WorkingGroup, localizer: Localizer) -> dict[str, str]:
    """The text core properties of ``deck`` in its language, by python-pptx's names."""
    organisation = localizer.plain(localizer.project.settings.organization)
    return {
        "title": localizer.plain(deck.title),
        "subject": localizer.plain(deck.subtitle) or localizer.plain(group.name),
        "author": organisation,
        "last_modified_by": organisation,
        "language": localizer.tag,
        "category": localizer.tr("Briefing deck"),
        "content_status": localizer.status(deck),
        "version": str(deck.version),
        "keywords": localizer.plain(group.acronym) if group.acronym else "",
        "comments": "",
        "identifier": f"{group.id}/{deck.id}",
    }


def set_core_properties(
    properties: Any, values: dict[str, str], timestamp: datetime.datetime
) -> None:
    """Set ``values`` (:func:`core_values`), revision 1 and every date at ``timestamp`` on
    python-pptx's core ``properties``."""
    for name in PROPERTIES:
        setattr(properties, name, values[name])
    properties.revision = 1
    stamp = timestamp.astimezone(datetime.UTC).replace(tzinfo=None)
    properties.created = stamp
    properties.modified = stamp
    properties.last_printed = stamp


def core_pattern(properties: Any) -> list[str]:
    """What python-pptx writes for core ``properties`` (a part, left unchanged) with a
    deck's values set: text and property names in turn, text first and last. Its dates
    are a fixed time: the package step sets them (:func:`councilkit.package.finish_parts`)."""
    marked = CorePropertiesPart(
        properties.partname,
        properties.content_type,
        properties.package,
        copy.deepcopy(properties._element),
    )
    values = {name: f"{_MARKER}{name}{_MARKER}" for name in PROPERTIES}
    set_core_properties(marked, values, datetime.datetime(2000, 1, 1, tzinfo=datetime.UTC))
    return _MARKED.split(marked.blob.decode("utf-8"))


def core_properties(
    presentation: Any,
    template: Template,
    values: dict[str, str],
    timestamp: datetime.datetime,
) -> bytes | None:
    """The content of the core properties of ``presentation`` (drawn on ``template``)
    with ``values``: python-pptx's, written from the template's pattern. None when a value
    is one python-pptx checks (then it is set on the presentation's part, or refused)."""
    properties = presentation.core_properties  # python-pptx adds the part if missing
    if any(len(v) > LIMIT or _UNSTORABLE.search(v) for v in values.values()):
        set_core_properties(properties, values, timestamp)
        return None
    pattern = template.value("core properties", lambda: core_pattern(properties))
    pieces = [
        piece if index % 2 == 0 else text(values[piece]) for index, piece in enumerate(pattern)
    ]
    return "".join(pieces).encode("utf-8")
