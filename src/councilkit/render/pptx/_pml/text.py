"""Text bodies (``p:txBody``, ``a:txBody``) as XML text: body properties, paragraph
properties, runs and paragraph ends, in the order and with the attributes python-pptx's
text frame setters give them, every run and paragraph end with its language."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable

from councilkit import xml_escape

BodyStart = tuple[tuple[tuple[str, str], ...], bool]
"""A text body as its shape is made, before it is written: the attributes of its
``a:bodyPr`` and whether it has an ``a:lstStyle``."""

TEXT_BOX: BodyStart = ((("wrap", "none"),), True)
AUTO_SHAPE: BodyStart = ((("rtlCol", "0"), ("anchor", "ctr")), True)
TEXT_PLACEHOLDER: BodyStart = ((), True)
"""A title, body or table cell: an empty ``a:bodyPr`` and a list style."""
OTHER_PLACEHOLDER: BodyStart = ((), False)
"""A placeholder python-pptx gives no text body (footer, date, slide number...): the
body its text frame adds."""

_DEFAULT_INSETS = (("lIns", 91440), ("rIns", 91440), ("tIns", 45720), ("bIns", 45720))
_CTRL = re.compile(r"[\x00-\x08\x0B-\x1F]")

RunSpec = tuple[str, bool, bool, str | None, str]
"""A run: text, bold, italic, link address (or None) and language tag."""


def control_characters_coded(text: str) -> str:
    """``text`` with its control characters written as ``_xHHHH_``, as python-pptx
    writes them (the one place for it: runs written as text and as elements alike)."""
    if _CTRL.search(text) is None:
        return text
    return _CTRL.sub(lambda m: f"_x{ord(m.group(0)):04X}_", text)


def text_content(text: str) -> str:
    """``text`` as the content of an ``a:t``: control characters coded as python-pptx
    codes them, then escaped."""
    return xml_escape.text(control_characters_coded(text))


@functools.lru_cache(maxsize=64)
def body_properties(start: BodyStart, inset_x: int, inset_y: int, anchor: str | None) -> str:
    """The ``a:bodyPr`` (and list style) of a body made as ``start`` once written: word
    wrap, no auto-fit, the inner margins (EMU) and ``anchor`` (None: as the layout says)."""
    attributes = dict(start[0])
    attributes["wrap"] = "square"
    for (name, default), value in zip(
        _DEFAULT_INSETS, (inset_x, inset_x, inset_y, inset_y), strict=True
    ):
        if value == default:
            attributes.pop(name, None)
        else:
            attributes[name] = str(value)
    if anchor is not None:
        attributes["anchor"] = anchor
    listed = "".join(f' {name}="{value}"' for name, value in attributes.items())
    return f"<a:bodyPr{listed}><a:noAutofit/></a:bodyPr>" + ("<a:lstStyle/>" if start[1] else "")


def empty_body(start: BodyStart, lang: str, *, first: str = "") -> str:
    """The text body of a shape made as ``start`` and never written: one paragraph (with
    ``first`` in it, its properties) ended in ``lang``."""
    attributes = "".join(f' {name}="{value}"' for name, value in start[0])
    style = "<a:lstStyle/>" if start[1] else ""
    return f'<a:bodyPr{attributes}/>{style}<a:p>{first}<a:endParaRPr lang="{lang}"/></a:p>'


@functools.lru_cache(maxsize=1024)
def paragraph_properties(
    align: str, before: int, margin: int, indent: int, marker: str, number: int, color: str | None
) -> str:
    """The ``a:pPr`` of a paragraph: alignment, single line spacing, ``before``
    centipoints above and none below, a left ``margin`` and first-line ``indent`` (EMU),
    and a marker: ``"bullet"``, ``"number"`` (1. 2. 3., starting at ``number``) or
    ``"none"``, in ``color`` (None: the text's)."""
    parts = [
        f'<a:pPr algn="{align}" marL="{margin}" indent="{indent}">'
        '<a:lnSpc><a:spcPct val="100000"/></a:lnSpc>'
        f'<a:spcBef><a:spcPts val="{before}"/></a:spcBef>'
        '<a:spcAft><a:spcPts val="0"/></a:spcAft>'
    ]
    if marker == "none":
        parts.append("<a:buNone/>")
    else:
        if color is not None:
            parts.append(f'<a:buClr><a:srgbClr val="{color}"/></a:buClr>')
        if marker == "bullet":
            parts.append('<a:buFont typeface="Arial"/><a:buChar char="•"/>')
        else:
            start = "" if number == 1 else f' startAt="{number}"'
            parts.append(f'<a:buFont typeface="+mj-lt"/><a:buAutoNum type="arabicPeriod"{start}/>')
    parts.append("</a:pPr>")
    return "".join(parts)


@functools.lru_cache(maxsize=1024)
def _run_properties(
    size: str | None, bold: bool, italic: bool, lang: str, color: str | None, typeface: str | None
) -> tuple[str, str]:
    """A run's opening up to its text (its properties closed), and the same opening with
    its properties left open for a link."""
    attributes = (
        ("" if size is None else f' sz="{size}"')
        + (' b="1"' if bold else "")
        + (' i="1"' if italic else "")
        + f' lang="{lang}"'
    )
    fill = "" if color is None else f'<a:solidFill><a:srgbClr val="{color}"/></a:solidFill>'
    children = fill + ("" if typeface is None else f'<a:latin typeface="{typeface}"/>')
    opened = f"<a:r><a:rPr{attributes}>{children}"
    closed = f"{opened}</a:rPr><a:t>" if children else f"<a:r><a:rPr{attributes}/><a:t>"
    return closed, opened


def runs(
    specs: Iterable[RunSpec],
    *,
    size: str | None,
    color: str | None,
    relate: Callable[[str], str],
    typeface: str | None = None,
) -> str:
    """Runs, each (text, bold, italic, link address, language tag), at ``size``
    (centipoints), in ``color`` and ``typeface`` (None: as the layout says); ``relate``
    gives the relationship id of a link address."""
    parts: list[str] = []
    for text, bold, italic, href, lang in specs:
        closed, opened = _run_properties(size, bold, italic, lang, color, typeface)
        if href:
            link = f'<a:hlinkClick r:id="{xml_escape.attribute(relate(href))}"/>'
            parts.append(f"{opened}{link}</a:rPr><a:t>{text_content(text)}</a:t></a:r>")
        else:
            parts.append(f"{closed}{text_content(text)}</a:t></a:r>")
    return "".join(parts)
