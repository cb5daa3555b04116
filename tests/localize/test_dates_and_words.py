"""Dates through Babel with explicit patterns, and the fixed words of the catalogs."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from councilkit.localize import MissingTranslation, format_date, format_month, translate
from councilkit.localize.catalog import message_ids
from councilkit.model import Language


@pytest.mark.parametrize(
    ("date", "en", "fr"),
    [
        (datetime.date(2016, 9, 14), "September 14, 2016", "14 septembre 2016"),
        (datetime.date(2016, 7, 1), "July 1, 2016", "1er juillet 2016"),
        (datetime.date(2017, 2, 28), "February 28, 2017", "28 février 2017"),
        (datetime.date(2016, 8, 1), "August 1, 2016", "1er août 2016"),
    ],
)
def test_long_dates(date: datetime.date, en: str, fr: str) -> None:
    assert format_date(date, Language.EN) == en
    assert format_date(date, Language.FR) == fr


def test_month_names_for_timelines() -> None:
    assert format_month(datetime.date(2016, 6, 1), Language.EN) == "Jun"
    assert format_month(datetime.date(2016, 8, 1), Language.FR) == "août"


def test_fixed_words_come_from_the_catalog() -> None:
    assert translate("Membership", Language.FR) == "Composition"
    assert translate("Membership", Language.EN) == "Membership"
    assert "Terms of reference" in message_ids(Language.FR)


def test_a_word_missing_from_the_catalog_raises_rather_than_leaking_english() -> None:
    with pytest.raises(MissingTranslation, match="catalogs/fr"):
        translate("No such fixed word", Language.FR)


def test_a_localizer_reads_the_catalogs_once_for_its_job(
    example_content: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import councilkit
    from councilkit.localize import Localizer, catalog

    project = councilkit.load(example_content)
    reads: list[Language] = []
    words = catalog.words

    def counted(language: Language) -> object:
        reads.append(language)
        return words(language)

    monkeypatch.setattr("councilkit.localize.localizer.words", counted)
    french = Localizer(project, Language.FR)
    assert french.tr("Membership") == "Composition"
    assert french.tr("Terms of reference") == translate("Terms of reference", Language.FR)
    with pytest.raises(MissingTranslation, match="'No such fixed word' has no fr translation"):
        french.tr("No such fixed word")
    assert reads == [Language.FR]
    assert Localizer(project, Language.FR).tr("Membership") == "Composition"
    assert reads == [Language.FR, Language.FR]  # a new job reads the catalogs as they are now
    assert Localizer(project, Language.EN).tr("Membership") == "Membership"
    assert reads == [Language.FR, Language.FR]


def test_lead_terms_are_followed_by_the_locale_separator(example_content: Path) -> None:
    import councilkit
    from councilkit.localize import Localizer
    from councilkit.localize.typography import NBSP

    project = councilkit.load(example_content)
    english, french = Localizer(project, Language.EN), Localizer(project, Language.FR)
    assert english.lead_separator("Vision") == ": "
    assert english.lead_separator("Centre of expertise?") == " "
    assert french.lead_separator("Centre d’expertise?") == f"{NBSP}: "


def test_a_remembered_date_reads_as_the_first_time() -> None:
    first = datetime.date(2016, 7, 1)
    assert [format_date(first, Language.FR) for _ in range(2)] == ["1er juillet 2016"] * 2
    assert format_date(first, Language.EN) == "July 1, 2016"
    assert format_date(datetime.date(2016, 7, 2), Language.FR) == "2 juillet 2016"


def test_remembered_runs_are_those_of_the_text_in_its_language(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from councilkit.localize import Localizer, localizer
    from councilkit.localize.typography import NBSP
    from councilkit.model import BilingualText

    monkeypatch.setattr(localizer, "MEMO_LIMIT", 2)
    monkeypatch.setattr(localizer, "_RUNS", {})
    project = None  # runs need no project
    french = Localizer(project, Language.FR)  # type: ignore[arg-type]
    english = Localizer(project, Language.EN)  # type: ignore[arg-type]
    both = BilingualText(en="Why: **now**?", fr="Pourquoi : **maintenant**")
    only_english = BilingualText(en="Why: **now**?")
    for _ in range(2):
        assert [(r.text, r.bold, r.language) for r in french.runs(both)] == [
            (f"Pourquoi{NBSP}: ", False, Language.FR),
            ("maintenant", True, Language.FR),
        ]
        assert [(r.text, r.bold) for r in english.runs(both)] == [
            ("Why: ", False),
            ("now", True),
            ("?", False),
        ]
        untranslated = french.runs(only_english)
        assert untranslated[0].italic and untranslated[0].language is Language.FR
        assert [(r.text, r.language) for r in untranslated[1:]] == [
            ("Why: ", Language.EN),
            ("now", Language.EN),
            ("?", Language.EN),
        ]
    assert len(localizer._RUNS) <= 2
