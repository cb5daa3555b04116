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


def render_example(
    language: Language, layout_dir: Path | None = None, key: str = "jcf"
) -> Rendered:
    """An example deck (``jcf`` or ``ods``) rendered in ``language`` with a layout."""
    group, deck = EXAMPLE_DECKS[key]
    return render_deck(REPO / "content", group, deck, language, layout_dir=layout_dir)


class DeckReader:
    """What tests use to read a deck back (a fixture: test modules cannot import this
    file under ``--import-mode=importlib``)."""

    open = staticmethod(open_deck)
    shapes = staticmethod(iter_shapes)
    text = staticmethod(slide_text)
    normalise = staticmethod(normalise)
    render = staticmethod(render_deck)
    example = staticmethod(render_example)
    timestamp = TIMESTAMP
    repo = REPO


@pytest.fixture
def reader() -> type[DeckReader]:
    return DeckReader


STRESS_JURISDICTIONS = ("AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK")


def _text(en: str, fr: str) -> dict[str, str]:
    return {"en": en, "fr": fr}


def _long(words: str, times: int) -> str:
    return " ".join([words] * times)


def stress_slides() -> list[dict[str, Any]]:
    """Slides whose French runs much longer than the English (or the other way round),
    long lists, long tables, a two-year timeline: what makes the languages part ways."""
    items = [
        {
            **_text(
                f"Point {i}",
                f"Point {i} : " + _long("une formulation nettement plus longue en français", 3),
            ),
            **(
                {"items": [_text(f"Detail {i}", f"Précision {i} à l’échelle pancanadienne")]}
                if i % 3 == 0
                else {}
            ),
        }
        for i in range(1, 15)
    ]
    rows = [
        [
            _text(f"Group {i}", f"Groupe {i}"),
            _text("Aligned", _long("Correspondance partielle avec l’appel à l’action", 2)),
            _text(_long("Some impact", 2), "Répercussions"),
        ]
        for i in range(1, 19)
    ]
    quadrant = [
        _text(f"Finding {i}", "Constat " + _long("détaillé et nuancé", 3)) for i in range(1, 8)
    ]
    return [
        {
            "kind": "title",
            "subtitle": _text("Meeting of September 14, 2016", "Réunion du 14 septembre 2016"),
        },
        {"kind": "overview"},
        {"kind": "section", "title": _text("Findings", "Constats")},
        {
            "kind": "bullets",
            "title": _text("A long list", "Une longue liste"),
            "intro": _text("What we heard.", "Ce que nous avons entendu lors des consultations."),
            "items": items,
        },
        {
            "kind": "numbered",
            "title": _text("Steps", "Étapes"),
            "items": [_text(_long("Step", 12), f"Étape {i}") for i in range(1, 12)],
        },
        {
            "kind": "quote",
            "title": _text("In their words", "Dans leurs mots"),
            "quote": [
                _text(
                    "Digital government is about people.",
                    "Le gouvernement numérique, c’est d’abord les gens.",
                )
            ],
            "attribution": _text("A council member", "Un membre des conseils"),
        },
        {
            "kind": "table",
            "title": _text("Gap analysis", "Analyse des lacunes"),
            "table": {
                "header": [
                    _text("Group", "Groupe"),
                    _text("Alignment", "Correspondance"),
                    _text("Impact", "Répercussions"),
                ],
                "rows": rows,
            },
        },
        {
            "kind": "swot",
            "title": _text("SWOT", "FFPM"),
            "strengths": quadrant,
            "weaknesses": quadrant[:5],
            "opportunities": quadrant[:6],
            "threats": quadrant[:4],
        },
        {
            "kind": "timeline",
            "title": _text("Two years", "Deux ans"),
            "start": "2016-06-01",
            "end": "2018-05-31",
            "activities": [
                {
                    **_text(f"Phase {i}", f"Phase {i} : travaux"),
                    "start": f"201{6 + i // 4}-0{1 + (i * 2) % 9}-01",
                    "end": f"201{7 + i // 4}-0{1 + (i * 2) % 9}-15",
                }
                for i in range(0, 7)
            ],
            "milestones": [
                {**_text("Launch", "Lancement"), "date": "2016-06-15"},
                {**_text("Report", "Rapport"), "date": "2017-09-14"},
            ],
        },
        {"kind": "members", "title": _text("Members", "Membres")},
        {"kind": "closing"},
    ]


def stress_content(root: Path) -> Path:
    """A content folder with one group (many members) and one stress deck, ``deck``."""
    import yaml

    members = [
        {
            "id": code.lower(),
            "jurisdiction": code,
            "organization": _text(
                f"Office of the Chief Information Officer of {code}",
                f"Bureau du dirigeant principal de l’information de {code}",
            ),
            "position": _text("Chief Information Officer", "Dirigeant principal de l’information"),
        }
        for code in STRESS_JURISDICTIONS
    ]
    files: dict[str, dict[str, Any]] = {
        "project.yaml": {"schema": 1, "organization": _text("Joint Councils", "Conseils mixtes")},
        "groups/g/group.yaml": {
            "schema": 1,
            "name": _text("Test Working Group", "Groupe de travail d’essai"),
            "members": members,
            "co_chairs": [{"member": "on"}],
            "secretariat": {
                "organization": _text("The secretariat", "Le secrétariat"),
                "email": "secretariat@example.ca",
            },
        },
        "groups/g/deck.yaml": {
            "schema": 1,
            "kind": "deck",
            "version": "1.0",
            "status": "draft",
            "date": "2016-09-14",
            "title": _text("A stress deck", "Une présentation qui met à l’épreuve"),
            "subtitle": _text("Meeting of September 14, 2016", "Réunion du 14 septembre 2016"),
            "slides": stress_slides(),
        },
    }
    for name, data in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    return root


@pytest.fixture(scope="session")
def stress_decks(tmp_path_factory: pytest.TempPathFactory) -> dict[Language, bytes]:
    """The stress deck in both languages, rendered once."""
    root = stress_content(tmp_path_factory.mktemp("stress") / "content")
    decks: dict[Language, bytes] = {}
    for language in Language:
        rendered = render_deck(root, "g", "deck", language)
        errors = [d.format() for d in rendered.diagnostics if d.is_error]
        assert not errors, errors
        decks[language] = rendered.data
    return decks
