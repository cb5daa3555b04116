"""Document properties and document-wide settings: title (not the file name), subject,
author, keywords, version, language, fixed revision and dates (python-docx's template would
leave "python-docx" and a 2013 date), ``w:lang`` on the style defaults, and Word set to
refresh fields on open."""

from __future__ import annotations

import datetime

from docx.document import Document as WordDocument

from councilkit.localize import Localizer
from councilkit.model import Document, WorkingGroup
from councilkit.render.docx import _oxml
from councilkit.render.docx.pages import document_title, kind_words


def set_properties(
    word: WordDocument,
    document: Document,
    group: WorkingGroup,
    loc: Localizer,
    timestamp: datetime.datetime,
    *,
    second: Localizer | None = None,
) -> None:
    """The core properties, in the document's (first) language."""
    organization = loc.plain(loc.project.settings.organization)
    props = word.core_properties
    title = document_title(document, group, loc)
    if second is not None:
        title = f"{title} / {document_title(document, group, second)}"
    props.title = title
    props.subject = loc.plain(group.name)
    props.author = organization
    props.last_modified_by = organization
    props.keywords = "; ".join(_keywords(document, group, loc))
    props.category = loc.tr(kind_words(document))
    props.comments = ""
    props.content_status = loc.status(document)
    props.version = document.version
    props.language = loc.tag if second is None else f"{loc.tag}, {second.tag}"
    props.identifier = f"{group.id}/{document.id}"
    props.revision = 1
    stamp = timestamp.astimezone(datetime.UTC).replace(tzinfo=None)
    props.created = stamp
    props.modified = stamp


def _keywords(document: Document, group: WorkingGroup, loc: Localizer) -> list[str]:
    words = [loc.plain(group.name)]
    if group.acronym is not None:
        words.append(loc.plain(group.acronym))
    for ref in group.councils:
        council = loc.project.council(ref.id)
        if council is not None and council.acronym is not None:
            words.append(loc.plain(council.acronym))
    words.append(loc.tr(kind_words(document)))
    return words


def set_language_and_fields(word: WordDocument, tag: str) -> None:
    """``w:lang`` on the document defaults and the theme, and fields refreshed on open."""
    _oxml.set_default_language(word.styles.element, tag)
    settings = word.settings.element
    _oxml.set_theme_language(settings, tag)
    _oxml.update_fields_on_open(settings)
