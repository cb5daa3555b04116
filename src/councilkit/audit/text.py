"""Text rules: empty paragraphs or tabs for spacing, lists typed by hand, links that say
where they go."""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import etree

from councilkit.audit.headings import heading_levels
from councilkit.audit.office import (
    NS,
    OfficeFile,
    excerpt,
    paragraph_place,
    shape_name,
    slides,
    text_of,
    text_parts,
)
from councilkit.audit.registry import finding
from councilkit.diagnostics import Diagnostic

TYPED_LIST = re.compile(r"^\s*(\d{1,3}[.)]|[a-zA-Z][.)]|[•◦▪●○·*\-])\s")
"""A paragraph that starts like a list item: "1. ", "a) ", "• ", "- ", "* " (headings and
table-of-contents entries, which may be numbered, are not list items)."""

VAGUE_LINKS = frozenset({"click here", "cliquez ici", "here", "ici", "click", "cliquez"})
URL = re.compile(r"^(https?://|www\.|mailto:)\S+$", re.IGNORECASE)

_W = f"{{{NS['w']}}}"
_SPACERS = "w:r/w:drawing | w:r/w:object | w:r/w:pict | w:r/w:br[@w:type='page'] | w:pPr/w:sectPr"

_TAB_FIX = (
    "; tabs make space that screen readers read as nothing or as 'tab': use the paragraph's "
    "indent (Paragraph > Indentation) or one tab to a tab stop, or a table for columns"
)

_TYPED_FIX = (
    "typed by hand, screen readers do not announce it as a list item: remove the "
    "typed {mark!r} and use Home > Bullets or Numbering"
)


def audit(doc: OfficeFile) -> Iterator[Diagnostic]:
    """Every text problem of ``doc``."""
    if doc.kind == "word":
        yield from _word(doc)
    else:
        yield from _slides(doc)


def link_problem(text: str) -> str | None:
    """Why a link's text does not say where it goes (None when it does)."""
    words = " ".join(text.split()).strip(" .:!»«\"'").lower()
    if URL.match(words):
        return "link text is a web address, which screen readers spell out"
    if words in VAGUE_LINKS:
        return f"link text {words!r} does not say where the link goes"
    return None


_LINK_FIX = "; write what the link opens instead (e.g. 'the 2025 annual report')"


def _word(doc: OfficeFile) -> Iterator[Diagnostic]:
    part, body = doc.main()
    path = str(doc.path)
    index = {p: i for i, p in enumerate(body.iter(f"{_W}p"), start=1)}
    styles = doc.xml("word/styles.xml")
    numbered_styles = _numbered_styles(styles)
    not_items = set(heading_levels(styles)) | _toc_styles(styles)
    empty_run: list[etree._Element] = []
    for child in [*body.xpath("w:body/*", namespaces=NS), None]:
        is_empty = (
            child is not None
            and child.tag == f"{_W}p"
            and not text_of(child).strip()
            and not child.xpath(_SPACERS, namespaces=NS)
        )
        if is_empty:
            assert child is not None
            empty_run.append(child)
            continue
        if len(empty_run) >= 2:
            first = empty_run[0]
            yield finding(
                path,
                "empty-paragraphs",
                part,
                paragraph_place(index[first], first),
                f"{len(empty_run)} empty paragraphs in a row make space; screen readers "
                "read each as 'blank': delete them and use Paragraph > Spacing Before/After",
            )
        empty_run = []
    for paragraph, i in index.items():
        spacing = tab_problem(_word_characters(paragraph))
        if spacing:
            yield finding(
                path, "tab-spacing", part, paragraph_place(i, paragraph), spacing + _TAB_FIX
            )
        mark = TYPED_LIST.match(text_of(paragraph))
        style = "".join(paragraph.xpath("w:pPr/w:pStyle/@w:val", namespaces=NS))
        numbered = paragraph.xpath("w:pPr/w:numPr", namespaces=NS) or style in numbered_styles
        if mark and not numbered and style not in not_items:
            yield finding(
                path,
                "typed-list",
                part,
                paragraph_place(i, paragraph),
                "list item " + _TYPED_FIX.format(mark=mark.group(1)),
            )
    for text_part, root in text_parts(doc):
        for i, paragraph in enumerate(root.iter(f"{_W}p"), start=1):
            for link in paragraph.xpath("w:hyperlink", namespaces=NS):
                problem = link_problem(text_of(link))
                if problem:
                    place = paragraph_place(i, paragraph)
                    yield finding(path, "link-text", text_part, place, problem + _LINK_FIX)


def tab_problem(text: str) -> str | None:
    """Why a paragraph's tabs make space (None when they do not): tabs to indent its
    start, or two tabs in a row (spaces between them count as nothing)."""
    if not text.strip(" \t"):
        return None
    if text.lstrip(" ").startswith("\t"):
        return "tab at the start of the paragraph to indent it"
    if re.search(r"\t *\t", text):
        return "two or more tabs in a row to make space"
    return None


def _word_characters(paragraph: etree._Element) -> str:
    """A Word paragraph's text with each ``w:tab`` as a tab character (tabs of text boxes
    inside it, which are paragraphs of their own, left out)."""
    parts = []
    for item in paragraph.xpath(
        "(w:r | w:hyperlink/w:r | w:ins/w:r | w:smartTag/w:r)/*[self::w:t or self::w:tab]",
        namespaces=NS,
    ):
        parts.append("\t" if item.tag == f"{_W}tab" else (item.text or ""))
    return "".join(parts)


def _numbered_styles(styles: etree._Element | None) -> set[str]:
    if styles is None:
        return set()
    return set(styles.xpath("w:style[w:pPr/w:numPr]/@w:styleId", namespaces=NS))


def _toc_styles(styles: etree._Element | None) -> set[str]:
    """Table-of-contents styles: their entries repeat the headings, numbers included."""
    if styles is None:
        return set()
    names = "w:style[starts-with(translate(w:name/@w:val, 'TOC', 'toc'), 'toc')]/@w:styleId"
    return set(styles.xpath(names, namespaces=NS))


def _slides(doc: OfficeFile) -> Iterator[Diagnostic]:
    path = str(doc.path)
    for number, part, slide in slides(doc):
        for shape in slide.iter(f"{{{NS['p']}}}sp"):
            where = f"slide {number}, {shape_name(shape)}"
            for paragraph in shape.xpath("p:txBody/a:p", namespaces=NS):
                text = text_of(paragraph)
                spacing = tab_problem(text)
                if spacing:
                    yield finding(
                        path, "tab-spacing", part, f"{where} {excerpt(text)}", spacing + _TAB_FIX
                    )
                mark = TYPED_LIST.match(text)
                if mark:
                    yield finding(
                        path,
                        "typed-list",
                        part,
                        f"{where} {excerpt(text)}",
                        "list item " + _TYPED_FIX.format(mark=mark.group(1)),
                    )
            for run in shape.xpath(".//a:r[a:rPr/a:hlinkClick]", namespaces=NS):
                problem = link_problem(text_of(run))
                if problem:
                    yield finding(path, "link-text", part, where, problem + _LINK_FIX)
