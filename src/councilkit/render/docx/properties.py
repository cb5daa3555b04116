"""Document properties: title (not the file name), subject, author, keywords, version,
language, a fixed revision, and the build's timestamp as created and modified dates."""

from __future__ import annotations

import datetime

from councilkit.localize import Localizer
from councilkit.model import Document, WorkingGroup
from councilkit.render.docx._wml import text
from councilkit.render.docx.pages import document_title, kind_words

_CORE = (
    "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
    'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:dcterms="http://purl.org/dc/terms/" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
)


def core_properties(
    document: Document,
    group: WorkingGroup,
    loc: Localizer,
    timestamp: datetime.datetime,
    *,
    second: Localizer | None = None,
) -> bytes:
    """``docProps/core.xml``, in the document's (first) language."""
    organization = loc.plain(loc.project.settings.organization)
    title = document_title(document, group, loc)
    if second is not None:
        title = f"{title} / {document_title(document, group, second)}"
    stamp = timestamp.astimezone(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    elements = (
        ("dc:title", title),
        ("dc:creator", organization),
        ("cp:lastModifiedBy", organization),
        ("cp:revision", "1"),
        ("dc:subject", loc.plain(group.name)),
        ("cp:keywords", "; ".join(_keywords(document, group, loc))),
        ("cp:category", loc.tr(kind_words(document))),
        ("dc:description", ""),
        ("cp:contentStatus", loc.status(document)),
        ("cp:version", document.version),
        ("dc:language", loc.tag if second is None else f"{loc.tag}, {second.tag}"),
        ("dc:identifier", f"{group.id}/{document.id}"),
    )
    body = "".join(f"<{name}>{text(value)}</{name}>" for name, value in elements)
    dates = "".join(
        f'<dcterms:{name} xsi:type="dcterms:W3CDTF">{stamp}</dcterms:{name}>'
        for name in ("created", "modified")
    )
    return f"{_CORE}{body}{dates}</cp:coreProperties>".encode()


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
