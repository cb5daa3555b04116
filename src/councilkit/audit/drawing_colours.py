"""DrawingML colours as PowerPoint shows them: a colour element (``a:srgbClr``,
``a:schemeClr``, ``a:sysClr``, ``a:prstClr``, ``a:scrgbClr``, ``a:hslClr``) and its
transforms (``lumMod``, ``lumOff``, ``tint``, ``shade``…) turned into ``RRGGBB``.

A scheme colour is looked up in the theme's colour scheme, through the colour map of the
slide, layout or master (``tx1`` is ``dk1`` unless the map says otherwise). Tints and shades
are computed in linear RGB and luminance changes in HSL, as Office (and LibreOffice, which
copies it) does. Transparency is left out: text is read against what is behind it.
"""

from __future__ import annotations

import colorsys
import re
from collections.abc import Mapping

from lxml import etree

from councilkit.audit.contrast import linear
from councilkit.audit.office import NS

_A = f"{{{NS['a']}}}"
_HEX = re.compile(r"^[0-9A-Fa-f]{6}$")
COLOUR_TAGS = frozenset(
    f"{_A}{tag}" for tag in ("srgbClr", "schemeClr", "sysClr", "prstClr", "scrgbClr", "hslClr")
)
"""The elements that give a colour."""

DEFAULT_MAP = {
    "bg1": "lt1", "tx1": "dk1", "bg2": "lt2", "tx2": "dk2",
    **{f"accent{i}": f"accent{i}" for i in range(1, 7)},
    "hlink": "hlink", "folHlink": "folHlink",
}  # fmt: skip
"""The colour map of a master that says nothing else (dark text on light)."""

_PRESETS = {"black": "000000", "white": "FFFFFF", "red": "FF0000", "green": "008000",
            "blue": "0000FF", "yellow": "FFFF00", "gray": "808080", "grey": "808080",
            "darkGray": "A9A9A9", "lightGray": "D3D3D3", "navy": "000080"}  # fmt: skip
"""The preset colours councilkit has met (``a:prstClr``); others are not known."""


def scheme_of(theme: etree._Element | None) -> dict[str, str]:
    """A theme's colour scheme: ``dk1``, ``lt1``, ``accent1``… as ``RRGGBB``."""
    colours: dict[str, str] = {}
    if theme is None:
        return colours
    for slot in theme.xpath("a:themeElements/a:clrScheme/*", namespaces=NS):
        value = slot.xpath("a:srgbClr/@val | a:sysClr/@lastClr", namespaces=NS)
        if value and _HEX.match(str(value[0])):
            colours[etree.QName(slot).localname] = str(value[0]).upper()
    return colours


def colour_map(element: etree._Element | None, base: Mapping[str, str]) -> dict[str, str]:
    """The colour map an element's ``p:clrMap`` or ``a:overrideClrMapping`` gives (``base``
    when it has none)."""
    mapping = dict(base)
    if element is not None:
        mapping.update({k: str(v) for k, v in element.attrib.items() if "}" not in k})
    return mapping


class Palette:
    """Turns colour elements into ``RRGGBB`` with one theme and one colour map;
    ``placeholder`` is what ``phClr`` means where the element is (a style's colour)."""

    def __init__(self, scheme: Mapping[str, str], mapping: Mapping[str, str]) -> None:
        self.scheme = scheme
        self.mapping = mapping

    def slot(self, name: str) -> str | None:
        """A scheme colour by name (``tx1``, ``accent2``, ``dk1``…)."""
        return self.scheme.get(self.mapping.get(name, name))

    def of(self, element: etree._Element, placeholder: str | None = None) -> str | None:
        """The colour an element (or the first colour element in it) gives, transforms
        applied; None when it cannot be known."""
        if element.tag not in COLOUR_TAGS:
            found = [child for child in element if child.tag in COLOUR_TAGS]
            if not found:
                return None
            element = found[0]
        base = self._base(element, placeholder)
        return None if base is None else transformed(base, element)

    def _base(self, element: etree._Element, placeholder: str | None) -> str | None:
        name = etree.QName(element).localname
        value = str(element.get("val", ""))
        if name == "srgbClr":
            return value.upper() if _HEX.match(value) else None
        if name == "schemeClr":
            return placeholder if value == "phClr" else self.slot(value)
        if name == "sysClr":
            last = str(element.get("lastClr", ""))
            return last.upper() if _HEX.match(last) else {"windowText": "000000"}.get(value)
        if name == "prstClr":
            return _PRESETS.get(value)
        if name == "scrgbClr":
            channels = [number(element.get(k), 0) / 100000 for k in ("r", "g", "b")]
            return _hex([_gamma(c) for c in channels])
        if name == "hslClr":
            hue = number(element.get("hue"), 0) / 21600000
            sat, lum = (number(element.get(k), 0) / 100000 for k in ("sat", "lum"))
            return _hex(list(colorsys.hls_to_rgb(hue, lum, sat)))
        return None


def transformed(hex_colour: str, element: etree._Element) -> str:
    """``hex_colour`` with the transforms under ``element`` applied in their order."""
    rgb = [int(hex_colour[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    for change in element:
        name = etree.QName(change).localname
        amount = number(change.get("val"), 100000) / 100000
        if name in ("tint", "shade"):
            linear_rgb = [linear(c) for c in rgb]
            if name == "tint":
                linear_rgb = [1 - (1 - c) * amount for c in linear_rgb]
            else:
                linear_rgb = [c * amount for c in linear_rgb]
            rgb = [_gamma(c) for c in linear_rgb]
        elif name in ("lumMod", "lumOff", "satMod"):
            hue, lum, sat = colorsys.rgb_to_hls(*rgb)
            if name == "lumMod":
                lum *= amount
            elif name == "lumOff":
                lum += amount
            else:
                sat *= amount
            rgb = list(colorsys.hls_to_rgb(hue, _clamp(lum), _clamp(sat)))
        elif name == "inv":
            rgb = [1 - c for c in rgb]
        elif name == "gray":
            grey = 0.3 * rgb[0] + 0.59 * rgb[1] + 0.11 * rgb[2]
            rgb = [grey, grey, grey]
    return _hex(rgb)


def number(text: str | None, default: int) -> int:
    """An integer attribute of a file whoever wrote it: ``default`` when missing or not a
    number."""
    try:
        return int(text) if text is not None else default
    except ValueError:
        return default


def _gamma(channel: float) -> float:
    """A linear channel back to sRGB (the inverse of :func:`.contrast.linear`)."""
    channel = _clamp(channel)
    return channel * 12.92 if channel <= 0.0031308 else 1.055 * channel ** (1 / 2.4) - 0.055


def _clamp(value: float) -> float:
    return min(1.0, max(0.0, value))


def _hex(rgb: list[float]) -> str:
    return "".join(f"{round(_clamp(c) * 255):02X}" for c in rgb)
