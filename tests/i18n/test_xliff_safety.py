"""XLIFF files from outside: no document type, entity or processing instruction is ever
read, whatever the encoding; sizes are bounded; the structure is checked strictly. Each
refusal exits 1, names the place, and changes nothing."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from i18nkit import export_with_one_change, refused, run, snapshot

from councilkit.i18n.exchange import MAX_BYTES

NEW = "Résumé approuvé"
DOCTYPE = '<!DOCTYPE xliff [<!ENTITY a "x">]>'


@pytest.fixture
def exported(content: Path, tmp_path: Path) -> Path:
    return export_with_one_change(content, tmp_path / "out", NEW)


def _text(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    assert text.startswith("<?xml version='1.0' encoding='utf-8'?>\n")
    return text.split("\n", 1)[1]


ENCODINGS = [
    # (name in the declaration or None, codec, byte order mark)
    ("UTF-8", "utf-8", b""),
    ("UTF-8", "utf-8", codecs.BOM_UTF8),
    ("UTF-16", "utf-16-le", codecs.BOM_UTF16_LE),
    ("UTF-16", "utf-16-be", codecs.BOM_UTF16_BE),
    ("UTF-16LE", "utf-16-le", b""),
    ("UTF-16BE", "utf-16-be", b""),
    (None, "utf-16-le", b""),
    (None, "utf-16-be", b""),
    (None, "utf-16-le", codecs.BOM_UTF16_LE),
    ("UTF-32", "utf-32-le", codecs.BOM_UTF32_LE),
    ("UTF-32", "utf-32-be", codecs.BOM_UTF32_BE),
    (None, "utf-32-le", b""),
    ("ISO-8859-1", "latin-1", b""),
    ("windows-1252", "cp1252", b""),
]


def _encoded(body: str, declared: str | None, codec: str, bom: bytes) -> bytes:
    declaration = f'<?xml version="1.0" encoding="{declared}"?>\n' if declared else ""
    return bom + (declaration + body).encode(codec, errors="xmlcharrefreplace")


@pytest.mark.parametrize(("declared", "codec", "bom"), ENCODINGS)
def test_a_document_type_is_refused_in_any_encoding(
    content: Path,
    exported: Path,
    capsys: pytest.CaptureFixture[str],
    declared: str | None,
    codec: str,
    bom: bytes,
) -> None:
    body = _text(exported).replace(">" + NEW + "<", ">&a;<")
    exported.write_bytes(_encoded(DOCTYPE + "\n" + body, declared, codec, bom))
    err = refused(content, capsys, exported)
    line = 2 if declared else 1
    assert f"{exported.as_posix()}:{line}:1: error: this file declares a document type" in err
    assert "never expands entities" in err
    assert "councilkit i18n export" in err


@pytest.mark.parametrize(("declared", "codec", "bom"), ENCODINGS)
def test_the_same_file_without_a_document_type_is_imported(
    content: Path, exported: Path, declared: str | None, codec: str, bom: bytes
) -> None:
    exported.write_bytes(_encoded(_text(exported), declared, codec, bom))
    mandate = content / "groups/open-data-standards/mandate.yaml"
    assert NEW not in mandate.read_text(encoding="utf-8")
    assert run("i18n", "import", str(content), str(exported)) == 0
    assert "fr: " + NEW in mandate.read_text(encoding="utf-8")


def test_billion_laughs(content: Path, exported: Path, capsys: pytest.CaptureFixture[str]) -> None:
    entities = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">' for i in range(1, 10)
    ]
    doctype = "<!DOCTYPE xliff [\n" + "\n".join(entities) + "\n]>\n"
    body = _text(exported).replace(">" + NEW + "<", ">&lol9;<")
    exported.write_text('<?xml version="1.0"?>\n' + doctype + body, encoding="utf-8")
    err = refused(content, capsys, exported)
    assert f"{exported.as_posix()}:2:1: error: this file declares a document type" in err


def test_an_external_document_type_is_refused(
    content: Path, exported: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doctype = '<!DOCTYPE xliff SYSTEM "file:///etc/passwd">\n'
    exported.write_text(doctype + _text(exported), encoding="utf-8")
    assert "declares a document type" in refused(content, capsys, exported)


def test_an_undeclared_entity_is_not_well_formed(
    content: Path, exported: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = _text(exported)
    exported.write_text(text.replace(">" + NEW + "<", ">&xxe;<"), encoding="utf-8")
    line = text[: text.index(">" + NEW + "<")].count("\n") + 1
    err = refused(content, capsys, exported)
    assert f"{exported.as_posix()}:{line}:" in err
    assert "not well-formed XML: Entity 'xxe' not defined" in err


@pytest.mark.parametrize("where", ["before", "inside", "after"])
def test_a_processing_instruction_is_refused(
    content: Path, exported: Path, capsys: pytest.CaptureFixture[str], where: str
) -> None:
    text = _text(exported)
    pi = '<?xml-stylesheet href="http://example.com/x.xsl"?>'
    if where == "before":
        text, line = pi + "\n" + text, 1
    elif where == "inside":
        line = text[: text.index(">" + NEW + "<")].count("\n") + 1
        text = text.replace(">" + NEW + "<", ">Approuvé" + pi + "<")
    else:
        text, line = text + pi + "\n", text.count("\n") + 1
    exported.write_text(text, encoding="utf-8")
    err = refused(content, capsys, exported)
    assert f"{exported.as_posix()}:{line}:1: error: this file has a processing instruction" in err
    assert "<?xml-stylesheet" in err


def test_a_file_too_large_is_refused_unread(
    content: Path, exported: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = _text(exported)
    comment = "<!--" + "x" * 1_000_000 + "-->\n"
    padding = comment * (MAX_BYTES // len(comment) + 1)
    exported.write_text(padding + text, encoding="utf-8")
    err = refused(content, capsys, exported)
    assert f"{exported.as_posix()}:1:1: error: this file is larger than 16 MiB" in err


def test_a_file_just_under_the_bound_is_read(content: Path, exported: Path) -> None:
    text = _text(exported)
    comment = "<!--" + "x" * 1_000_000 + "-->\n"
    padding = comment * ((MAX_BYTES - len(text.encode())) // len(comment))
    exported.write_text(padding + text, encoding="utf-8")
    assert exported.stat().st_size <= MAX_BYTES
    assert run("i18n", "import", str(content), str(exported)) == 0


def _unit_line(text: str, unit_id: str) -> int:
    return text[: text.index(f'id="{unit_id}"')].count("\n") + 1


def test_a_unit_inside_a_unit_is_refused(
    content: Path, exported: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = _text(exported)
    inner = '<trans-unit id="purpose[0]"><source>x</source><target>y</target></trans-unit>'
    marker = '<note from="councilkit">'
    line = text[: text.index(marker)].count("\n") + 1
    exported.write_text(text.replace(marker, inner + marker, 1), encoding="utf-8")
    err = refused(content, capsys, exported)
    assert f"{exported.as_posix()}:{line}:1: error: unit '" in err
    assert "unexpected element <trans-unit>; a <trans-unit> holds <source>" in err


def test_an_unexpected_element_nested_in_a_target_is_refused(
    content: Path, exported: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = _text(exported)
    exported.write_text(
        text.replace(">" + NEW + "<", "><mrk mtype='x'><script>" + NEW + "</script></mrk><"),
        encoding="utf-8",
    )
    err = refused(content, capsys, exported)
    line = _unit_line(text, "history[2].summary")
    assert f"{exported.as_posix()}:{line}:1: error: unit 'history[2].summary'" in err
    assert "unexpected element <script>" in err


def test_an_unexpected_element_in_the_body_is_refused(
    content: Path, exported: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = _text(exported).replace("<body>", "<body><unit id='x'/>", 1)
    exported.write_text(text, encoding="utf-8")
    err = refused(content, capsys, exported)
    assert "error: unexpected element <unit> in <body>" in err


def test_units_in_groups_are_read(content: Path, exported: Path) -> None:
    text = _text(exported).replace("<body>", "<body><group id='g'>", 1)
    exported.write_text(text.replace("</body>", "</group></body>", 1), encoding="utf-8")
    assert run("i18n", "import", str(content), str(exported)) == 0
    mandate = content / "groups/open-data-standards/mandate.yaml"
    assert "fr: " + NEW in mandate.read_text(encoding="utf-8")


def test_a_unit_twice_is_refused(
    content: Path, exported: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = _text(exported)
    start = text.index('<trans-unit id="history[2].summary"')
    end = text.index("</trans-unit>", start) + len("</trans-unit>")
    unit = text[start:end]
    exported.write_text(text[:end] + "\n" + unit + text[end:], encoding="utf-8")
    first = _unit_line(text, "history[2].summary")
    err = refused(content, capsys, exported)
    assert f"unit 'history[2].summary' is in this file twice (first on line {first})" in err


def test_two_targets_are_refused(
    content: Path, exported: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = _text(exported)
    doubled = text.replace(
        ">" + NEW + "</target>", ">" + NEW + "</target><target>Autre</target>", 1
    )
    exported.write_text(doubled, encoding="utf-8")
    err = refused(content, capsys, exported)
    assert "unit 'history[2].summary' has two <target>; keep one" in err


def test_comments_are_allowed(content: Path, exported: Path) -> None:
    text = _text(exported).replace(">" + NEW + "<", "><!-- vérifié -->" + NEW + "<")
    exported.write_text(text, encoding="utf-8")
    before = snapshot(content)
    assert run("i18n", "import", str(content), str(exported)) == 0
    assert snapshot(content) != before
