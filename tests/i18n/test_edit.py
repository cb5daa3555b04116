"""The in-place YAML editor: only the changed scalars move, in a style that reads back."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from councilkit.loader.edit import EditError, TextEdit, edit_file

FP = "0123456789"


def _edit(tmp_path: Path, text: str, *edits: TextEdit, newline: str = "\n") -> str:
    path = tmp_path / "file.yaml"
    path.write_bytes(text.replace("\n", newline).encode("utf-8"))
    return edit_file(path, list(edits))


def _fr(path: tuple[str | int, ...], text: str | None) -> TextEdit:
    return TextEdit(path=path, language="fr", text=text, fingerprint=FP, source_language="en")


def test_styles_are_kept_when_the_text_allows(tmp_path: Path) -> None:
    source = (
        "a: {en: One, fr: Un}  # flow\n"
        "b:\n  en: Two\n  fr: 'Deux'\n"
        'c:\n  en: Three\n  fr: "Trois"\n'
        "d:\n  en: Four\n  fr: Quatre\n"
    )
    result = _edit(
        tmp_path,
        source,
        _fr(("a",), "Un, deux"),
        _fr(("b",), "L'autre"),
        _fr(("c",), 'Le "trois"'),
        _fr(("d",), "Quatre : fois"),
    )
    assert result == (
        'a: {en: One, fr: "Un, deux", translated_from: 0123456789}  # flow\n'
        "b:\n  en: Two\n  fr: 'L''autre'\n  translated_from: 0123456789\n"
        'c:\n  en: Three\n  fr: "Le \\"trois\\""\n  translated_from: 0123456789\n'
        'd:\n  en: Four\n  fr: "Quatre : fois"\n  translated_from: 0123456789\n'
    )
    data = yaml.safe_load(result)
    assert [data[k]["fr"] for k in "abcd"] == ["Un, deux", "L'autre", 'Le "trois"', "Quatre : fois"]


def test_an_empty_target_takes_the_folded_style_of_its_source(tmp_path: Path) -> None:
    source = "a:\n  en: >-\n    A long text\n    on two lines.\n  fr:\n  # after\n"
    long = "Un texte " + "assez long " * 12 + "pour être plié."
    result = _edit(tmp_path, source, _fr(("a",), long))
    assert result.startswith("a:\n  en: >-\n    A long text\n    on two lines.\n  fr: >-\n    ")
    assert result.endswith("\n  translated_from: 0123456789\n  # after\n")
    assert all(len(line) <= 90 for line in result.splitlines())
    assert yaml.safe_load(result)["a"]["fr"] == long


def test_a_fingerprint_is_replaced_in_place_and_line_endings_kept(tmp_path: Path) -> None:
    source = "a:\n  en: One\n  fr: Un\n  translated_from: aaaaaaaaaa\n"
    result = _edit(tmp_path, source, _fr(("a",), None), newline="\r\n")
    assert result == "a:\r\n  en: One\r\n  fr: Un\r\n  translated_from: 0123456789\r\n"
    inserted = _edit(tmp_path, "a:\n  en: One\n", _fr(("a",), "Un"), newline="\r\n")
    assert inserted == "a:\r\n  en: One\r\n  fr: Un\r\n  translated_from: 0123456789\r\n"


def test_an_inline_record_gets_its_keys_at_the_record_indentation(tmp_path: Path) -> None:
    source = "items:\n  - lead: {en: X}\n    en: Item  # note\n    items: []\n"
    result = _edit(tmp_path, source, _fr(("items", 0), "Élément"))
    assert result == (
        "items:\n  - lead: {en: X}\n    en: Item  # note\n    fr: Élément\n"
        "    translated_from: 0123456789\n    items: []\n"
    )


def test_a_path_that_names_nothing_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(EditError, match="no text at 'b'"):
        _edit(tmp_path, "a:\n  en: One\n", _fr(("b",), "Un"))
