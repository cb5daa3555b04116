"""Document properties (``docProps/core.xml``): title (not the file name), subject,
author, keywords, category, status, version, language(s), a fixed revision, and the
build's timestamp as created and modified dates."""

from __future__ import annotations

import datetime

from councilkit.document.model import Edition
from councilkit.render.docx._wml import text

_CORE = (
    "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
    'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:dcterms="http://purl.org/dc/terms/" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
)


def core_properties(edition: Edition, timestamp: datetime.datetime) -> bytes:
    """``docProps/core.xml`` of ``edition``, in its (first) language."""
    props = edition.properties
    stamp = timestamp.astimezone(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    elements = (
        ("dc:title", props.title),
        ("dc:creator", props.author),
        ("cp:lastModifiedBy", props.author),
        ("cp:revision", "1"),
        ("dc:subject", props.subject),
        ("cp:keywords", "; ".join(props.keywords)),
        ("cp:category", props.category),
        ("dc:description", ""),
        ("cp:contentStatus", props.status),
        ("cp:version", props.version),
        ("dc:language", ", ".join(edition.languages)),
        ("dc:identifier", props.identifier),
    )
    body = "".join(f"<{name}>{text(value)}</{name}>" for name, value in elements)
    dates = "".join(
        f'<dcterms:{name} xsi:type="dcterms:W3CDTF">{stamp}</dcterms:{name}>'
        for name in ("created", "modified")
    )
    return f"{_CORE}{body}{dates}</cp:coreProperties>".encode()
