"""PO files are read strictly: every damage is refused with its line, and nothing changes."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from i18nkit import export_with_one_change, refused, run

MANDATE = "groups/open-data-standards/mandate.yaml"
NEW = "Résumé approuvé"
UNIT = 'msgctxt "history[2].summary"'


@pytest.fixture
def po(content: Path, tmp_path: Path) -> Path:
    return export_with_one_change(content, tmp_path / "out", NEW, po=True)


def _line_of(path: Path, needle: str) -> int:
    lines = path.read_text(encoding="utf-8").split("\n")
    return next(i for i, line in enumerate(lines, start=1) if needle in line)


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _imported(content: Path, po: Path) -> str:
    assert run("i18n", "import", str(content), str(po)) == 0
    return (content / MANDATE).read_text(encoding="utf-8")


def test_a_good_file_is_imported(content: Path, po: Path) -> None:
    assert f"fr: {NEW}" in _imported(content, po)


def test_msgstr_without_quotes(content: Path, po: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _replace(po, f'msgstr "{NEW}"', f"msgstr {NEW}")
    line = _line_of(po, f"msgstr {NEW}")
    err = refused(content, capsys, po)
    assert f"{po.as_posix()}:{line}:8: error: msgstr must be followed by a text in double" in err


@pytest.mark.parametrize(
    ("written", "column", "message"),
    [
        (f'msgstr "{NEW}', 8 + len(NEW) + 1, 'the text has no closing quote ("); add it'),
        (f'msgstr "{NEW}" x', 8 + len(NEW) + 2, "text after the closing quote"),
        (f'msgstr "{NEW}\\q"', 8 + len(NEW) + 1, "unknown escape '\\q'"),
        (f'msgstr[0] "{NEW}"', 1, "plural forms (msgid_plural, msgstr[n]) are not used"),
        (f'msgstr "{NEW}"\nmsgid_plural "x"', 1, "plural forms"),
        (f'msgstr "{NEW}"\nmsgstr "x"', 1, "msgstr without msgid above it"),
        (f'msgstr "{NEW}"\nBonjour', 1, "'Bonjour' is not a PO line"),
    ],
)
def test_damaged_lines(
    content: Path,
    po: Path,
    capsys: pytest.CaptureFixture[str],
    written: str,
    column: int,
    message: str,
) -> None:
    line = _line_of(po, f'msgstr "{NEW}"') + written.count("\n")
    _replace(po, f'msgstr "{NEW}"', written)
    err = refused(content, capsys, po)
    assert f"{po.as_posix()}:{line}:{column}: error: {message}" in err


def test_an_entry_without_msgstr(
    content: Path, po: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    line = _line_of(po, UNIT)
    _replace(po, f'msgstr "{NEW}"\n', "")
    err = refused(content, capsys, po)
    assert f"the entry that starts on line {line} has no msgstr after its msgid" in err


def test_an_entry_without_msgctxt(
    content: Path, po: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    line = _line_of(po, UNIT)
    _replace(po, UNIT + "\n", "")
    err = refused(content, capsys, po)
    assert f"{po.as_posix()}:{line}:1: error: this entry has no msgctxt" in err


def test_a_duplicate_entry(content: Path, po: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = po.read_text(encoding="utf-8")
    start = text.index(UNIT)
    end = text.index("\n\n", start)
    po.write_text(text + "\n" + text[start:end] + "\n", encoding="utf-8")
    first = _line_of(po, UNIT)
    second = len(text.split("\n")) + 1
    err = refused(content, capsys, po)
    assert (
        f"{po.as_posix()}:{second}:1: error: the entry for unit 'history[2].summary' is in " in err
    )
    assert f"twice (first on line {first})" in err


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('"MIME-Version: 1.0\\n"', '"MIME-Version 1.0\\n"', "the header line 'MIME-Version 1.0'"),
        ("charset=utf-8", "charset=klingon", "unknown charset 'klingon' in Content-Type"),
        ("charset=utf-8", "charset=ISO-8859-1", "this file says it is in 'ISO-8859-1'"),
        ('"Language: fr_CA\\n"', '"Langue: fr_CA\\n"', "this PO file has no 'Language' header"),
        ("Project-Id-Version: ", "Project-Id-Version: x.txt ", "this PO file does not say"),
    ],
)
def test_a_broken_header(
    content: Path,
    po: Path,
    capsys: pytest.CaptureFixture[str],
    old: str,
    new: str,
    message: str,
) -> None:
    _replace(po, old, new)
    err = refused(content, capsys, po)
    assert f"{po.as_posix()}:" in err and f"error: {message}" in err


def test_a_header_line_is_named_by_its_line(
    content: Path, po: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    line = _line_of(po, "MIME-Version")
    _replace(po, '"MIME-Version: 1.0\\n"', '"MIME-Version 1.0\\n"')
    err = refused(content, capsys, po)
    assert f"{po.as_posix()}:{line}:1: error: the header line 'MIME-Version 1.0'" in err


def test_no_header(content: Path, po: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = po.read_text(encoding="utf-8")
    start = text.index('msgid ""')
    po.write_text(text[:start] + text[text.index("\n\n", start) + 2 :], encoding="utf-8")
    err = refused(content, capsys, po)
    assert "this PO file does not start with its header" in err


def test_latin_1_bytes_in_a_utf_8_file(
    content: Path, po: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    line = _line_of(po, f'msgstr "{NEW}"')
    po.write_bytes(
        po.read_text(encoding="utf-8").replace(NEW, "Résumé").encode("latin-1", "replace")
    )
    err = refused(content, capsys, po)
    assert "this file is not UTF-8" in err
    # The first non-UTF-8 byte is further up (a ’ or an é of another entry), never after.
    assert int(err.split(f"{po.as_posix()}:")[1].split(":")[0]) <= line


def test_obsolete_entries_are_not_imported(content: Path, po: Path) -> None:
    text = po.read_text(encoding="utf-8")
    obsolete = (
        '#~ msgctxt "history[1].summary"\n#~ msgid "Revised after the fall teleconference '
        'of the joint councils."\n#~ msgstr "Texte obsolète"\n'
    )
    po.write_text(text + "\n" + obsolete, encoding="utf-8")
    written = _imported(content, po)
    assert f"fr: {NEW}" in written
    assert "obsolète" not in written


def test_crlf_and_a_byte_order_mark(content: Path, po: Path) -> None:
    text = po.read_text(encoding="utf-8").replace("\n", "\r\n")
    po.write_bytes(codecs.BOM_UTF8 + text.encode("utf-8"))
    assert f"fr: {NEW}" in _imported(content, po)


def test_a_text_on_several_lines_with_escapes(content: Path, po: Path) -> None:
    _replace(po, f'msgstr "{NEW}"', 'msgstr ""\n"Résumé \\"approuvé\\" "\n"par tous"')
    assert 'fr: Résumé "approuvé" par tous' in _imported(content, po)


def test_a_fuzzy_entry_is_left_alone(content: Path, po: Path) -> None:
    _replace(po, UNIT, "#, fuzzy\n" + UNIT)
    assert NEW not in _imported(content, po)


def test_a_po_file_for_another_language(
    content: Path, po: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _replace(po, '"Language: fr_CA\\n"', '"Language: es_MX\\n"')
    err = refused(content, capsys, po)
    assert f"{po.as_posix()}:1:1: error: this file translates ? into es ('es_MX')" in err


def test_a_po_file_for_another_document(
    content: Path, po: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _replace(po, "groups/open-data-standards/mandate.yaml 1.0", "groups/x/nowhere.yaml 1.0")
    err = refused(content, capsys, po)
    assert "this file is for 'groups/x/nowhere.yaml', which is not a content file" in err


def test_a_po_unit_naming_no_text(
    content: Path, po: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    line = _line_of(po, UNIT)
    _replace(po, UNIT, 'msgctxt "history[9].summary"')
    err = refused(content, capsys, po)
    assert f"{po.as_posix()}:{line}:1: error: unit 'history[9].summary' names no text" in err
