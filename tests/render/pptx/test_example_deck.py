"""The example decks read back with python-pptx: the French deck of 14 September 2016
has every slide of the reference text, in order and with its words; the English deck has
the same slides; titles, notes, languages, alt text, header rows and reading order."""

from __future__ import annotations

import re
from typing import Any

import pytest
from pptx.enum.shapes import MSO_SHAPE_TYPE, PP_PLACEHOLDER
from pptx.oxml.ns import qn

from councilkit.model import Language

REFERENCE = "/work/shared/reference/deck-2016-09-14-fr.txt"

# Key phrases of the reference, by slide number (1-based), as the reference words them.
KEY_PHRASES: dict[int, tuple[str, ...]] = {
    1: ("Groupe de travail sur le cadre des conseils mixtes", "14 septembre 2016"),
    2: ("Portée et objectifs", "Approche et livrables", "Orientation future proposée"),
    3: (
        "désigne l’utilisation des technologies numériques",
        "Organisation de coopération et de développement économiques (OCDE)",
        "Il ne s’agit pas seulement des services en ligne.",
    ),
    4: (
        "Fournir les meilleurs services publics de leur catégorie",
        "Élaborer une feuille de route de haut niveau à l’appui de l’appel à l’action.",
    ),
    5: (
        "Voici ce que nous ferons",
        "Voici ce que nous ne ferons pas",
        "Discuter des résultats attendus en détail;",
    ),
    6: (
        "Informer : Présenter le cadre proposé et les modèles connexes aux conseils.",
        "S’engager : Obtenir l’approbation des prochaines étapes proposées",
    ),
    7: ("Permettre aux conseils mixtes d’appuyer efficacement la prochaine génération",),
    8: ("Centre d’expertise? : Rechercher et échanger de l’information", "Incubateur?"),
    9: (
        "Un consensus sur un cadre de gouvernement numérique.",
        "Plan d’action (feuille de route).",
    ),
    10: (
        "Nous avons eu la possibilité d’harmoniser nos efforts",
        "aux échelles FPTM.",
    ),
    11: (
        "Lancement du projet",
        "Analyse des lacunes",
        "Réunion de lancement (15 juin)",
        "Réunion des conseils mixtes (14 septembre)",
    ),
    12: ("Analyse FFPM de la situation actuelle", "Cadre des conseils pour le gouvernement"),
    14: ("Cette analyse est fondée sur les constats des consultations et les recherches",),
    15: ("Elle se penche sur le degré de correspondance entre les groupes de travail",),
    17: ("Elle détermine quelles mesures et priorités sont nouvelles",),
    21: ("Se rassembler de nouveau par téléconférence;", "Terminer les transitions structurelles;"),
    22: (
        "À la lumière de ce que vous avez vu dans la présentation d’aujourd’hui",
        "Appuyer : Les membres feront part de l’avis de leur administration",
    ),
}
ADDED = {16: "Principaux constats\u00a0: Correspondance des groupes avec l’appel à l’action"}
"""Slides the example deck adds to the reference, to show kinds the reference lacks."""
KINDS = [
    "title",
    "overview",
    "quote",
    "bullets",
    "two-columns",
    "bullets",
    "statement",
    "bullets",
    "bullets",
    "bullets",
    "timeline",
    "bullets",
    "logic-model",
    "swot",
    "table",
    "chart",
    "roadmap",
    "table",
    "table",
    "logic-model",
    "bullets",
    "numbered",
    "closing",
]


@pytest.fixture
def french(example_decks: dict[tuple[str, Language], bytes], reader: Any) -> Any:
    return reader.open(example_decks["jcf", Language.FR])


@pytest.fixture
def english(example_decks: dict[tuple[str, Language], bytes], reader: Any) -> Any:
    return reader.open(example_decks["jcf", Language.EN])


def titles(deck: Any) -> list[str]:
    return [s.shapes.title.text_frame.text for s in deck.slides]


