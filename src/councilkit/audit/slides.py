"""Slide rules: a title on every slide, read first, titles that differ, body text large
enough."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

from lxml import etree

from councilkit.audit.office import NS, OfficeFile, excerpt, shape_name, slides, text_of
from councilkit.audit.registry import finding
from councilkit.diagnostics import Diagnostic

MIN_BODY_POINTS = 18
"""The smallest body text a slide should have, in points (the GC checklist's size)."""

_SHAPES = {f"{{{NS['p']}}}{tag}" for tag in ("sp", "pic", "graphicFrame", "grpSp", "cxnSp")}
_TITLES = "p:nvSpPr/p:nvPr/p:ph[@type='title' or @type='ctrTitle']"
_BODIES = "p:nvSpPr/p:nvPr/p:ph[not(@type) or @type='body' or @type='obj']"


def audit(doc: OfficeFile) -> Iterator[Diagnostic]:
    """Every slide problem of ``doc``."""
    if doc.kind != "powerpoint":
        return
    path = str(doc.path)
    seen: dict[str, int] = {}
    for number, part, slide in slides(doc):
        shapes = list(slide.iter(f"{{{NS['p']}}}sp"))
        titles = [s for s in shapes if s.xpath(_TITLES, namespaces=NS)]
        title = " ".join(" ".join(text_of(s).split()) for s in titles).strip()
        if not title:
            how = "its title placeholder is empty" if titles else "it has no title placeholder"
            yield finding(
                path,
                "slide-title",
                part,
                f"slide {number}",
                f"slide without a title ({how}); screen reader users find slides by title: "
                "type one in the title placeholder, or Home > Layout with a title",
            )
        elif fold(title) in seen:
            yield finding(
                path,
                "duplicate-slide-title",
                part,
                f"slide {number} {excerpt(title)}",
                f"same title as slide {seen[fold(title)]}; make each slide's title say "
                "what is on it (e.g. add '(2 of 2)')",
            )
        else:
            seen[fold(title)] = number
        first = _first_shape(slide)
        if titles and first is not None and not any(_holds(first, t) for t in titles):
            yield finding(
                path,
                "reading-order",
                part,
                f"slide {number}, {shape_name(first)}",
                "screen readers read this shape before the slide's title: Home > Arrange > "
                "Selection Pane lists shapes in reverse reading order; drag the title to the "
                "bottom of the list (Accessibility > Reading Order: title first)",
            )
        for shape in shapes:
            if not shape.xpath(_BODIES, namespaces=NS):
                continue
            sizes = shape.xpath(".//a:r[normalize-space(a:t)]/a:rPr/@sz", namespaces=NS)
            small = [int(s) / 100 for s in sizes if s.isdigit() and int(s) < MIN_BODY_POINTS * 100]
            if small:
                yield finding(
                    path,
                    "small-slide-text",
                    part,
                    f"slide {number}, {shape_name(shape)}",
                    f"body text at {min(small):g} pt, under {MIN_BODY_POINTS} pt: hard to read "
                    f"from the back of a room; make it {MIN_BODY_POINTS} pt or more, or split "
                    "the slide",
                )


_SAME = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "“": '"', "”": '"', "«": '"', "»": '"'})


def fold(title: str) -> str:
    """A slide title as compared with the others: spaces (no-break ones too) run together,
    case, compatibility forms (NFKC) and curly quotes folded, so that titles a listener
    cannot tell apart are the same. Numbers stay: "Budget (cont'd)" and "Budget (cont'd 2)"
    differ."""
    folded = unicodedata.normalize("NFKC", title).translate(_SAME)
    return " ".join(folded.split()).casefold()


def _first_shape(slide: etree._Element) -> etree._Element | None:
    """The slide's first shape in reading order (the shape tree's order)."""
    for tree in slide.xpath("p:cSld/p:spTree", namespaces=NS):
        for child in tree:
            if child.tag in _SHAPES:
                return child
    return None


def _holds(shape: etree._Element, title: etree._Element) -> bool:
    """The shape is the title, or a group holding it."""
    return shape is title or any(a is shape for a in title.iterancestors())
