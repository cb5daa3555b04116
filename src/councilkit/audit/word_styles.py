"""Where a Word run's properties come from: the run, its character style, its paragraph
style (the document's default paragraph style when it names none), each with its
``w:basedOn`` chain, then the document defaults."""

from __future__ import annotations

from collections.abc import Iterator

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
        if styles is not None:
            for style in styles.xpath("w:style", namespaces=NS):
                self.by_id[style.get(f"{_W}styleId", "")] = style
            self.defaults = styles.xpath("w:docDefaults/w:rPrDefault/w:rPr", namespaces=NS)
            found = styles.xpath(
                "w:style[@w:type='paragraph'][@w:default='1' or @w:default='true']/@w:styleId",
                namespaces=NS,
            )
            if found:
                self.default_paragraph = str(found[0])

    def chain(self, style_id: str) -> Iterator[tuple[etree._Element, str]]:
        """A style's run properties and those of the styles it is based on, nearest first,
        each with its style's name."""
        seen: set[str] = set()
        while style_id in self.by_id and style_id not in seen:
            seen.add(style_id)
            style = self.by_id[style_id]
            name = "".join(style.xpath("w:name/@w:val", namespaces=NS)) or style_id
            name = name[:1].upper() + name[1:]  # "heading 1" is shown "Heading 1"
            for properties in style.xpath("w:rPr", namespaces=NS):
                yield properties, f'style "{name}"'
            based = style.xpath("w:basedOn/@w:val", namespaces=NS)
            style_id = str(based[0]) if based else ""

    def origins(self, run: etree._Element) -> list[tuple[etree._Element, str]]:
        """The run's own properties (from ``"run"``), then its character style's, its
        paragraph style's, and the defaults' (from :data:`DEFAULTS`), nearest first."""
        own = [(p, "run") for p in run.xpath("w:rPr", namespaces=NS)]
        character = "".join(run.xpath("w:rPr/w:rStyle/@w:val", namespaces=NS))
        paragraph = "".join(run.xpath("ancestor::w:p[1]/w:pPr/w:pStyle/@w:val", namespaces=NS))
        return [
            *own,
            *self.chain(character),
            *self.chain(paragraph or self.default_paragraph),
            *((p, DEFAULTS) for p in self.defaults),
        ]

    def properties(self, run: etree._Element) -> list[etree._Element]:
        """The run's properties, nearest first (see :meth:`origins`)."""
        return [properties for properties, _ in self.origins(run)]
