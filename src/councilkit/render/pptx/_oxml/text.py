"""Runs added to a python-pptx paragraph element (the speaker notes), as python-pptx's
runs are, and the text body of a shape found or added as its text frame adds it."""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import Any

from pptx.oxml.xmlchemy import OxmlElement

from councilkit.render.pptx._oxml.names import (
    BODY_PR,
    END,
    PML,
    R_ID,
    RPR,
    SOLID,
    SRGB,
    A,
    P,
    T,
    clone,
    insert_before,
    sub_element,
)
from councilkit.render.pptx._pml.text import control_characters_coded

_CONTENT = frozenset(A + t for t in ("r", "br", "fld"))
_LATIN, _HLINK = A + "latin", A + "hlinkClick"
_TX_BODY = PML + "txBody"
_TX_BODY_AFTER = frozenset((PML + "extLst",))


def get_or_add_text_body(shape: Any) -> Any:
    """The ``p:txBody`` of the ``p:sp`` element ``shape``, added as python-pptx's text
    frame adds it when there is none: a body, its properties and one paragraph."""
    body = shape.find(_TX_BODY)
    if body is None:
        body = shape.makeelement(_TX_BODY)
        sub_element(body, BODY_PR)
        sub_element(body, P)
        insert_before(shape, body, _TX_BODY_AFTER)
    return body


def clear_text(body: Any) -> Any:
    """Empty the text body ``body`` but for its first paragraph's properties, as
    python-pptx's ``TextFrame.clear()`` does. Returns the first ``a:p``."""
    paragraphs = body.findall(P)
    for extra in paragraphs[1:]:
        body.remove(extra)
    first = paragraphs[0]
    for child in list(first):
        if child.tag in _CONTENT:
            first.remove(child)
    return first


def add_runs(
    p: Any,
    runs: Sequence[tuple[str, bool, bool, str | None, str]],
    *,
    size: str | None,
    color: str | None,
    relate: Callable[[str], str],
    typeface: str | None = None,
) -> None:
    """Append runs to the ``a:p`` ``p``, before its paragraph end: each is (text, bold,
    italic, link address, language tag), at ``size`` (centipoints) and in ``color``;
    ``relate`` gives the relationship id of a link address."""
    end = p.find(END)
    for text, bold, italic, href, lang in runs:
        if href:
            r = _new_run(size, bold, italic, lang, color, typeface)
            rpr = r[0]
            sub_element(rpr, _HLINK).set(R_ID, relate(href))
        else:  # a copy of a run built once
            r = clone(_new_run_cached(size, bold, italic, lang, color, typeface))
        r[-1].text = control_characters_coded(text)
        if end is None:
            p.append(r)
        else:
            end.addprevious(r)


def _new_run(
    size: str | None, bold: bool, italic: bool, lang: str, color: str | None, typeface: str | None
) -> Any:
    """An ``a:r`` with its properties and an empty ``a:t``, as :func:`add_runs` makes it."""
    r = OxmlElement("a:r")
    rpr = sub_element(r, RPR)
    if size is not None:
        rpr.set("sz", size)
    if bold:
        rpr.set("b", "1")
    if italic:
        rpr.set("i", "1")
    rpr.set("lang", lang)
    if color is not None:
        sub_element(sub_element(rpr, SOLID), SRGB, val=color)
    if typeface is not None:
        sub_element(rpr, _LATIN, typeface=typeface)
    sub_element(r, T)
    return r


_new_run_cached = functools.lru_cache(maxsize=1024)(_new_run)
""":func:`_new_run` built once for each set of values; never changed: only copies go
into slides."""