def test_french_deck_has_every_slide_of_the_reference_in_order(french: Any, reader: Any) -> None:
    with open(REFERENCE, encoding="utf-8") as handle:
        reference = reader.normalise(handle.read())
    assert len(french.slides) == 23
    position = 0
    for number, title in enumerate(titles(french), start=1):
        if number in ADDED:
            assert title == ADDED[number]
            continue
        found = reference.find(reader.normalise(title), position)
        assert found >= 0, f"slide {number}: title {title!r} not in the reference after {position}"
        position = found
    for number, phrases in KEY_PHRASES.items():
        text = reader.text(french.slides[number - 1])
        for phrase in phrases:
            assert phrase in reference, f"test error: {phrase!r} is not in the reference"
            assert phrase in text, f"slide {number} lacks {phrase!r}: {text[:300]}"


def test_english_deck_has_the_same_slides_and_kinds(french: Any, english: Any) -> None:
    kinds_fr = [s._element.cSld.get("name") for s in french.slides]
    kinds_en = [s._element.cSld.get("name") for s in english.slides]
    assert kinds_fr == kinds_en == KINDS
    assert titles(english)[:3] == [
        "Pan-Canadian Digital Government: Aligning the Councils with the Call to Action",
        "Overview",
        "Defining digital government",
    ]
    assert titles(english)[-1] == "Questions"


def test_diagram_headings_and_fixed_words_are_french(french: Any, reader: Any) -> None:
    swot = reader.text(french.slides[13])
    for word in ("Forces", "Faiblesses", "Possibilités", "Menaces"):
        assert word in swot
    roadmap = reader.text(french.slides[16])
    assert "Nouveau" in roadmap and "En cours" in roadmap
    timeline = reader.text(french.slides[10])
    assert "juin" in timeline and "sept." in timeline


@pytest.mark.parametrize("language", list(Language))
def test_every_slide_title_first_unique_with_footer_and_labels(
    language: Language, example_decks: dict[tuple[str, Language], bytes], reader: Any
) -> None:
    deck = reader.open(example_decks["jcf", language])
    marking = {"en": "UNCLASSIFIED", "fr": "NON CLASSIFIÉ"}[language.value]
    draft = {
        "en": "DRAFT – For discussion purposes only",
        "fr": "ÉBAUCHE – aux fins de discussion seulement",
    }[language.value]
    date = {"en": "September 14, 2016", "fr": "14 septembre 2016"}[language.value]
    seen = [t.casefold() for t in titles(deck)]
    assert len(set(seen)) == len(seen)
    for number, slide in enumerate(deck.slides, start=1):
        first = slide.shapes[0]
        assert first.is_placeholder
        assert first.placeholder_format.type in (PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE)
        assert first.text_frame.text.strip()
        types = {s.placeholder_format.type: s for s in slide.shapes if s.is_placeholder}
        assert types[PP_PLACEHOLDER.FOOTER].text_frame.text == marking
        assert types[PP_PLACEHOLDER.DATE].text_frame.text == date
        assert types[PP_PLACEHOLDER.SLIDE_NUMBER].text_frame.text == str(number)
        assert draft in reader.text(slide)
    label = {
        "en": "Draft – for discussion purposes only",
        "fr": "Ébauche – aux fins de discussion seulement",
    }
    assert label[language.value] in reader.text(deck.slides[12])


@pytest.mark.parametrize("language", list(Language))
def test_every_run_is_tagged_with_its_language(
    language: Language, example_decks: dict[tuple[str, Language], bytes], reader: Any
) -> None:
    tag = {"en": "en-CA", "fr": "fr-CA"}[language.value]
    for key in ("jcf", "ods"):
        deck = reader.open(example_decks[key, language])
        for slide in deck.slides:
            parts = [slide._element]
            if slide.has_notes_slide:
                parts.append(slide.notes_slide._element)
            for element in parts:
                langs = {r.get("lang") for r in element.iter(qn("a:rPr"), qn("a:endParaRPr"))}
                assert langs == {tag}, (slide.slide_id, langs)


