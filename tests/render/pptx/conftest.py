"""Fixtures of the PowerPoint renderer's tests: rendering a deck of a content folder in
one language, the example decks rendered once per session, and reading slides back."""

from __future__ import annotations

import datetime
import io
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pptx import Presentation

import councilkit
from councilkit.build.layouts import find_layout
from councilkit.localize import Localizer
from councilkit.model import Language
from councilkit.render import Rendered, RenderJob
from councilkit.render.pptx import DeckRenderer

REPO = Path(__file__).resolve().parents[3]
TIMESTAMP = datetime.datetime(2016, 9, 14, tzinfo=datetime.UTC)
EXAMPLE_DECKS = {
    "jcf": ("joint-councils-framework", "deck-2016-09-14"),
    "ods": ("open-data-standards", "deck-2016-11-16"),
}

RenderDeck = Callable[..., Rendered]


def render_deck(
    content: Path,
    group_id: str,
    deck_id: str,
    language: Language,
    *,
    layout_dir: Path | None = None,
) -> Rendered:
    """Render one deck of the content folder ``content`` in ``language``."""
    project = councilkit.load(content)
    group = project.group(group_id)
    assert group is not None
    deck = group.document(deck_id)
    assert deck is not None
    job = RenderJob(
        project=project,
        group=group,
        document=deck,
        localizer=Localizer(project, language),
        layout_dir=layout_dir or find_layout(project.layout_of(deck), content),
        content_root=content,
        timestamp=TIMESTAMP,
    )
    return DeckRenderer().render(job)


@pytest.fixture(scope="session")
def example_decks() -> dict[tuple[str, Language], bytes]:
    """The example decks, in both languages, rendered once."""
    decks: dict[tuple[str, Language], bytes] = {}
    for key, (group, deck) in EXAMPLE_DECKS.items():
        for language in Language:
            rendered = render_deck(REPO / "content", group, deck, language)
            errors = [d.format() for d in rendered.diagnostics if d.is_error]
            assert not errors, errors
            decks[key, language] = rendered.data
    return decks


def open_deck(data: bytes) -> Any:
    return Presentation(io.BytesIO(data))


def iter_shapes(shapes: Any) -> Iterator[Any]:
    """Every shape, inside groups too."""
    for shape in shapes:
        yield shape
        if shape.shape_type is not None and hasattr(shape, "shapes"):
            yield from iter_shapes(shape.shapes)


def slide_text(slide: Any) -> str:
    """All the text of a slide (shapes, groups, tables), whitespace and no-break spaces
    normalised."""
    parts: list[str] = []
    for shape in iter_shapes(slide.shapes):
        if shape.has_text_frame:
            parts.append(shape.text_frame.text)
        if getattr(shape, "has_table", False):
            for row in shape.table.rows:
                for cell in row.cells:
                    parts.append(cell.text_frame.text)
    return normalise(" ".join(parts))


def normalise(text: str) -> str:
    for space in ("\u00a0", "\u202f", "\v", "\n"):
        text = text.replace(space, " ")
    return " ".join(text.split())


class DeckReader:
    """What tests use to read a deck back (a fixture: test modules cannot import this
    file under ``--import-mode=importlib``)."""

    open = staticmethod(open_deck)
    shapes = staticmethod(iter_shapes)
    text = staticmethod(slide_text)
    normalise = staticmethod(normalise)
    render = staticmethod(render_deck)
    timestamp = TIMESTAMP
    repo = REPO


@pytest.fixture
def reader() -> type[DeckReader]:
    return DeckReader
