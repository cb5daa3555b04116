"""The raw WordprocessingML that python-docx has no API for, kept in one place.

Fields (PAGE, NUMPAGES, TOC), ``w:lang``, runs and hyperlinks written directly (faster than
python-docx's proxies and able to carry a language), bookmarks, repeated header rows, list
numbering instances that restart, table captions and widths, alt text on pictures, and the
settings that make Word refresh fields on open. Everything here writes plain lxml elements
with lxml on the document's own tree, so python-docx's element classes still apply.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import Any

from docx.oxml.ns import qn
from lxml import etree

Element = Any
"""An lxml element of the document (python-docx's element classes are untyped)."""

_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def set_attr(element: Element, name: str, value: str) -> None:
    element.set(qn(name), value)


def child(parent: Element, tag: str, **attrs: str) -> Element:
    """A new ``tag`` appended to ``parent`` with ``w:`` attributes. lxml's ``SubElement``
    keeps python-docx's element classes (they come from the tree's parser) and is much
    faster than python-docx's ``OxmlElement``, which parses a string for every element."""
    if attrs:
        return _sub_element(parent, _qn(tag), {_W + k: v for k, v in attrs.items()})
    return _sub_element(parent, _qn(tag))


def new(like: Element, tag: str) -> Element:
    """A new, unattached ``tag`` of the same document as ``like``."""
    return like.makeelement(_qn(tag))


@functools.cache
def _qn(tag: str) -> str:
    return str(qn(tag))


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_VAL = _W + "val"
_P, _PPR, _PSTYLE, _SECT_PR = _W + "p", _W + "pPr", _W + "pStyle", _W + "sectPr"
_R, _RPR, _RSTYLE, _T, _LANG = _W + "r", _W + "rPr", _W + "rStyle", _W + "t", _W + "lang"
_B, _BCS, _I, _ICS = _W + "b", _W + "bCs", _W + "i", _W + "iCs"
_sub_element = etree.SubElement


# -- runs and hyperlinks ------------------------------------------------------------------


def run(
    parent: Element,
    text: str,
    *,
    bold: bool = False,
    italic: bool = False,
    lang: str | None = None,
    style_id: str | None = None,
) -> Element:
    """A ``w:r`` holding ``text`` appended to a paragraph or hyperlink; ``lang`` tags a run
    in a language other than the document's."""
    r = _sub_element(parent, _R)
    if bold or italic or lang or style_id:
        rpr = _sub_element(r, _RPR)
        if style_id:
            _sub_element(rpr, _RSTYLE, {_VAL: style_id})
        if bold:
            _sub_element(rpr, _B)
            _sub_element(rpr, _BCS)
        if italic:
            _sub_element(rpr, _I)
            _sub_element(rpr, _ICS)
        if lang:
            _sub_element(rpr, _LANG, {_VAL: lang})
    t = _sub_element(r, _T)
    t.text = text
    if text != text.strip():
        t.set(_XML_SPACE, "preserve")
    return r


def hyperlink(paragraph: Element, rid: str) -> Element:
    """A ``w:hyperlink`` to relationship ``rid`` appended to ``paragraph``."""
    link = paragraph.makeelement(_qn("w:hyperlink"), {_qn("r:id"): rid, _qn("w:history"): "1"})
    paragraph.append(link)
    return link


def anchor_link(paragraph: Element, bookmark: str) -> Element:
    """A ``w:hyperlink`` to a bookmark of the document."""
    return child(paragraph, "w:hyperlink", anchor=bookmark, history="1")


def tab(paragraph: Element) -> None:
    child(child(paragraph, "w:r"), "w:tab")


def bookmark(paragraph: Element, number: int, name: str) -> None:
    """Wraps the content of ``paragraph`` in bookmark ``name`` (TOC entries link to it)."""
    start = new(paragraph, "w:bookmarkStart")
    set_attr(start, "w:id", str(number))
    set_attr(start, "w:name", name)
    ppr = paragraph.find(qn("w:pPr"))
    paragraph.insert(0 if ppr is None else 1, start)
    end = child(paragraph, "w:bookmarkEnd")
    set_attr(end, "w:id", str(number))


# -- fields -------------------------------------------------------------------------------


def field_begin(paragraph: Element, instruction: str, *, dirty: bool = False) -> None:
    """Opens a complex field: ``begin``, its instruction, ``separate``."""
    begin = child(child(paragraph, "w:r"), "w:fldChar", fldCharType="begin")
    if dirty:
        set_attr(begin, "w:dirty", "true")
    instr = child(child(paragraph, "w:r"), "w:instrText")
    instr.text = f" {instruction} "
    instr.set(_XML_SPACE, "preserve")
    child(child(paragraph, "w:r"), "w:fldChar", fldCharType="separate")


def field_end(paragraph: Element) -> None:
    child(child(paragraph, "w:r"), "w:fldChar", fldCharType="end")


def simple_field(paragraph: Element, instruction: str, cached: str) -> None:
    """A whole field (``PAGE``, ``NUMPAGES``) with the value shown before it is updated."""
    field_begin(paragraph, instruction)
    run(paragraph, cached)
    field_end(paragraph)


# -- paragraphs -----------------------------------------------------------------------------


def paragraph(parent: Element, style_id: str | None) -> Element:
    """A ``w:p`` with paragraph style ``style_id`` appended to a body, cell, header or
    footer element (before a body's final ``w:sectPr``)."""
    last = _last_child(parent)
    if last is not None and last.tag == _SECT_PR:
        p = parent.makeelement(_P)
        last.addprevious(p)
    else:
        p = _sub_element(parent, _P)
    if style_id:
        _sub_element(_sub_element(p, _PPR), _PSTYLE, {_VAL: style_id})
    return p


def _last_child(parent: Element) -> Element | None:
    """The last child of ``parent``, found from the end (``len()`` counts every child)."""
    try:
        return parent[-1]
    except IndexError:
        return None


def _append_block(parent: Element, element: Element) -> None:
    last = _last_child(parent)
    if last is not None and last.tag == _SECT_PR:
        last.addprevious(element)
    else:
        parent.append(element)


def clear(parent: Element) -> None:
    """Removes every paragraph and table of a header, footer or cell."""
    for element in list(parent):
        if element.tag in (qn("w:p"), qn("w:tbl")):
            parent.remove(element)


def _ppr(p: Element) -> Element:
    ppr = p.find(qn("w:pPr"))
    if ppr is None:
        ppr = new(p, "w:pPr")
        p.insert(0, ppr)
    return ppr


def set_numbering(p: Element, num_id: int, level: int) -> None:
    """Puts paragraph ``p`` in list ``num_id`` at ``level`` (after its style)."""
    ppr = _ppr(p)
    numpr = new(p, "w:numPr")
    child(numpr, "w:ilvl", val=str(level))
    child(numpr, "w:numId", val=str(num_id))
    style = ppr.find(qn("w:pStyle"))
    if style is None:
        ppr.insert(0, numpr)
    else:
        style.addnext(numpr)


def page_break_before(p: Element) -> None:
    ppr = _ppr(p)
    element = new(p, "w:pageBreakBefore")
    style = ppr.find(qn("w:pStyle"))
    if style is None:
        ppr.insert(0, element)
    else:
        style.addnext(element)


# -- numbering ----------------------------------------------------------------------------


def style_element(styles: Element, style_id: str) -> Element | None:
    """The ``w:style`` with id ``style_id``."""
    for element in styles.iterchildren(qn("w:style")):
        if element.get(qn("w:styleId")) == style_id:
            return element
    return None


def style_num_id(style_element: Element) -> int | None:
    """The ``w:numId`` a paragraph style is linked to, if any."""
    found = style_element.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}")
    return None if found is None else int(found.get(qn("w:val")))


