"""Text contrast: WCAG 2 contrast ratios, and the rule that Word text stands out from what
is behind it (4.5:1, or 3:1 for large text: 18 pt, or 14 pt bold).

Colours come from the run, its character style, its paragraph style (each with its
``w:basedOn`` chain) and the document defaults; a theme colour is read from the theme (tints and
shades: the value Word wrote). What is behind is the run's shading, then the
paragraph's, the table cell's, then the page colour, else white. Text set to ``auto`` is
black, as Word shows it on a light background. Highlights, pictures behind text and
slides are not checked yet.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import etree

from councilkit.audit.office import NS, OfficeFile, paragraph_place
from councilkit.audit.registry import finding
from councilkit.diagnostics import Diagnostic

NORMAL, LARGE = 4.5, 3.0
"""The smallest contrast ratios for normal and large text (WCAG 2, level AA)."""

_HEX = re.compile(r"^[0-9A-Fa-f]{6}$")
_W = f"{{{NS['w']}}}"
_THEME_NAMES = {
    "text1": "dk1", "dark1": "dk1", "text2": "dk2", "dark2": "dk2",
    "background1": "lt1", "light1": "lt1", "background2": "lt2", "light2": "lt2",
    "hyperlink": "hlink", "followedHyperlink": "folHlink",
}  # fmt: skip


def luminance(hex_colour: str) -> float:
    """Relative luminance of ``RRGGBB``."""
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    """The contrast ratio of two colours, from 1 to 21."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


class _Styles:
    """A run property's effective value through styles, defaults and the theme."""

    def __init__(self, doc: OfficeFile) -> None:
        styles = doc.xml("word/styles.xml")
        self.by_id: dict[str, etree._Element] = {}
        self.defaults: list[etree._Element] = []
        if styles is not None:
            for style in styles.xpath("w:style", namespaces=NS):
                self.by_id[style.get(f"{_W}styleId", "")] = style
            self.defaults = styles.xpath("w:docDefaults/w:rPrDefault/w:rPr", namespaces=NS)
        self.theme = self._theme(doc)

    @staticmethod
    def _theme(doc: OfficeFile) -> dict[str, str]:
        for part in doc.related("word/document.xml", "/theme"):
            theme = doc.xml(part)
            if theme is None:
                continue
            colours = {}
            for slot in theme.xpath(".//a:clrScheme/*", namespaces=NS):
                value = slot.xpath("a:srgbClr/@val | a:sysClr/@lastClr", namespaces=NS)
                if value:
                    colours[etree.QName(slot).localname] = str(value[0])
            return colours
        return {}

    def chain(self, style_id: str) -> Iterator[etree._Element]:
        seen: set[str] = set()
        while style_id in self.by_id and style_id not in seen:
            seen.add(style_id)
            style = self.by_id[style_id]
            yield from style.xpath("w:rPr", namespaces=NS)
            based = style.xpath("w:basedOn/@w:val", namespaces=NS)
            style_id = str(based[0]) if based else ""

    def properties(self, run: etree._Element) -> list[etree._Element]:
        """The run's own properties, then its character style's, its paragraph style's, and
        the defaults, nearest first."""
        own = run.xpath("w:rPr", namespaces=NS)
        character = "".join(run.xpath("w:rPr/w:rStyle/@w:val", namespaces=NS))
        paragraph = "".join(run.xpath("ancestor::w:p[1]/w:pPr/w:pStyle/@w:val", namespaces=NS))
        return [*own, *self.chain(character), *self.chain(paragraph or "Normal"), *self.defaults]

    def colour(self, element: etree._Element) -> str | None:
        """A ``w:color``'s colour: its theme colour (which wins in Word), unless tinted or
        shaded, when its ``w:val`` holds Word's result; None for ``auto``."""
        value = str(element.get(f"{_W}val", ""))
        slot = _THEME_NAMES.get(element.get(f"{_W}themeColor", ""), "")
        tinted = element.get(f"{_W}themeTint") or element.get(f"{_W}themeShade")
        theme = self.theme.get(slot)
        if theme and not (tinted and _HEX.match(value)):
            return theme.upper()
        return value.upper() if _HEX.match(value) else None


def _first(properties: list[etree._Element], path: str) -> etree._Element | None:
    for rpr in properties:
        found = rpr.xpath(path, namespaces=NS)
        if found:
            return found[0]
    return None


def _background(run: etree._Element, page: str) -> str:
    fills = run.xpath(
        "w:rPr/w:shd/@w:fill | ancestor::w:p[1]/w:pPr/w:shd/@w:fill"
        " | ancestor::w:tc[1]/w:tcPr/w:shd/@w:fill",
        namespaces=NS,
    )
    for fill in fills:
        if _HEX.match(fill):
            return str(fill).upper()
    return page


def audit(doc: OfficeFile) -> Iterator[Diagnostic]:
    """Each Word paragraph with text whose contrast with what is behind it is too low."""
    if doc.kind != "word":
        return
    part, body = doc.main()
    styles = _Styles(doc)
    page_colour = "".join(body.xpath("w:background/@w:color", namespaces=NS))
    page = page_colour.upper() if _HEX.match(page_colour) else "FFFFFF"
    for index, paragraph in enumerate(body.iter(f"{_W}p"), start=1):
        for run in paragraph.xpath("(w:r | w:hyperlink/w:r)[normalize-space(w:t)]", namespaces=NS):
            props = styles.properties(run)
            element = _first(props, "w:color")
            text = (styles.colour(element) if element is not None else None) or "000000"
            behind = _background(run, page)
            size = _first(props, "w:sz")
            points = int(size.get(f"{_W}val", "22")) / 2 if size is not None else 11.0
            bold = _first(props, "w:b")
            is_bold = bold is not None and bold.get(f"{_W}val", "1") not in ("0", "false")
            large = points >= 18 or (points >= 14 and is_bold)
            needed = LARGE if large else NORMAL
            ratio = contrast(text, behind)
            if ratio < needed:
                yield finding(
                    str(doc.path),
                    "text-contrast",
                    part,
                    paragraph_place(index, paragraph),
                    f"text #{text} on #{behind} has a contrast of {ratio:.1f}:1, under "
                    f"{needed:g}:1 for {'large' if large else 'normal'} text: choose a darker "
                    "text colour (or a lighter background)",
                )
                break
