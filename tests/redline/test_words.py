"""The word diff of paragraphs, on planned runs: words compared as written, then shown
typeset; emphasis changes kept as restyled words; no file is written."""

from __future__ import annotations

from councilkit.localize import Run
from councilkit.localize.typography import NBSP, french
from councilkit.model import Language
from councilkit.redline.words import diff, positions
from councilkit.render.docx.revisions import DELETED, INSERTED, KEPT, RESTYLED, Segments


def words(segments: Segments) -> list[tuple[str, str]]:
    return [(s.kind, "".join(r.text for r in s.content if isinstance(r, Run))) for s in segments]


def accepted(segments: Segments) -> str:
    return "".join(text for kind, text in words(segments) if kind != DELETED)


def rejected(segments: Segments) -> str:
    return "".join(text for kind, text in words(segments) if kind != INSERTED)


def test_a_changed_word_is_deleted_then_inserted_between_kept_words() -> None:
    old = (Run("Metadata, open licences and formats"),)
    new = (Run("Metadata, open licenses and formats"),)
    assert words(diff(old, new)) == [
        (KEPT, "Metadata, open "),
        (DELETED, "licences"),
        (INSERTED, "licenses"),
        (KEPT, " and formats"),
    ]


def test_a_change_of_emphasis_keeps_the_word_and_says_how_it_was() -> None:
    old = (Run("must not."),)
    new = (Run("must "), Run("not", bold=True), Run("."))
    segments = diff(old, new)
    assert [s.kind for s in segments] == [KEPT, RESTYLED, KEPT]
    assert segments[1].content == (Run("not", bold=True),)
    assert segments[1].was == Run("not")


def test_a_word_whose_link_changed_is_deleted_and_inserted() -> None:
    old = (Run("see the "), Run("report", href="https://example.org/a"))
    new = (Run("see the "), Run("report", href="https://example.org/b"))
    segments = diff(old, new)
    assert [(s.kind, s.content) for s in segments] == [
        (KEPT, (Run("see the "),)),
        (DELETED, (Run("report", href="https://example.org/a"),)),
        (INSERTED, (Run("report", href="https://example.org/b"),)),
    ]


def french_runs(text: str) -> tuple[tuple[Run, ...], tuple[Run, ...]]:
    """A French text typeset, and as written."""
    return (Run(french(text), language=Language.FR),), (Run(text, language=Language.FR),)


def test_words_are_compared_before_french_typography() -> None:
    old, old_written = french_runs("la qualité ?")
    new, new_written = french_runs("la qualité des données ?")
    assert old[0].text == "la qualité?" and new[0].text == "la qualité des données?"
    by_words = diff(old, new, old_written, new_written)
    # only the words added are inserted: "qualité" is kept, though typography glued
    # the question mark to it in one version and not the other
    assert [text for kind, text in words(by_words) if kind == KEPT] == ["la qualité", "?"]
    assert [text for kind, text in words(by_words) if kind == INSERTED] == [" des données"]
    assert not [kind for kind, _ in words(by_words) if kind == DELETED]
    assert accepted(by_words) == new[0].text and rejected(by_words) == old[0].text


def test_spaces_written_otherwise_but_typeset_alike_are_no_change() -> None:
    old, old_written = french_runs("par consensus : une voix")
    new, new_written = french_runs("par consensus: une voix")
    assert old == new
    assert [s.kind for s in diff(old, new, old_written, new_written)] == [KEPT]


def test_typography_of_an_inserted_passage_is_the_new_versions() -> None:
    old, old_written = french_runs("Les décisions sont prises par consensus.")
    new, new_written = french_runs("Les décisions sont prises par consensus : une voix « chacun ».")
    segments = diff(old, new, old_written, new_written)
    assert accepted(segments) == new[0].text
    assert rejected(segments) == old[0].text
    assert f"{NBSP}:" in accepted(segments) and f"«{NBSP}chacun{NBSP}»" in accepted(segments)
    assert all(text.strip(f" {NBSP}") for _, text in words(segments))  # no change of spaces alone


def test_positions_of_written_text_in_typeset_text() -> None:
    assert positions("a « b »", f"a «{NBSP}b{NBSP}»") == [0, 1, 2, 3, 4, 5, 6, 7]
    assert positions("oui ?", "oui?") == [0, 1, 2, 3, 3, 4]


def test_a_changed_number_is_replaced_whole_not_digit_by_digit() -> None:
    old = (Run("Quorum: 37.5% of 1,000 members."),)
    new = (Run("Quorum: 40.0% of 1,200 members."),)
    assert [(kind, text) for kind, text in words(diff(old, new)) if kind != KEPT] == [
        (DELETED, "37.5%"),
        (INSERTED, "40.0%"),
        (DELETED, "1,000"),
        (INSERTED, "1,200"),
    ]
    assert accepted(diff(old, new)) == "Quorum: 40.0% of 1,200 members."
    assert rejected(diff(old, new)) == "Quorum: 37.5% of 1,000 members."