def abstract_num_of(numbering: Element, num_id: int) -> int | None:
    for num in numbering.findall(qn("w:num")):
        if num.get(qn("w:numId")) == str(num_id):
            abstract = num.find(qn("w:abstractNumId"))
            return None if abstract is None else int(abstract.get(qn("w:val")))
    return None


def next_num_id(numbering: Element) -> int:
    ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    return max(ids, default=0) + 1


def add_restarting_num(numbering: Element, num_id: int, abstract_id: int) -> None:
    """A new ``w:num`` on ``abstract_id`` whose first level starts again at 1: the fix for
    lists that go on counting from the previous list."""
    num = child(numbering, "w:num", numId=str(num_id))
    child(num, "w:abstractNumId", val=str(abstract_id))
    override = child(num, "w:lvlOverride", ilvl="0")
    child(override, "w:startOverride", val="1")


# -- tables -------------------------------------------------------------------------------


def table(parent: Element, style_id: str, widths: list[int], *, header: bool = True) -> Element:
    """A fixed-layout ``w:tbl`` in table style ``style_id`` with columns ``widths`` (twips),
    appended to a body or cell; rows are added with :func:`table_row`."""
    tbl = new(parent, "w:tbl")
    tblpr = child(tbl, "w:tblPr")
    child(tblpr, "w:tblStyle", val=style_id)
    child(tblpr, "w:tblW", w=str(sum(widths)), type="dxa")
    child(tblpr, "w:tblLayout", type="fixed")
    child(
        tblpr,
        "w:tblLook",
        val="0420" if header else "0600",
        firstRow="1" if header else "0",
        lastRow="0",
        firstColumn="0",
        lastColumn="0",
        noHBand="1",
        noVBand="1",
    )
    grid = child(tbl, "w:tblGrid")
    for width in widths:
        child(grid, "w:gridCol", w=str(width))
    _append_block(parent, tbl)
    return tbl


