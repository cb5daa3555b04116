"""Text body properties copied from ones built once (:func:`_oxml.reset_frame`): the same
as setting them one by one, and never shared between shapes."""

from __future__ import annotations

from typing import Any

import pytest
from lxml import etree
from pptx.oxml import parse_xml

from councilkit.render.pptx import _oxml
from councilkit.render.pptx._oxml import text

A = "http://schemas.openxmlformats.org/drawingml/2006/main"
BODIES = [
    "<a:bodyPr/>",
    '<a:bodyPr wrap="none"><a:spAutoFit/></a:bodyPr>',
    '<a:bodyPr rtlCol="0" anchor="ctr"/>',
    '<a:bodyPr lIns="0"><a:normAutofit/></a:bodyPr>',
    '<a:bodyPr vert="vert"><a:prstTxWarp prst="textNoShape"/></a:bodyPr>',  # not copied
]


def body(properties: str) -> Any:
    return parse_xml(
        f'<p:txBody xmlns:a="{A}" '
        'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main">'
        f"{properties}<a:lstStyle/><a:p><a:r><a:t>old</a:t></a:r></a:p></p:txBody>"
    )


@pytest.mark.parametrize("properties", BODIES)
@pytest.mark.parametrize("anchor", [None, "t", "ctr"])
def test_copied_properties_are_those_set_one_by_one(properties: str, anchor: str | None) -> None:
    slow = body(properties)
    text.clear_text(slow)
    text._reset(slow.find(f"{{{A}}}bodyPr"), inset_x=73152, inset_y=45720, anchor=anchor)
    fast = body(properties)
    first = _oxml.reset_frame(fast, inset_x=73152, inset_y=45720, anchor=anchor)
    assert first is fast.find(f"{{{A}}}p") and len(first) == 0
    assert etree.tostring(fast) == etree.tostring(slow)


def test_two_frames_never_share_their_properties() -> None:
    one, two = body("<a:bodyPr/>"), body("<a:bodyPr/>")
    for made in (one, two):
        _oxml.reset_frame(made, inset_x=1, inset_y=2, anchor="t")
    props = one.find(f"{{{A}}}bodyPr")
    assert props is not two.find(f"{{{A}}}bodyPr")
    props.set("anchor", "b")
    three = body("<a:bodyPr/>")
    _oxml.reset_frame(three, inset_x=1, inset_y=2, anchor="t")
    assert three.find(f"{{{A}}}bodyPr").get("anchor") == "t"
    assert two.find(f"{{{A}}}bodyPr").get("anchor") == "t"
