"""French and English typography applied to output text."""

from __future__ import annotations

import pytest

from councilkit.localize.typography import NBSP, english, french


@pytest.mark.parametrize(
    ("plain", "typeset"),
    [
        ("Mandat : texte", f"Mandat{NBSP}: texte"),
        ("Mandat: texte", f"Mandat{NBSP}: texte"),
        ("« Gouvernement numérique »", f"«{NBSP}Gouvernement numérique{NBSP}»"),
        ("15 %", f"15{NBSP}%"),
        ("12,50 $", f"12,50{NBSP}$"),
        ("Pourquoi ?", "Pourquoi?"),
        ("Attention !", "Attention!"),
        ("a ; b", "a; b"),
        ("l'appel", "l’appel"),
        ("à 14 h 30", f"à 14{NBSP}h{NBSP}30"),
    ],
)
def test_french_rules(plain: str, typeset: str) -> None:
    assert french(plain) == typeset


@pytest.mark.parametrize(
    "untouched",
    [
        "https://www.canada.ca/fr/gouvernement:x",
        "mailto:secretariat@example.ca",
        "secretariat@example.ca",
        "14:30",
    ],
)
def test_urls_addresses_and_clock_times_are_never_touched(untouched: str) -> None:
    assert french(untouched) == untouched


def test_english_quotes_and_apostrophes() -> None:
    assert english('the group\'s "mandate"') == "the group’s “mandate”"
    assert english("'single'") == "‘single’"


def test_french_is_idempotent() -> None:
    once = french("« Mandat : l'appel ? »")
    assert french(once) == once


def test_remembered_texts_read_as_the_first_time_and_the_memo_stays_bounded(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from councilkit.localize import typography

    monkeypatch.setattr(typography, "MEMO_LIMIT", 2)
    monkeypatch.setattr(typography, "_FRENCH_DONE", {})
    texts = ["Mandat : a", "Pourquoi ?", "« b »", "Mandat : a"]
    first = [french(t) for t in texts]
    assert first == [f"Mandat{NBSP}: a", "Pourquoi?", f"«{NBSP}b{NBSP}»", f"Mandat{NBSP}: a"]
    assert [french(t) for t in texts] == first
    assert len(typography._FRENCH_DONE) <= 2
    assert english("it's") == english("it's") == "it’s"
