"""Text frames built directly: python-pptx's setters look up children by xpath and
convert names on every call. Elements and attributes come out in the order its setters
give them (paragraph spacing, then the list marker after it): the output is byte for byte
the same."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from typing import Any

from pptx.oxml.xmlchemy import OxmlElement

from councilkit.render.pptx._oxml.names import (
    BODY_PR,
    END,
    PML,
    PPR,
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

_NO_AUTOFIT = A + "noAutofit"
_AUTOFITS = frozenset(A + t for t in ("noAutofit", "normAutofit", "spAutoFit"))
_AUTOFIT_AFTER = frozenset(A + t for t in ("scene3d", "sp3d", "flatTx", "extLst"))
_CONTENT = frozenset(A + t for t in ("r", "br", "fld"))
_SPACING = (A + "lnSpc", A + "spcBef", A + "spcAft")
_BULLETS = ("buClrTx", "buClr", "buSzTx", "buSzPct", "buSzPts", "buFontTx", "buFont", "buNone")
_PPR_SET = frozenset((*_SPACING, *(A + t for t in (*_BULLETS, "buAutoNum", "buChar", "buBlip"))))
_PPR_AFTER = frozenset(A + t for t in ("tabLst", "defRPr", "extLst"))
_LATIN, _HLINK = A + "latin", A + "hlinkClick"
_TX_BODY = PML + "txBody"
_TX_BODY_AFTER = frozenset((PML + "extLst",))
_CTRL = re.compile(r"[\x00-\x08\x0B-\x1F]")


def _escape(text: str) -> str:
    """``text`` with control characters written as ``_xHHHH_``, as python-pptx does."""
    return _CTRL.sub(lambda m: f"_x{ord(m.group(0)):04X}_", text)


def text_body(frame: Any) -> Any:
    """The ``p:txBody`` (or ``a:txBody``) of the python-pptx text frame ``frame``."""
    return frame._txBody


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


def first_paragraph(shape: Any) -> Any:
    """The first ``a:p`` of the ``p:sp`` element ``shape``."""
    return get_or_add_text_body(shape).find(P)


def set_alignment(p: Any, align: str) -> None:
    """Align the ``a:p`` ``p`` (``l``, ``ctr``, ``r``…), as python-pptx's
    ``paragraph.alignment`` does."""
    ppr = p.find(PPR)
    if ppr is None:  # its properties come first
        ppr = p.makeelement(PPR)
        p.insert(0, ppr)
    ppr.set("algn", align)


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


def reset_frame(body: Any, *, inset_x: int, inset_y: int, anchor: str | None) -> Any:
    """Empty the text body ``body`` but for its first paragraph's properties, and set
    word wrap, no auto-fit, the inner margins (EMU) and ``anchor`` (``t``, ``ctr``, ``b``;
    None: unchanged), as python-pptx's text frame setters do. Returns the first ``a:p``."""
    first = clear_text(body)
    props = body.find(BODY_PR)
    children = tuple(child.tag for child in props)
    if _AUTOFITS.issuperset(children):  # what it becomes depends on nothing else: copied
        key = (tuple(props.items()), children, inset_x, inset_y, anchor)
        body.replace(props, clone(_reset_properties(key, props)))
        return first
    _reset(props, inset_x=inset_x, inset_y=inset_y, anchor=anchor)
    return first


_RESET_MEMO: dict[tuple[Any, ...], Any] = {}
"""Text body properties as :func:`reset_frame` leaves them, by what they were and its
arguments; never changed: only copies go into slides."""


def _reset_properties(key: tuple[Any, ...], props: Any) -> Any:
    """The ``a:bodyPr`` :func:`reset_frame` makes of ``props`` (described by ``key``)."""
    found = _RESET_MEMO.get(key)
    if found is None:
        if len(_RESET_MEMO) >= 256:
            _RESET_MEMO.clear()
        found = _RESET_MEMO[key] = clone(props)
        _reset(found, inset_x=key[2], inset_y=key[3], anchor=key[4])
    return found


