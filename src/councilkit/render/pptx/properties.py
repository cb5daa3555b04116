"""Document properties of a deck: title, subject, author, language, status and fixed
dates, replacing whatever the template (or python-pptx) carried."""

from __future__ import annotations

import datetime
from typing import Any

from councilkit.localize import Localizer
from councilkit.model import Deck, WorkingGroup


def set_core_properties(
    presentation: Any,
    deck: Deck,
    group: WorkingGroup,
    localizer: Localizer,
    timestamp: datetime.datetime,
) -> None:
    """Fill ``presentation``'s core properties from the deck, in its language."""
    organisation = localizer.plain(localizer.project.settings.organization)
    props = presentation.core_properties
    props.title = localizer.plain(deck.title)
    props.subject = localizer.plain(deck.subtitle) or localizer.plain(group.name)
    props.author = organisation
    props.last_modified_by = organisation
    props.language = localizer.tag
    props.category = localizer.tr("Briefing deck")
    props.content_status = localizer.status(deck)
    props.version = deck.version
    props.keywords = localizer.plain(group.acronym) if group.acronym else ""
    props.comments = ""
    props.identifier = f"{group.id}/{deck.id}"
    props.revision = 1
    stamp = timestamp.astimezone(datetime.UTC).replace(tzinfo=None)
    props.created = stamp
    props.modified = stamp
    props.last_printed = stamp
