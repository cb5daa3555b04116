"""Slide kinds matched to a department's slide layouts by their placeholders' types."""

from __future__ import annotations

from pathlib import Path

import yaml

from councilkit.layouts_import.slide_layouts import (
    Shape,
    default_mapping,
    match_kinds,
    pptx_yaml,
    read_shapes,
)

DEFAULT = default_mapping(Path(__file__).resolve().parents[2] / "layouts" / "default")


def chosen(shapes: list[Shape]) -> dict[str, tuple[str, bool]]:
    return {m.kinds[0]: (m.layout, m.review) for m in match_kinds(shapes, DEFAULT)}


def test_by_placeholder_types_whatever_the_names() -> None:
    shapes = [
        Shape("Couverture", titles=1, bodies=1, centred=True),
        Shape("Deux colonnes", titles=1, bodies=2, centred=False),
        Shape("Titre seulement", titles=1, bodies=0, centred=False),
        Shape("Texte", titles=1, bodies=1, centred=False),
    ]
    assert chosen(shapes) == {
        "title": ("Couverture", False),
        "section": ("Titre seulement", False),
        "overview": ("Texte", False),
    }


def test_names_first_in_english_or_french() -> None:
    shapes = [
        Shape("Vide", titles=1, bodies=0, centred=False),
        Shape("En-tête de section", titles=1, bodies=1, centred=False),
        Shape("Autre", titles=1, bodies=1, centred=False),
        Shape("Titre et contenu", titles=1, bodies=1, centred=False),
    ]
    found = chosen(shapes)
    assert found["section"] == ("En-tête de section", False)
    assert found["overview"] == ("Titre et contenu", False)


def test_nothing_fits_keeps_the_default_and_says_to_review() -> None:
    shapes = [Shape("Blank", titles=0, bodies=0, centred=False)]
    matches = match_kinds(shapes, DEFAULT)
    assert [(m.layout, m.review) for m in matches] == [(c.layout, True) for c in DEFAULT.layouts]
    text = pptx_yaml(matches, "deck.pptx")
    assert text.count("# REVIEW: no layout of the template is") == len(DEFAULT.layouts)
    assert "which the template does not have. Its layouts: Blank" in text


def test_libreoffice_template(libreoffice: Path) -> None:
    shapes = read_shapes((libreoffice / "reference.pptx").read_bytes(), "lo.pptx")
    matches = match_kinds(shapes, DEFAULT)
    loaded = yaml.safe_load(pptx_yaml(matches, "lo.pptx"))
    assert loaded["template"] == "reference.pptx"
    assert [(c["layout"], c["kinds"][0]) for c in loaded["layouts"]] == [
        ("Title Slide", "title"),
        ("Title Only", "section"),
        ("Title, Content", "overview"),
    ]
    every = [kind for c in loaded["layouts"] for kind in c["kinds"]]
    assert every == [kind for c in DEFAULT.layouts for kind in c.kinds]