def table_row(
    tbl: Element,
    *,
    header: bool = False,
    keep_together: bool = False,
    min_height: int | None = None,
) -> Element:
    """A ``w:tr``; a header row repeats on every page (``w:tblHeader``); a header row or a
    row ``keep_together`` never splits across pages."""
    tr = child(tbl, "w:tr")
    if header or keep_together or min_height:
        trpr = child(tr, "w:trPr")
        if header or keep_together:
            child(trpr, "w:cantSplit")
        if min_height:
            child(trpr, "w:trHeight", val=str(min_height), hRule="atLeast")
        if header:
            child(trpr, "w:tblHeader")
    return tr


def table_cell(tr: Element, width: int) -> Element:
    """A ``w:tc`` of ``width`` twips; the caller adds at least one paragraph."""
    tc = child(tr, "w:tc")
    child(child(tc, "w:tcPr"), "w:tcW", w=str(width), type="dxa")
    return tc


def table_caption(table: Element, caption: str, description: str | None = None) -> None:
    """The table's title and description for screen readers (``w:tblCaption``)."""
    tblpr = table.find(qn("w:tblPr"))
    successors = ("w:tblPrChange",)
    for tag, value in (("w:tblCaption", caption), ("w:tblDescription", description)):
        if not value:
            continue
        element = new(table, tag)
        set_attr(element, "w:val", value)
        nxt = next((tblpr.find(qn(s)) for s in successors if tblpr.find(qn(s)) is not None), None)
        if nxt is None:
            tblpr.append(element)
        else:
            nxt.addprevious(element)


# -- pictures -------------------------------------------------------------------------------


def set_alt_text(inline_shape: Element, description: str) -> None:
    """Alt text of a picture (``wp:docPr/@descr``), in the document's language."""
    doc_pr = inline_shape.find(qn("wp:docPr"))
    if doc_pr is not None:
        doc_pr.set("descr", description)


def drawing(paragraph: Element, inline: Element) -> None:
    """Place a picture's ``wp:inline`` in a run of ``paragraph``."""
    child(child(paragraph, "w:r"), "w:drawing").append(inline)


# -- document-wide ------------------------------------------------------------------------

_SETTINGS_AFTER_UPDATE_FIELDS = (
    "w:hdrShapeDefaults",
    "w:footnotePr",
    "w:endnotePr",
    "w:compat",
    "w:docVars",
    "w:rsids",
    "m:mathPr",
    "w:attachedSchema",
    "w:themeFontLang",
    "w:clrSchemeMapping",
    "w:doNotIncludeSubdocsInStats",
    "w:doNotAutoCompressPictures",
    "w:forceUpgrade",
    "w:captions",
    "w:readModeInkLockDown",
    "w:smartTagType",
    "sl:schemaLibrary",
    "w:shapeDefaults",
    "w:doNotEmbedSmartTags",
    "w:decimalSymbol",
    "w:listSeparator",
)


def _insert_before(parent: Element, element: Element, successors: Iterable[str]) -> None:
    for tag in successors:
        found = parent.find(qn(tag))
        if found is not None:
            found.addprevious(element)
            return
    parent.append(element)


def update_fields_on_open(settings: Element) -> None:
    """``w:updateFields``: Word refreshes the TOC and page fields when it opens the file."""
    if settings.find(qn("w:updateFields")) is not None:
        return
    element = new(settings, "w:updateFields")
    set_attr(element, "w:val", "true")
    _insert_before(settings, element, _SETTINGS_AFTER_UPDATE_FIELDS)


def set_theme_language(settings: Element, tag: str) -> None:
    found = settings.find(qn("w:themeFontLang"))
    if found is None:
        found = new(settings, "w:themeFontLang")
        _insert_before(settings, found, _SETTINGS_AFTER_UPDATE_FIELDS[9:])
    set_attr(found, "w:val", tag)


def set_default_language(styles: Element, tag: str) -> None:
    """``w:lang`` on the document defaults (``styles.xml`` ``w:rPrDefault``)."""
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = new(styles, "w:docDefaults")
        styles.insert(0, defaults)
    rpr_default = defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        rpr_default = new(styles, "w:rPrDefault")
        defaults.insert(0, rpr_default)
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        rpr = child(rpr_default, "w:rPr")
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = child(rpr, "w:lang")
    set_attr(lang, "w:val", tag)
