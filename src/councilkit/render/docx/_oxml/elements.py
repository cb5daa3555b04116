"""The element type, the tag names used most, and making elements: a ``w:`` child
appended with lxml (much faster than python-docx's ``OxmlElement``), a new unattached
element, and a block placed before a body's final ``w:sectPr``."""

from __future__ import annotations

import functools
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
