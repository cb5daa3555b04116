"""Heading rule: heading levels go down one at a time (Heading 1, then Heading 2)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import etree

from councilkit.audit.office import NS, OfficeFile, paragraph_place
from councilkit.audit.registry import finding
from councilkit.diagnostics import Diagnostic

_BUILT_IN = re.compile(r"^heading\s*([1-9])$", re.IGNORECASE)
_W = f"{{{NS['w']}}}"


def heading_levels(styles: etree._Element | None) -> dict[str, int]:
    """Each paragraph style's heading level (1-9), from its ``w:outlineLvl`` (its own or
    the nearest in its ``w:basedOn`` chain) or its built-in name "heading N"."""
    if styles is None:
        return {}
    by_id = {
        s.get(f"{_W}styleId", ""): s
        for s in styles.xpath("w:style[@w:type='paragraph']", namespaces=NS)
    }
    levels: dict[str, int] = {}
    for style_id in by_id:
        seen: set[str] = set()
        current: str | None = style_id
        while current is not None and current in by_id and current not in seen:
            seen.add(current)
            style = by_id[current]
            outline = style.xpath("w:pPr/w:outlineLvl/@w:val", namespaces=NS)
            name = _BUILT_IN.match("".join(style.xpath("w:name/@w:val", namespaces=NS)))
            if outline and outline[0].isdigit():
                if int(outline[0]) < 9:  # 9 means body text
                    levels[style_id] = int(outline[0]) + 1
                break
            if name:
                levels[style_id] = int(name.group(1))
                break
            based = style.xpath("w:basedOn/@w:val", namespaces=NS)
            current = based[0] if based else None
    return levels


def audit(doc: OfficeFile) -> Iterator[Diagnostic]:
    """Each heading that goes down more than one level from the heading before it."""
    if doc.kind != "word":
        return
    part, body = doc.main()
    levels = heading_levels(doc.xml("word/styles.xml"))
    previous = 0
    for index, paragraph in enumerate(body.iter(f"{_W}p"), start=1):
        own = paragraph.xpath("w:pPr/w:outlineLvl/@w:val", namespaces=NS)
        style = "".join(paragraph.xpath("w:pPr/w:pStyle/@w:val", namespaces=NS))
        level = int(own[0]) + 1 if own and own[0].isdigit() else levels.get(style, 0)
        if not 1 <= level <= 9:
            continue
        if level > previous + 1:
            before = f"Heading {previous}" if previous else "the start of the document"
            yield finding(
                str(doc.path),
                "heading-skip",
                part,
                paragraph_place(index, paragraph),
                f"Heading {level} follows {before}: screen reader users navigate by headings; "
                f"make it Heading {previous + 1} or add the missing level",
            )
        previous = level
