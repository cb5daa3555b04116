"""The draft label covers nothing: on the default layout and on two foreign templates, its
box meets neither the title nor the body of any slide."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from councilkit.model import Language

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures/templates"


def overlaps(a: Any, b: Any) -> bool:
    return (
        a.left < b.left + b.width
        and b.left < a.left + a.width
        and a.top < b.top + b.height
        and b.top < a.top + a.height
    )


@pytest.mark.parametrize("template", ["default", "python-default", "libreoffice"])
def test_the_draft_label_covers_neither_title_nor_body(template: str, reader: Any) -> None:
    folder = reader.repo / "layouts/default" if template == "default" else FIXTURES / template
    rendered = reader.example(Language.EN, folder)
    assert [d.format() for d in rendered.diagnostics if d.is_error] == []
    deck = reader.open(rendered.data)
    for number, slide in enumerate(deck.slides, start=1):
        (label,) = [s for s in slide.shapes if s.name == "Draft label"]
        assert label.top >= 0 and label.top + label.height <= deck.slide_height
        for shape in slide.placeholders:
            if shape.placeholder_format.idx in (0, 1, 4) and shape.has_text_frame:
                assert not overlaps(label, shape), (number, shape.name)
