"""Text contrast in Word: the rule ``text-contrast`` on the text of the body, the headers
and footers, the footnotes and endnotes.

Colours come from the run, its character style, its paragraph style (each with its
``w:basedOn`` chain) and the document defaults; a theme colour is read from the theme (tints and
shades: the value Word wrote). What is behind is the run's shading, then the
paragraph's, the table cell's, then the page colour, else white. Text set to ``auto`` is
black, as Word shows it on a light background. Highlights and pictures behind text are not
checked.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import etree

from councilkit.audit.contrast import shortfall
from councilkit.audit.office import NS, OfficeFile, paragraph_place, text_parts
from councilkit.audit.registry import finding
from councilkit.audit.word_styles import WordStyles
from councilkit.diagnostics import Diagnostic

_HEX = re.compile(r"^[0-9A-Fa-f]{6}$")
_W = f"{{{NS['w']}}}"
_THEME_NAMES = {
    "text1": "dk1", "dark1": "dk1", "text2": "dk2", "dark2": "dk2",
    "background1": "lt1", "light1": "lt1", "background2": "lt2", "light2": "lt2",
    "hyperlink": "hlink", "followedHyperlink": "folHlink",
}  # fmt: skip


class _Styles(WordStyles):
    """A run property's effective value through styles, defaults and the theme."""

    def __init__(self, doc: OfficeFile) -> None:
        super().__init__(doc)
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
    _, body = doc.main()
    styles = _Styles(doc)
    page_colour = "".join(body.xpath("w:background/@w:color", namespaces=NS))
    page = page_colour.upper() if _HEX.match(page_colour) else "FFFFFF"
    for part, root in text_parts(doc):
        for index, paragraph in enumerate(root.iter(f"{_W}p"), start=1):
            problem = _paragraph(paragraph, styles, page)
            if problem:
                place = paragraph_place(index, paragraph)
                yield finding(str(doc.path), "text-contrast", part, place, problem)


def _paragraph(paragraph: etree._Element, styles: _Styles, page: str) -> str | None:
    """Why the first hard-to-read run of a paragraph is so, or None."""
    for run in paragraph.xpath("(w:r | w:hyperlink/w:r)[normalize-space(w:t)]", namespaces=NS):
        props = styles.properties(run)
        element = _first(props, "w:color")
        text = (styles.colour(element) if element is not None else None) or "000000"
        size = _first(props, "w:sz")
        half_points = "22" if size is None else str(size.get(f"{_W}val", "22"))
        points = int(half_points) / 2 if half_points.isdigit() else 11.0
        bold = _first(props, "w:b")
        is_bold = bold is not None and bold.get(f"{_W}val", "1") not in ("0", "false")
        problem = shortfall(text, _background(run, page), points, is_bold)
        if problem:
            return problem
    return None
