"""Where a Word run's properties come from: the run, its character style, its paragraph
style (the document's default paragraph style when it names none), each with its
``w:basedOn`` chain, then the document defaults."""

from __future__ import annotations

from lxml import etree

from councilkit.audit.office import NS, OfficeFile

_W = f"{{{NS['w']}}}"

DEFAULTS = "document defaults"
"""Where the document defaults' properties come from."""


class WordStyles:
    """The styles and defaults of one Word file, to follow a run's properties through."""

    def __init__(self, doc: OfficeFile) -> None:
        styles = doc.xml("word/styles.xml")
        self.by_id: dict[str, etree._Element] = {}
        self.defaults: list[etree._Element] = []
        self.default_paragraph = "Normal"
        self._chains: dict[str, list[tuple[etree._Element, str]]] = {}
        if styles is not None:
            for style in styles.xpath("w:style[@w:styleId != '']", namespaces=NS):
                self.by_id[str(style.get(f"{_W}styleId"))] = style
            self.defaults = styles.xpath("w:docDefaults/w:rPrDefault/w:rPr", namespaces=NS)
            found = styles.xpath(
                "w:style[@w:type='paragraph'][@w:default='1' or @w:default='true']/@w:styleId",
                namespaces=NS,
            )
            if found:
                self.default_paragraph = str(found[0])

    def chain(self, style_id: str) -> list[tuple[etree._Element, str]]:
        """A style's run properties and those of the styles it is based on, nearest first,
        each with its style's name (worked out once for each style)."""
        known = self._chains.get(style_id)
        if known is not None:
            return known
        found: list[tuple[etree._Element, str]] = []
        seen: set[str] = set()
        current = style_id
        while current in self.by_id and current not in seen:
            seen.add(current)
            style = self.by_id[current]
            name = "".join(style.xpath("w:name/@w:val", namespaces=NS)) or current
            name = name[:1].upper() + name[1:]  # "heading 1" is shown "Heading 1"
            found += [(p, f'style "{name}"') for p in style.iterfind("w:rPr", NS)]
            based = style.xpath("w:basedOn/@w:val", namespaces=NS)
            current = str(based[0]) if based else ""
        self._chains[style_id] = found
        return found

    def origins(self, run: etree._Element) -> list[tuple[etree._Element, str]]:
        """The run's own properties (from ``"run"``), then its character style's, its
        paragraph style's, and the defaults' (from :data:`DEFAULTS`), nearest first."""
        own = run.find(f"{_W}rPr")
        character = "" if own is None else _value(own.find(f"{_W}rStyle"))
        paragraph = next(run.iterancestors(f"{_W}p"), None)
        style = None if paragraph is None else paragraph.find(f"{_W}pPr/{_W}pStyle")
        return [
            *([] if own is None else [(own, "run")]),
            *self.chain(character),
            *self.chain(_value(style) or self.default_paragraph),
            *((p, DEFAULTS) for p in self.defaults),
        ]

    def properties(self, run: etree._Element) -> list[etree._Element]:
        """The run's properties, nearest first (see :meth:`origins`)."""
        return [properties for properties, _ in self.origins(run)]


def _value(element: etree._Element | None) -> str:
    """An element's ``w:val`` ("" when there is no element)."""
    return "" if element is None else str(element.get(f"{_W}val", ""))
