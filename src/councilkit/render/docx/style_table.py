"""The styles of a styles part by name, and the list numbering of a numbering part: what a
layout needs to know of its reference's styles."""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from councilkit.render.docx.namespaces import W


@dataclass(frozen=True, slots=True)
class Style:
    style_id: str
    type: str
    name: str
    num_id: int | None
    """The list numbering a paragraph style is linked to."""


def style_table(styles: etree._Element) -> dict[str, Style]:
    """Every style by its name in lower case (the first of two with one name)."""
    table: dict[str, Style] = {}
    for element in styles.iterchildren(f"{{{W}}}style"):
        name_element = element.find(f"{{{W}}}name")
        if name_element is None:
            continue
        name = name_element.get(f"{{{W}}}val", "")
        num = element.find(f"{{{W}}}pPr/{{{W}}}numPr/{{{W}}}numId")
        num_id = _int(num.get(f"{{{W}}}val")) if num is not None else None
        style_id = element.get(f"{{{W}}}styleId", "")
        style_type = element.get(f"{{{W}}}type", "paragraph")
        table.setdefault(name.lower(), Style(style_id, style_type, name, num_id))
    return table


def abstract_nums(numbering: etree._Element) -> dict[int, int]:
    """The abstract numbering of each numbering instance."""
    found: dict[int, int] = {}
    for num in numbering.iterchildren(f"{{{W}}}num"):
        num_id = _int(num.get(f"{{{W}}}numId"))
        abstract = num.find(f"{{{W}}}abstractNumId")
        abstract_id = None if abstract is None else _int(abstract.get(f"{{{W}}}val"))
        if num_id is not None and abstract_id is not None:
            found[num_id] = abstract_id
    return found


def _int(value: str | None) -> int | None:
    try:
        return None if value is None else int(value)
    except ValueError:
        return None
