"""Moving a shape directly (:func:`_oxml.set_box`) gives the XML python-pptx's position
and size setters give: with or without a transform, before its geometry and fill."""

from __future__ import annotations

import pytest
from lxml import etree
from pptx.oxml import parse_xml
from pptx.shapes.autoshape import Shape

from councilkit.render.pptx import _oxml

NS = (
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"'
)
PROPERTIES = [
    "<p:spPr/>",
    '<p:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/></p:spPr>',
    '<p:spPr><a:xfrm><a:ext cx="1" cy="2"/></a:xfrm><a:prstGeom prst="rect"/></p:spPr>',
    '<p:spPr><a:xfrm rot="60000"><a:off x="5" y="6"/><a:ext cx="1" cy="2"/></a:xfrm></p:spPr>',
]


def shape(properties: str) -> object:
    return parse_xml(
        f'<p:sp {NS}><p:nvSpPr><p:cNvPr id="2" name="Body"/><p:cNvSpPr/><p:nvPr/>'
        f"</p:nvSpPr>{properties}</p:sp>"
    )


@pytest.mark.parametrize("properties", PROPERTIES)
def test_a_box_set_directly_is_the_box_python_pptx_sets(properties: str) -> None:
    theirs = shape(properties)
    proxy = Shape(theirs, None)
    proxy.left, proxy.top = 914400, 457200
    proxy.width, proxy.height = 3000000, 12700
    ours = shape(properties)
    _oxml.set_box(ours, (914400, 457200, 3000000, 12700))
    assert etree.tostring(ours) == etree.tostring(theirs)
    assert b'x="914400"' in etree.tostring(ours)
