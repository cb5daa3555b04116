"""Runs and hyperlinks written directly (faster than python-docx's proxies and able to carry
a language), tabs and bookmarks."""

from __future__ import annotations

from docx.oxml.ns import qn

from councilkit.render.docx._oxml.elements import (
    _B,
    _BCS,
    _I,
    _ICS,
    _LANG,
    _R,
    _RPR,
    _RSTYLE,
    _T,
    _VAL,
    _XML_SPACE,
    Element,
    _qn,
    _sub_element,
    child,
    new,
    set_attr,
)


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
