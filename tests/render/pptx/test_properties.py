"""A deck's core properties written from its template's pattern are what python-pptx's
property setters write, for every template (one without core properties too) and any text;
values python-pptx refuses are still refused by python-pptx."""

from __future__ import annotations

import datetime
import io
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.opc.constants import RELATIONSHIP_TYPE as RT

from councilkit.package import finish_parts
from councilkit.render.pptx.properties import PROPERTIES, core_properties, set_core_properties
from councilkit.render.pptx.template import Template

REPO = Path(__file__).resolve().parents[3]
TEMPLATES = {
    "default": REPO / "layouts/default/reference.pptx",
    **{
        name: REPO / f"tests/fixtures/templates/{name}/reference.pptx"
        for name in ("libreoffice", "python-default", "word-saved")
    },
}
STAMP = datetime.datetime(2016, 9, 14, 12, 30, tzinfo=datetime.UTC)
CORE = "docProps/core.xml"


def without_core(path: Path) -> bytes:
    """The template at ``path`` saved without its core properties part."""
    presentation = Presentation(str(path))
    package = presentation.part.package
    (rid,) = [r for r, rel in package._rels.items() if rel.reltype == RT.CORE_PROPERTIES]
    package._rels.pop(rid)
    out = io.BytesIO()
    presentation.save(out)
    return out.getvalue()


def templates() -> list[tuple[str, bytes]]:
    found = [(name, path.read_bytes()) for name, path in TEMPLATES.items()]
    return [*found, ("no-core", without_core(TEMPLATES["default"]))]


def values(text: str) -> dict[str, str]:
    return {name: f"{text} {index}" if index % 3 else "" for index, name in enumerate(PROPERTIES)}


def finished(content: bytes) -> bytes:
    ((_, done),) = finish_parts([(CORE, content)], STAMP)
    assert isinstance(done, bytes)
    return done


@pytest.mark.parametrize(
    ("name", "data"), templates(), ids=lambda v: v if isinstance(v, str) else ""
)
@pytest.mark.parametrize(
    "text", ["Plain", "Tom & Jerry <b> \"quoted\" 'it'", "ligne\r\nsuivante\ttab", "Équipe ✓ 𝄞"]
)
def test_the_pattern_gives_what_python_pptx_writes(name: str, data: bytes, text: str) -> None:
    template = Template(data)
    for _ in range(2):  # the pattern made for the first deck, then taken from the memo
        deck = template.open()
        fast = core_properties(deck, template, values(text), STAMP)
        assert fast is not None
        set_core_properties(deck.core_properties, values(text), STAMP)
        assert finished(fast) == finished(deck.core_properties.blob)
    assert "core properties" in template.values


@pytest.mark.parametrize(
    ("value", "message"),
    [("x" * 256, "exceeded 255 char limit"), ("bell \x07", "XML compatible")],
)
def test_values_python_pptx_refuses_are_refused_by_it(value: str, message: str) -> None:
    template = Template(TEMPLATES["default"].read_bytes())
    deck = template.open()
    with pytest.raises(ValueError, match=message):
        core_properties(deck, template, {**values("Plain"), "title": value}, STAMP)
    assert "core properties" not in template.values


def test_a_value_of_255_characters_is_written_from_the_pattern() -> None:
    template = Template(TEMPLATES["default"].read_bytes())
    deck = template.open()
    core = core_properties(deck, template, {**values("Plain"), "title": "é" * 255}, STAMP)
    assert core is not None and ("<dc:title>" + "é" * 255 + "</dc:title>").encode() in core