def _reset(props: Any, *, inset_x: int, inset_y: int, anchor: str | None) -> None:
    """Word wrap, no auto-fit, inner margins and ``anchor`` on the ``a:bodyPr`` ``props``."""
    props.set("wrap", "square")
    for child in list(props):
        if child.tag in _AUTOFITS:
            props.remove(child)
    autofit = props.makeelement(_NO_AUTOFIT)
    insert_before(props, autofit, _AUTOFIT_AFTER)
    for name, value, default in (
        ("lIns", inset_x, 91440),
        ("rIns", inset_x, 91440),
        ("tIns", inset_y, 45720),
        ("bIns", inset_y, 45720),
    ):
        if value == default:
            props.attrib.pop(name, None)
        else:
            props.set(name, str(value))
    if anchor is not None:
        props.set("anchor", anchor)


def add_paragraph(body: Any) -> Any:
    """A new empty ``a:p`` at the end of the text body ``body``."""
    return sub_element(body, P)


def set_paragraph(
    p: Any,
    *,
    align: str,
    before: int,
    margin: int,
    indent: int,
    marker: str,
    number: int = 1,
    color: str | None = None,
) -> None:
    """Set the properties of the ``a:p`` ``p``: alignment, single line spacing, ``before``
    centipoints above and none below, a left ``margin`` and first-line ``indent`` (EMU),
    and a marker: ``"bullet"``, ``"number"`` (1. 2. 3., starting at ``number``) or
    ``"none"``, in ``color`` (None: the text's)."""
    ppr = p.find(PPR)
    if ppr is None or (len(ppr) == 0 and ppr.keys() in ([], ["algn"])):
        # a new paragraph (or one only aligned): a copy of properties built once, which
        # is what setting them one by one gives
        made = clone(_new_properties(align, before, margin, indent, marker, number, color))
        if ppr is None:
            p.insert(0, made)
        else:
            p.replace(ppr, made)
        return
    ppr.set("algn", align)
    ppr.set("marL", str(margin))
    ppr.set("indent", str(indent))
    for child in list(ppr):
        if child.tag in _PPR_SET:
            ppr.remove(child)
    for child in _property_children(ppr, before, marker, number, color):
        insert_before(ppr, child, _PPR_AFTER)


@functools.lru_cache(maxsize=1024)
def _new_properties(
    align: str, before: int, margin: int, indent: int, marker: str, number: int, color: str | None
) -> Any:
    """The ``a:pPr`` :func:`set_paragraph` gives a new paragraph, built once for each
    set of values (copying it is several times faster than building it). Never changed:
    only copies go into slides."""
    ppr = OxmlElement("a:pPr")
    ppr.set("algn", align)
    ppr.set("marL", str(margin))
    ppr.set("indent", str(indent))
    ppr.extend(_property_children(ppr, before, marker, number, color))
    return ppr


def _property_children(
    ppr: Any, before: int, marker: str, number: int, color: str | None
) -> list[Any]:
    """Line spacing, space before and after, and the list marker of :func:`set_paragraph`,
    in the order python-pptx's setters give them."""
    children: list[Any] = []
    for tag, kind, value in zip(
        _SPACING, ("spcPct", "spcPts", "spcPts"), ("100000", str(before), "0"), strict=True
    ):
        spacing = ppr.makeelement(tag)
        sub_element(spacing, A + kind, val=value)
        children.append(spacing)
    if marker == "none":
        children.append(ppr.makeelement(A + "buNone"))
    else:
        if color is not None:
            clr = ppr.makeelement(A + "buClr")
            sub_element(clr, SRGB, val=color)
            children.append(clr)
        if marker == "bullet":
            children.append(ppr.makeelement(A + "buFont", typeface="Arial"))
            children.append(ppr.makeelement(A + "buChar", char="•"))
        else:
            children.append(ppr.makeelement(A + "buFont", typeface="+mj-lt"))
            auto = ppr.makeelement(A + "buAutoNum", type="arabicPeriod")
            if number != 1:
                auto.set("startAt", str(number))
            children.append(auto)
    return children


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
        r[-1].text = _escape(text)
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
