"""Each deck draws on its own copy of the template as python-pptx first read it: a copy
holds the same parts as a fresh read, and drawing on one copy changes neither the next
copy nor what they are copied from."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from pptx import Presentation

from councilkit.render.pptx import _oxml
from councilkit.render.pptx._pml.part import open_slide
from councilkit.render.pptx.template import Template

REPO = Path(__file__).resolve().parents[3]
TEMPLATES = [
    REPO / "layouts/default/reference.pptx",
    REPO / "tests/fixtures/templates/libreoffice/reference.pptx",
    REPO / "tests/fixtures/templates/word-saved/reference.pptx",
]


def parts(presentation: Any) -> dict[str, bytes]:
    package = presentation.part.package
    found = {str(p.partname): p.blob for p in package.iter_parts()}
    found.update({f"{p.partname} rels": p.rels.xml for p in package.iter_parts()})
    return found


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: p.parent.name)
def test_a_copy_is_the_template_as_read_and_drawing_on_it_changes_no_other(path: Path) -> None:
    template = Template(path.read_bytes())
    fresh = parts(Presentation(io.BytesIO(template.data)))
    drawn = template.open()
    assert parts(drawn) == fresh
    _oxml.number_placeholders(drawn)
    _oxml.remove_all_slides(drawn)
    layout = drawn.slide_layouts[0]
    open_slide(drawn, layout).shapes.add_textbox(0, 0, 10, 10)
    assert parts(drawn) != fresh
    again = template.open()
    assert again is not drawn and again.part is not drawn.part
    assert parts(again) == fresh
    assert parts(template.opened[0]) == fresh
