"""Every slide kind finished: quotations in the language's marks, centred and larger than
body text; the closing slide with the secretariat; the deck's title and subtitle on the
title slide with the date once; timelines on a scale that suits their span."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from pptx.oxml.ns import qn

from councilkit.localize import Localizer
from councilkit.model import Language
from councilkit.render.pptx.kinds.timeline import scale, span_in_months, years

D = datetime.date


def body_text(slide: Any) -> str:
    return slide.placeholders[1].text_frame.text


def test_quotes_are_set_in_each_language_marks(
    example_decks: dict[tuple[str, Language], bytes], reader: Any
) -> None:
    english = reader.open(example_decks["jcf", Language.EN]).slides[2]
    french = reader.open(example_decks["jcf", Language.FR]).slides[2]
    assert body_text(english).startswith("\u201c\u2018Digital government\u2019 refers")
    assert "with the government.\u201d\n\u2014 Organisation for Economic" in body_text(english)
    assert body_text(french).startswith("\u00ab\u00a0\u201cGouvernement numérique\u201d")
    assert "gouvernement.\u00a0\u00bb\n\u2014 Organisation de coopération" in body_text(french)


def test_a_quote_is_centred_and_larger_than_body_text(
    stress_decks: dict[Language, bytes], reader: Any
) -> None:
    for language, opening in ((Language.EN, "\u201c"), (Language.FR, "\u00ab\u00a0")):
        slide = reader.open(stress_decks[language]).slides[7]
        assert slide._element.cSld.get("name") == "quote"
        body = slide.placeholders[1]
        assert body.text_frame.text.startswith(opening)
        (body_pr,) = body._element.iter(qn("a:bodyPr"))
        assert body_pr.get("anchor") == "ctr"
        sizes = [int(r.get("sz")) for r in body._element.iter(qn("a:rPr"))]
        assert max(sizes) >= 2400


@pytest.mark.parametrize("language", list(Language))
def test_closing_slide_shows_the_secretariat(
    language: Language, example_decks: dict[tuple[str, Language], bytes], reader: Any
) -> None:
    deck = reader.open(example_decks["jcf", language])
    text = reader.text(deck.slides[-1])
    organization = {
        Language.EN: "Institute for Citizen-Centred Service (ICCS)",
        Language.FR: "Institut des services axés sur les citoyens (ISAC)",
    }[language]
    assert organization in text and "joint-councils@iccs-isac.example" in text


@pytest.mark.parametrize("language", list(Language))
def test_title_slide_has_title_subtitle_and_the_date_once(
    language: Language,
    example_decks: dict[tuple[str, Language], bytes],
    stress_decks: dict[Language, bytes],
    reader: Any,
) -> None:
    date = {Language.EN: "September 14, 2016", Language.FR: "14 septembre 2016"}[language]
    stress = reader.open(stress_decks[language]).slides[0]
    title = {Language.EN: "A stress deck", Language.FR: "Une présentation qui met à l’épreuve"}
    assert stress.shapes.title.text_frame.text == title[language]
    assert body_text(stress).count(date) == 1  # the subtitle gives it; not repeated
    example = reader.open(example_decks["jcf", language]).slides[0]
    assert body_text(example).count(date) == 1  # the subtitle does not: it is added


def test_timeline_scale_follows_the_span() -> None:
    no_project: Any = None  # month names need no project
    english, french = Localizer(no_project, Language.EN), Localizer(no_project, Language.FR)
    months = scale(english, D(2016, 6, 1), D(2016, 9, 30))
    assert [p.name for p in months] == ["Jun", "Jul", "Aug", "Sep"]
    assert span_in_months(D(2016, 6, 1), D(2017, 6, 30)) == 13
    assert len(scale(english, D(2016, 6, 1), D(2017, 6, 30))) == 13
    quarters = scale(french, D(2016, 6, 1), D(2018, 5, 31))
    assert [p.name for p in quarters][:3] == ["T2", "T3", "T4"] and len(quarters) == 9
    assert [p.name for p in scale(english, D(2016, 1, 1), D(2021, 12, 31))] == [
        str(y) for y in range(2016, 2022)
    ]
    assert [p.name for p in years(D(2016, 6, 1), D(2018, 6, 1))] == ["2016", "2017", "2018"]


def test_two_year_timeline_is_readable(stress_decks: dict[Language, bytes], reader: Any) -> None:
    """Quarters under year labels, every scale label on one line, milestone dates shown,
    and the names take less than half the width."""
    for language in Language:
        deck = reader.open(stress_decks[language])
        (slide,) = [s for s in deck.slides if s._element.cSld.get("name") == "timeline"]
        shapes = list(reader.shapes(slide.shapes))
        names = [s.name for s in shapes]
        assert names.count("Year 1") == 1 and "Year 3" in names
        periods = [s for s in shapes if s.name.startswith("Period ")]
        assert 8 <= len(periods) <= 9
        for shape in periods + [s for s in shapes if s.name.startswith("Year ")]:
            text = shape.text_frame.text
            assert "\n" not in text and "\v" not in text
        dates = [s.text_frame.text for s in shapes if s.name == "Milestone date"]
        assert dates == (
            ["June 15, 2016", "September 14, 2017"]
            if language is Language.EN
            else ["15 juin 2016", "14 septembre 2017"]
        )
        label = next(s for s in shapes if s.name == "Label")
        assert label.width < 0.45 * deck.slide_width
