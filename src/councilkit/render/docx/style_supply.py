"""councilkit's own definition of a style a department's reference lacks, added to it.

A template made from a LibreOffice Writer template has no character or table styles and
few paragraph styles. Rather than stop the build, each missing style that a role uses under
its default name is copied from the default layout's ``reference.docx``, with the styles it
is based on (when the reference lacks them too) and the list numbering it is linked to. A
copied style gets a style id no style of the reference has; the links of a copy (based on,
next, linked) are renamed to the reference's ids of the same style names, or dropped when
the reference has no such style. The layout warns for each style supplied.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from lxml import etree

from councilkit.render.docx.namespaces import W
from councilkit.render.docx.reference_package import parse_xml, read_package
from councilkit.render.docx.schema_order import NUMBERING, STYLES, insert_in_order


def default_reference_path() -> Path:
    """The default layout's reference .docx: installed with councilkit, or in the source
    tree."""
    installed = Path(str(resources.files("councilkit"))) / "layouts" / "default"
    folder = installed if installed.is_dir() else Path(__file__).parents[4] / "layouts/default"
    return folder / "reference.docx"


@dataclass(frozen=True, slots=True)
class StyleSource:
    """Style definitions to copy from: a styles part and its numbering part."""

    styles: etree._Element
    numbering: etree._Element | None

    @classmethod
    def read(cls, path: Path) -> StyleSource:
        parts = read_package(path.read_bytes())
        numbering = parts.get("word/numbering.xml")
        return cls(
            parse_xml("word/styles.xml", parts["word/styles.xml"]),
            None if numbering is None else parse_xml("word/numbering.xml", numbering),
        )


def _val(element: etree._Element | None) -> str | None:
    return None if element is None else element.get(f"{{{W}}}val")


def style_name(style: etree._Element) -> str:
    return _val(style.find(f"{{{W}}}name")) or ""


def _by_name(styles: etree._Element) -> dict[str, etree._Element]:
    found: dict[str, etree._Element] = {}
    for style in styles.iterchildren(f"{{{W}}}style"):
        found.setdefault(style_name(style).lower(), style)
    return found


def _by_id(styles: etree._Element) -> dict[str, etree._Element]:
    return {s.get(f"{{{W}}}styleId", ""): s for s in styles.iterchildren(f"{{{W}}}style")}


class _Supplier:
    def __init__(
        self, styles: etree._Element, numbering: etree._Element | None, source: StyleSource
    ) -> None:
        self.styles, self.numbering, self.source = styles, numbering, source
        self.names = _by_name(styles)
        self.ids = set(_by_id(styles))
        self.source_ids = _by_id(source.styles)
        self.source_names = _by_name(source.styles)
        self.copies: list[etree._Element] = []

    def supply(self, name: str) -> str | None:
        """The reference's id of style ``name``, copied from the source when missing
        (None when the source has no such style either)."""
        found = self.names.get(name.lower())
        if found is not None:
            return str(found.get(f"{{{W}}}styleId", ""))
        original = self.source_names.get(name.lower())
        if original is None:
            return None
        style = copy.deepcopy(original)
        style.attrib.pop(f"{{{W}}}default", None)
        style_id = self._free_id(original.get(f"{{{W}}}styleId", "") or "Style")
        style.set(f"{{{W}}}styleId", style_id)
        self.names[name.lower()] = style
        self.ids.add(style_id)
        self.copies.append(style)
        based_on = style.find(f"{{{W}}}basedOn")
        if based_on is not None:
            parent = self.source_ids.get(_val(based_on) or "")
            parent_id = None if parent is None else self.supply(style_name(parent))
            _set_or_drop(based_on, parent_id)
        num_id = style.find(f"{{{W}}}pPr/{{{W}}}numPr/{{{W}}}numId")
        if num_id is not None:
            new_num = self._copy_numbering(_val(num_id))
            if new_num is None:
                num_pr = num_id.getparent()
                num_pr.getparent().remove(num_pr)
            else:
                num_id.set(f"{{{W}}}val", str(new_num))
        insert_in_order(self.styles, style, STYLES)
        return style_id

    def finish(self) -> None:
        """Renames the ``next`` and ``link`` of every copy to the reference's ids, once
        every copy is in."""
        for style in self.copies:
            for tag in ("next", "link"):
                element = style.find(f"{{{W}}}{tag}")
                if element is not None:
                    linked = self.source_ids.get(_val(element) or "")
                    target = None if linked is None else self.names.get(style_name(linked).lower())
                    _set_or_drop(element, None if target is None else target.get(f"{{{W}}}styleId"))

    def _free_id(self, wanted: str) -> str:
        candidate, number = wanted, 1
        while candidate in self.ids:
            candidate, number = f"{wanted}{number}", number + 1
        return candidate

    def _copy_numbering(self, num_id: str | None) -> int | None:
        source = self.source.numbering
        if source is None or num_id is None:
            return None
        num = source.find(f"{{{W}}}num[@{{{W}}}numId='{num_id}']")
        abstract_id = _val(None if num is None else num.find(f"{{{W}}}abstractNumId"))
        abstract = source.find(f"{{{W}}}abstractNum[@{{{W}}}abstractNumId='{abstract_id}']")
        if num is None or abstract is None:
            return None
        if self.numbering is None:
            self.numbering = etree.Element(f"{{{W}}}numbering", nsmap={"w": W})
        new_abstract = _largest(self.numbering, "abstractNum", "abstractNumId") + 1
        new_num = _largest(self.numbering, "num", "numId") + 1
        abstract = copy.deepcopy(abstract)
        abstract.set(f"{{{W}}}abstractNumId", str(new_abstract))
        for nsid in abstract.iterchildren(f"{{{W}}}nsid", f"{{{W}}}tmpl"):
            abstract.remove(nsid)  # Word tells lists apart by nsid: let it make its own
        num = etree.Element(f"{{{W}}}num", {f"{{{W}}}numId": str(new_num)})
        etree.SubElement(num, f"{{{W}}}abstractNumId", {f"{{{W}}}val": str(new_abstract)})
        insert_in_order(self.numbering, abstract, NUMBERING)
        insert_in_order(self.numbering, num, NUMBERING)
        return new_num


def _largest(numbering: etree._Element, tag: str, attribute: str) -> int:
    values = [e.get(f"{{{W}}}{attribute}", "") for e in numbering.iterchildren(f"{{{W}}}{tag}")]
    return max((int(v) for v in values if v.isdigit()), default=-1 if tag == "abstractNum" else 0)


def _set_or_drop(element: etree._Element, value: str | None) -> None:
    if value is None:
        element.getparent().remove(element)
    else:
        element.set(f"{{{W}}}val", value)


def supply_styles(
    styles: etree._Element,
    numbering: etree._Element | None,
    names: Iterable[str],
    source: StyleSource,
) -> tuple[tuple[str, ...], etree._Element | None]:
    """Adds to ``styles`` (and ``numbering``) the source's definition of each style of
    ``names`` they lack. The names of the styles added (as the source spells them, those
    they are based on included), and the numbering part (new when there was none and a
    copied style needs one)."""
    supplier = _Supplier(styles, numbering, source)
    for name in names:
        supplier.supply(name)
    supplier.finish()
    return tuple(style_name(s) for s in supplier.copies), supplier.numbering
