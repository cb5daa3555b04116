"""Each deck draws on its own copy of the template as python-pptx first read it (its
layouts' placeholders numbered): a copy holds the same parts as a fresh read, shares with
the others only the parts no deck changes, and drawing on one copy changes neither the next
copy nor what they are copied from."""

from __future__ import annotations

import io
import zlib
from pathlib import Path
from typing import Any

import pytest
from pptx import Presentation

from councilkit.model import Language
from councilkit.render.pptx import _oxml
from councilkit.render.pptx import template as template_module
from councilkit.render.pptx._pml.part import open_slide
from councilkit.render.pptx.template import Template
from councilkit.zipping import Deflated

from .conftest import EXAMPLE_DECKS, render_deck

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
    read = Presentation(io.BytesIO(template.data))
    _oxml.number_placeholders(read)
    fresh = parts(read)
    drawn = template.open()
    assert parts(drawn) == fresh
    _oxml.remove_all_slides(drawn)
    layout = drawn.slide_layouts[0]
    open_slide(drawn, layout).shapes.add_textbox(0, 0, 10, 10)
    drawn.core_properties.title = "Drawn"
    assert parts(drawn) != fresh
    again = template.open()
    assert again is not drawn and again.part is not drawn.part
    assert parts(again) == fresh
    assert parts(template.opened[0]) == fresh


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: p.parent.name)
def test_copies_share_the_parts_no_deck_changes_and_only_those(path: Path) -> None:
    template = Template(path.read_bytes())
    first, second = template.open(), template.open()
    own = {"/ppt/presentation.xml", "/docProps/core.xml"}
    names = {str(part.partname): part for part in first.part.package.iter_parts()}
    assert own <= set(names)
    for part in second.part.package.iter_parts():
        name = str(part.partname)
        assert (part is names[name]) == (name not in own), name
        assert (template.kept_part(part) is None) == (name in own), name


def test_drawing_decks_changes_none_of_the_parts_they_share(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(template_module, "_TEMPLATES", {})
    monkeypatch.setattr(template_module, "is_racy", lambda stat: False)
    for folder in (None, *(path.parent for path in TEMPLATES[1:])):
        for group, deck in EXAMPLE_DECKS.values():
            for language in Language:
                rendered = render_deck(REPO / "content", group, deck, language, layout_dir=folder)
                assert rendered.packaged
    assert len(template_module._TEMPLATES) == 3
    for used in template_module._TEMPLATES.values():
        read = Presentation(io.BytesIO(used.data))
        _oxml.number_placeholders(read)
        fresh = parts(read)
        assert used.kept
        for part_id, kept in used.kept.items():
            part = used.shared[part_id]
            name = str(part.partname)
            assert part.blob == fresh[name] == inflated(kept.content), name
            if kept.rels is not None:
                assert part.rels.xml == fresh[f"{name} rels"] == inflated(kept.rels[1]), name


def inflated(content: Deflated) -> bytes:
    return zlib.decompress(content.stream, -15)
