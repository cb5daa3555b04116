"""Message contexts (gettext's ``msgctxt``) in the catalogs: one English word with two
French translations, each asked for in its own context, and no word translated twice in
one context."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po

from councilkit.localize import Localizer, MissingTranslation, catalog, translate
from councilkit.localize.catalog import message_ids
from councilkit.model import Language

CATALOG = r"""msgid ""
msgstr ""
"Language: fr_CA\n"
"Content-Type: text/plain; charset=UTF-8\n"

msgid "Summary of changes"
msgstr "Résumé des modifications"

msgctxt "redline"
msgid "Summary of changes"
msgstr "Sommaire des modifications"

msgctxt "redline"
msgid "Only in a context"
msgstr "Seulement dans un contexte"
"""


@pytest.fixture
def catalogs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A catalog folder of its own in place of the package's, with CATALOG in it."""
    folder = tmp_path / "fr"
    folder.mkdir()
    (folder / "test.po").write_text(CATALOG, encoding="utf-8")
    monkeypatch.setattr(catalog, "_folder", lambda language: tmp_path / language)
    monkeypatch.setattr(catalog, "_CATALOGS", {})
    return folder


def test_one_word_has_a_translation_per_context(catalogs: Path) -> None:
    assert translate("Summary of changes", Language.FR) == "Résumé des modifications"
    assert translate("Summary of changes", Language.FR, "redline") == "Sommaire des modifications"
    assert translate("Summary of changes", Language.EN, "redline") == "Summary of changes"
    assert message_ids(Language.FR) == {"Summary of changes"}
    assert message_ids(Language.FR, "redline") == {"Summary of changes", "Only in a context"}
    assert message_ids(Language.FR, "other") == frozenset()


def test_a_word_is_never_taken_from_another_context(catalogs: Path) -> None:
    with pytest.raises(MissingTranslation, match="'Only in a context' has no fr"):
        translate("Only in a context", Language.FR)
    with pytest.raises(
        MissingTranslation, match=r"'Summary of changes' in the context 'other' \(msgctxt\) has no"
    ):
        translate("Summary of changes", Language.FR, "other")


def test_a_localizer_asks_in_a_context(catalogs: Path) -> None:
    french = Localizer(None, Language.FR)  # type: ignore[arg-type]  # words need no project
    assert french.tr("Summary of changes") == "Résumé des modifications"
    assert french.tr("Summary of changes", "redline") == "Sommaire des modifications"
    assert Localizer(None, Language.EN).tr("Summary of changes", "redline") == (  # type: ignore[arg-type]
        "Summary of changes"
    )


def test_a_catalog_with_contexts_round_trips_through_babel() -> None:
    read = read_po(io.StringIO(CATALOG), locale="fr_CA")
    written = io.BytesIO()
    write_po(written, read, omit_header=True, width=0)
    again = read_po(io.BytesIO(written.getvalue()), locale="fr_CA")

    def entries(found: Catalog) -> list[tuple[str, object, object]]:
        return sorted((m.context or "", m.id, m.string) for m in found if m.id)

    assert (
        entries(again)
        == entries(read)
        == [
            ("", "Summary of changes", "Résumé des modifications"),
            ("redline", "Only in a context", "Seulement dans un contexte"),
            ("redline", "Summary of changes", "Sommaire des modifications"),
        ]
    )
    assert b'msgctxt "redline"' in written.getvalue()


def test_no_word_has_two_translations_in_one_context() -> None:
    """The catalogs are merged: a word translated twice in one context would silently
    take the translation of the last file; give it a context instead."""
    folder = Path(catalog.__file__).parent / catalog.CATALOG_FOLDER / "fr"
    seen: dict[tuple[str | None, str], tuple[str, str]] = {}
    clashes = []
    for path in sorted(folder.glob("*.po")):
        with path.open("rb") as handle:
            for message in read_po(handle, locale="fr_CA"):
                if not message.id or not isinstance(message.id, str):
                    continue
                found = (path.name, str(message.string))
                before = seen.setdefault((message.context, message.id), found)
                if before[1] != found[1]:
                    clashes.append((message.context, message.id, before, found))
    assert not clashes, clashes
    assert ("redline", "Summary of changes") in seen
    assert seen[None, "Summary of changes"][1] == "Résumé des modifications"
