"""The fast paths of the deck renderer write the bytes the slow ones wrote: the package
written once equals python-pptx's save put through the package step, part by part; slides
written as text are what lxml writes for their parsed tree; notes slides copied equal
python-pptx's; a template read from the memo gives the same deck as one read from disk;
and two renders of the same content give the same bytes."""

from __future__ import annotations

import datetime
import io
import zipfile
from pathlib import Path
from typing import Any

import pytest
from pptx.opc.oxml import serialize_part_xml

from councilkit.model import Language
from councilkit.package import normalize_ooxml
from councilkit.render.pptx import _oxml, renderer, template
from councilkit.render.pptx._pml.part import TextSlidePart
from councilkit.render.pptx.properties import set_core_properties
from councilkit.render.pptx.save import save_deck
from councilkit.render.pptx.template import Template

from .conftest import EXAMPLE_DECKS, REPO, render_deck

LAYOUTS = {
    "default": None,
    "libreoffice": REPO / "tests/fixtures/templates/libreoffice",
    "word-saved": REPO / "tests/fixtures/templates/word-saved",
}


def render_all(
    out: Path | None = None, layouts: tuple[str, ...] = tuple(LAYOUTS)
) -> dict[tuple[str, str, Language], bytes]:
    """Both example decks in both languages on each of ``layouts`` (written to ``out``,
    so that the OOXML check reads them)."""
    decks = {}
    for name in layouts:
        folder = LAYOUTS[name]
        for key, (group, deck) in EXAMPLE_DECKS.items():
            for language in Language:
                rendered = render_deck(REPO / "content", group, deck, language, layout_dir=folder)
                assert not [d for d in rendered.diagnostics if d.is_error]
                assert rendered.packaged
                decks[name, key, language] = rendered.data
                if out is not None:
                    (out / f"{name}-{key}-{language.value}.pptx").write_bytes(rendered.data)
    return decks


def parts(data: bytes) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return [(name, archive.read(name)) for name in archive.namelist()]


def test_the_package_written_once_is_python_pptx_save_through_the_package_step(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    pairs: list[tuple[bytes, bytes]] = []
    core_properties = renderer.core_properties

    def core_both_ways(
        presentation: Any, used: Template, values: dict[str, str], timestamp: datetime.datetime
    ) -> bytes | None:
        core = core_properties(presentation, used, values, timestamp)
        assert core is not None
        set_core_properties(presentation.core_properties, values, timestamp)  # for the slow save
        return core

    def saved_both_ways(
        presentation: Any, used: Template, timestamp: datetime.datetime, core: bytes | None
    ) -> bytes:
        data = save_deck(presentation, used, timestamp, core)
        slow = io.BytesIO()
        presentation.save(slow)
        pairs.append((data, normalize_ooxml(slow.getvalue(), timestamp)))
        return data

    monkeypatch.setattr(renderer, "core_properties", core_both_ways)
    monkeypatch.setattr(renderer, "save_deck", saved_both_ways)
    render_all(tmp_path)
    assert len(pairs) == 12
    for fast, slow in pairs:
        assert parts(fast) == parts(slow)  # names, order and content, part by part
        assert fast == slow
        names = [name for name, _ in parts(fast)]
        assert names[0] == "[Content_Types].xml"
        assert any(name.startswith("ppt/notesSlides/") for name in names)


def test_slides_written_as_text_are_what_lxml_writes_for_their_tree(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fast = render_all()
    written: list[bytes] = []

    def reserialized(self: TextSlidePart) -> bytes:
        if self._text is not None:
            written.append(self._text)
        return serialize_part_xml(self._element)  # the text parsed, then written by lxml

    monkeypatch.setattr(TextSlidePart, "blob", property(reserialized))
    assert render_all() == fast
    assert len(written) > 200  # the slides of twelve decks, but those drawn as a tree


def test_copied_notes_slides_are_those_python_pptx_makes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fast = render_all()
    monkeypatch.setattr(_oxml.NotesMaker, "add", lambda self, slide: slide.notes_slide)
    slow = render_all()
    assert slow == fast
    notes = [sum(n.startswith("ppt/notesSlides/") for n, _ in parts(d)) for d in fast.values()]
    assert max(notes) >= 3  # the copies are made and compared (the first is python-pptx's)


def test_a_template_from_the_memo_gives_the_deck_a_fresh_read_gives(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(template, "_TEMPLATES", {})
    monkeypatch.setattr(template, "is_racy", lambda stat: False)
    first = render_all()  # each template read from disk, then remembered
    assert len(template._TEMPLATES) == len(LAYOUTS)
    assert render_all() == first  # from the memo, parts compressed once
    monkeypatch.setattr(template, "_TEMPLATES", {})
    assert render_all() == first


def test_two_renders_of_the_same_content_give_the_same_bytes() -> None:
    assert render_all(layouts=("default",)) == render_all(layouts=("default",))
