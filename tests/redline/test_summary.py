"""The "Summary of changes": its words from the catalogs in each language, and its counts
per section."""

from __future__ import annotations

from pathlib import Path

import pytest
from redlinekit import STEM, body, looks, redlined, texts

from councilkit.localize import Run, translate
from councilkit.localize.catalog import message_ids
from councilkit.model import Language
from councilkit.redline import summary
from councilkit.redline.source import WORKING_TREE
from councilkit.redline.summary import Counts, by_section
from councilkit.render.docx.revisions import (
    DELETED,
    INSERTED,
    KEPT,
    RESTYLED,
    Line,
    Look,
    RevisedLines,
    Segment,
    Stamp,
)


def test_every_word_of_the_summary_is_in_the_french_catalog() -> None:
    assert set(summary.MESSAGES) <= message_ids(Language.FR)
    assert set(summary.CONTEXT_MESSAGES) <= message_ids(Language.FR, summary.CONTEXT)


def test_the_summary_title_is_not_the_version_historys_column() -> None:
    assert translate(summary.TITLE, Language.FR, summary.CONTEXT) == "Sommaire des modifications"
    assert translate(summary.TITLE, Language.FR) == "Résumé des modifications"


@pytest.mark.parametrize(("language", "suffix"), [("en", "eng"), ("fr", "fra")])
def test_the_summary_says_what_changed_in_the_documents_language(
    repository: Path, tmp_path: Path, language: str, suffix: str
) -> None:
    out = redlined(repository, tmp_path / "out", "--lang", language)
    lines = texts(body(out / f"{STEM}-{suffix}-redline.docx"))
    said = Language(language)
    assert lines[0] == translate(summary.TITLE, said, summary.CONTEXT)
    kind = translate("Terms of reference", said)  # the document and its group, named
    group = {
        "en": "Open Data Standards Working Group",
        "fr": "Groupe de travail sur les normes de données ouvertes",
    }[language]
    assert lines[1] == translate(summary.DOCUMENT, said).format(document=f"{kind} – {group}")
    before = translate(summary.COMPARED, said).partition("{old}")[0]
    assert lines[2].startswith(before + "v1 (")
    version = translate(summary.VERSION, said)
    named = version.format(label=translate(WORKING_TREE, said), version="0.2", date="")
    assert f" {named}" in lines[2]
    assert lines[2].endswith(("December 7, 2016.", "7 décembre 2016."))
    assert translate(summary.COMPARED, said).split("{new}")[-1] == "."
    section = translate(summary.SECTION, said)
    after_name = section.split("{section}")[1].split("{insertions}")[0]
    per_section = [line for line in lines[3:13] if after_name in line]
    assert len(per_section) >= 6
    if language == "fr":
        assert all(", suppressions " in line for line in per_section)
    styles = [style for style, _, _ in looks(body(out / f"{STEM}-{suffix}-redline.docx"))]
    assert styles[0] == "Heading1"  # a heading, that screen readers can go to
    assert set(styles[3 : 3 + len(per_section)]) == {"ListBullet"}  # "1. Scope" is no typed list


def test_counts_per_section() -> None:
    stamp = Stamp("Secretariat", "2016-12-07T00:00:00Z")
    heading = Line(Look("heading_1"), (Segment(KEPT, (Run("1. Scope"),)),))
    changed = Line(
        Look("list_bullet"),
        (
            Segment(KEPT, (Run("Data "),)),
            Segment(DELETED, (Run("quality"),)),
            Segment(INSERTED, (Run("formats"),)),
            Segment(RESTYLED, (Run("now", bold=True),), Run("now")),
        ),
        was=Look("body"),
    )
    removed = Line(Look("heading_1"), (Segment(DELETED, (Run("2. Budget"),)),), mark=DELETED)
    body_blocks = [RevisedLines((heading, changed, removed), stamp)]
    language = Language.EN

    class Words:
        def tr(self, msgid: str) -> str:
            return translate(msgid, language)

    found = by_section([], body_blocks, Words())  # type: ignore[arg-type]
    assert found == [("1. Scope", Counts(1, 1, 2)), ("2. Budget", Counts(0, 1, 0))]


def test_a_section_only_renumbered_is_not_changed() -> None:
    stamp = Stamp("Secretariat", "2016-12-07T00:00:00Z")

    def heading(*segments: Segment, role: str = "heading_1") -> Line:
        return Line(Look(role), segments)

    renumbered = heading(
        Segment(DELETED, (Run("3"),)),
        Segment(INSERTED, (Run("4"),)),
        Segment(KEPT, (Run(". Scope"),)),
    )
    sub = heading(
        Segment(KEPT, (Run("4."),)),
        Segment(DELETED, (Run("1"),)),
        Segment(INSERTED, (Run("2"),)),
        Segment(KEPT, (Run(" In scope"),)),
        role="heading_2",
    )
    renamed = heading(
        Segment(DELETED, (Run("5"),)),
        Segment(INSERTED, (Run("6"),)),
        Segment(KEPT, (Run(". "),)),
        Segment(DELETED, (Run("Methods"),)),
        Segment(INSERTED, (Run("Ways"),)),
    )
    year = heading(
        Segment(KEPT, (Run("7. "),)),
        Segment(DELETED, (Run("2017"),)),
        Segment(INSERTED, (Run("2018"),)),
    )
    blocks = [RevisedLines((renumbered, sub, renamed, year), stamp)]

    class Words:
        def tr(self, msgid: str) -> str:
            return msgid

    numbered = by_section([], blocks, Words(), numbered=True)  # type: ignore[arg-type]
    assert numbered == [("6. Ways", Counts(1, 1, 0)), ("7. 2018", Counts(1, 1, 0))]
    counted = by_section([], blocks, Words())  # type: ignore[arg-type]
    assert counted[0] == ("4. Scope", Counts(2, 2, 0))