def test_speaker_notes(french: Any, english: Any) -> None:
    notes = french.slides[0].notes_slide.notes_text_frame.text
    assert notes.startswith("Remercier les membres du temps consacré")
    assert english.slides[7].notes_slide.notes_text_frame.text.startswith("The four roles")
    assert not french.slides[1].has_notes_slide


def test_diagrams_are_native_groups_with_alt_text(french: Any, reader: Any) -> None:
    groups = {}
    for number, slide in enumerate(french.slides, start=1):
        for shape in slide.shapes:
            if shape.shape_type == MSO_SHAPE_TYPE.GROUP:
                descr = shape._element.xpath("./p:nvGrpSpPr/p:cNvPr/@descr")
                assert descr and descr[0], f"group without alt text on slide {number}"
                groups[number] = (descr[0], shape)
    assert sorted(groups) == [11, 13, 14, 20]
    assert groups[14][0].startswith("Analyse FFPM\u00a0: 4 forces")
    assert groups[11][0].startswith("Calendrier du 1er juin 2016 au 30 septembre 2016")
    assert "Intrants (4) → Activités (4)" in groups[13][0]
    swot_shapes = list(reader.shapes(groups[14][1].shapes))
    assert all(s.shape_type == MSO_SHAPE_TYPE.AUTO_SHAPE for s in swot_shapes)
    timeline = [s for s in reader.shapes(groups[11][1].shapes) if s.name == "Milestone"]
    assert len(timeline) == 2
    logic = [s for s in reader.shapes(groups[13][1].shapes) if s.name == "Arrow"]
    assert len(logic) == 3


@pytest.mark.parametrize("key", ["jcf", "ods"])
def test_tables_have_header_rows_and_alt_text(
    key: str, example_decks: dict[tuple[str, Language], bytes], reader: Any
) -> None:
    deck = reader.open(example_decks[key, Language.FR])
    tables = [s for slide in deck.slides for s in slide.shapes if s.has_table]
    assert tables
    for frame in tables:
        assert frame.table.first_row
        assert frame._element.xpath("./p:nvGraphicFramePr/p:cNvPr/@descr")[0]


def test_members_slide_comes_from_the_group(example_decks: Any, reader: Any) -> None:
    deck = reader.open(example_decks["ods", Language.FR])
    tables = [s.table for slide in deck.slides for s in slide.shapes if s.has_table]
    assert len(tables) == 2  # eight members at 12 pt take two slides, the header repeated
    roles = []
    for table in tables:
        header = [c.text_frame.text for c in table.rows[0].cells]
        assert header == ["Administration", "Organisation", "Rôle"]
        roles += [row.cells[2].text_frame.text for row in list(table.rows)[1:]]
        assert len(table.rows) - 1 >= 3  # balanced: no continuation with a row or two
    assert len(roles) == 8 and "Coprésident" in roles


def test_document_properties(french: Any) -> None:
    props = french.core_properties
    assert props.title.startswith("Gouvernement numérique pancanadien")
    assert props.language == "fr-CA"
    assert props.author == "Conseils mixtes du CDPISP et du CPSSP"
    assert props.subject == "Groupe de travail sur le cadre des conseils mixtes"
    assert props.created.year == 2016 and props.modified == props.created
    assert props.last_modified_by == props.author


def test_text_never_overflows_its_box_by_estimate(french: Any, english: Any) -> None:
    """Every text box and placeholder keeps the size the plan chose (no auto-fit), and no
    run is smaller than the diagram floor."""
    for deck in (french, english):
        for slide in deck.slides:
            for rpr in slide._element.iter(qn("a:rPr")):
                size = rpr.get("sz")
                if size is not None:
                    assert int(size) >= 900, size
            assert not slide._element.xpath(".//a:normAutofit")


def test_overview_is_generated_from_sections(example_decks: Any, reader: Any) -> None:
    deck = reader.open(example_decks["ods", Language.EN])
    overview = deck.slides[1]
    sections = [
        s.shapes.title.text_frame.text
        for s in deck.slides
        if s._element.cSld.get("name") == "section"
    ]
    body = reader.text(overview)
    assert sections and all(title in body for title in sections)
    assert re.search(r"\S", body)
