"""Bad translation files: a clear error, exit 1, and not one byte written."""

from __future__ import annotations

from pathlib import Path

import pytest
from i18nkit import edit_xliff, refused, run, set_po_target, set_xliff_target, snapshot

MANDATE_XLF = "open-data-standards/mandate.fr.xlf"
TERMS_XLF = "joint-councils-framework/terms-of-reference.fr.xlf"


@pytest.fixture
def exported(content: Path, tmp_path: Path) -> Path:
    out = tmp_path / "out"
    assert run("i18n", "export", str(content), "-o", str(out)) == 0
    # A good change in another file: it must not be written either when one file is bad.
    set_xliff_target(out / MANDATE_XLF, "history[2].summary", "Approuvé")
    return out


def test_unknown_unit_ids_are_listed(
    content: Path, exported: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit_xliff(exported / TERMS_XLF, 'id="purpose[0]"', 'id="purpose[9]"')
    edit_xliff(exported / TERMS_XLF, 'id="scope.in_scope[0]"', 'id="scope.nowhere"')
    err = refused(content, capsys, exported / MANDATE_XLF, exported / TERMS_XLF)
    lines = [line for line in err.splitlines() if "[unknown-unit]" in line]
    assert len(lines) == 2
    assert "unit 'purpose[9]' names no text of groups/joint-councils-framework/terms-" in lines[0]
    assert "unit 'scope.nowhere' names no text" in lines[1]
    assert lines[0].startswith(f"{(exported / TERMS_XLF).as_posix()}:")


def test_malformed_xml(content: Path, exported: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = exported / TERMS_XLF
    path.write_text(path.read_text(encoding="utf-8").replace("</body>", "</bdy>"), "utf-8")
    err = refused(content, capsys, exported / MANDATE_XLF, path)
    assert f"{path.as_posix()}:" in err and "not well-formed XML" in err


def test_a_document_type_isrefused(
    content: Path, exported: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = exported / TERMS_XLF
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("?>", '?>\n<!DOCTYPE x [<!ENTITY a "aaaa">]>', 1), "utf-8")
    assert "declares a document type" in refused(content, capsys, path)


def test_wrong_target_language(
    content: Path, exported: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit_xliff(exported / TERMS_XLF, 'target-language="fr-CA"', 'target-language="es-MX"')
    err = refused(content, capsys, exported / MANDATE_XLF, exported / TERMS_XLF)
    assert "wrong-language" in err and "'es-MX'" in err


def test_a_file_for_a_document_that_does_not_exist(
    content: Path, exported: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (content / "groups/joint-councils-framework/terms-of-reference.yaml").unlink()
    err = refused(content, capsys, exported / TERMS_XLF)
    assert "unknown-document" in err
    assert "'groups/joint-councils-framework/terms-of-reference.yaml'" in err


def test_a_lost_link_in_xliff(
    content: Path, exported: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = exported / TERMS_XLF
    text = path.read_text(encoding="utf-8")
    start = text.index('<target state="translated">Les conseils mixtes ont adopté')
    link = text.index('<bpt id="3" ctype="link">', start)
    end = text.index("</ept>", link) + len("</ept>")
    path.write_text(text[:link] + "la page du gouvernement" + text[end:], encoding="utf-8")
    err = refused(content, capsys, exported / MANDATE_XLF, path)
    assert "markup-mismatch" in err and "lost the tags 3 (link)" in err
    assert "background[1]" in err


def test_lost_bold_in_po(content: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "po"
    assert run("i18n", "export", str(content), "--format", "po", "-o", str(out)) == 0
    po = out / "open-data-standards/mandate.fr.po"
    set_po_target(po, "purpose[0]", "Le groupe élabore des normes communes.")
    err = refused(content, capsys, po)
    assert "the source has 1 bold, the translation has no markup" in err


def test_a_source_changed_since_export_is_a_conflict(
    content: Path, exported: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mandate = content / "groups/open-data-standards/mandate.yaml"
    mandate.write_text(
        mandate.read_text(encoding="utf-8").replace(
            "en: Approved by the PSCIOC co-chairs.", "en: Approved by both co-chairs."
        ),
        encoding="utf-8",
    )
    err = refused(content, capsys, exported / MANDATE_XLF)
    assert "conflict" in err and "source changed since this file was exported" in err


def test_a_file_that_is_not_xliff_or_po(content: Path, tmp_path: Path) -> None:
    other = tmp_path / "notes.txt"
    other.write_text("hello", encoding="utf-8")
    before = snapshot(content)
    assert run("i18n", "import", str(content), str(other)) == 2
    assert run("i18n", "import", str(content), str(tmp_path / "missing.xlf")) == 2
    assert snapshot(content) == before


def test_an_xliff_2_file_isrefused(
    content: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "v2.xlf"
    path.write_text(
        '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en"/>',
        encoding="utf-8",
    )
    assert "not an XLIFF 1.2 file" in refused(content, capsys, path)
