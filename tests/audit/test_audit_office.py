"""Reading any Office file safely: no entity expanded, no file that is not one audited."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from office_files import codes, deck, word

from councilkit.audit import audit_file
from councilkit.errors import UsageError

pytestmark = pytest.mark.invalid_ooxml  # these files are broken on purpose


def _replace_part(path: Path, part: str, data: bytes) -> Path:
    """A copy of ``path`` whose ``part`` holds ``data``."""
    copy = path.with_name("changed-" + path.name)
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(copy, "w") as target:
        for item in source.infolist():
            target.writestr(item, data if item.filename == part else source.read(item))
    return copy


def test_an_entity_in_a_part_is_not_expanded(tmp_path: Path) -> None:
    core = (
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY t SYSTEM "file:///etc/hostname">]>'
        b'<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
        b'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        b"<dc:title>&t;</dc:title></cp:coreProperties>"
    )
    changed = _replace_part(word(tmp_path / "w.docx"), "docProps/core.xml", core)
    assert codes(changed) == ["document-title"]  # the entity is not read, so no title


def test_a_part_that_is_not_xml_is_a_usage_error(tmp_path: Path) -> None:
    changed = _replace_part(word(tmp_path / "w.docx"), "word/document.xml", b"<w:document")
    with pytest.raises(UsageError, match=r"part word/document\.xml is not well-formed XML"):
        audit_file(changed)


def test_a_deck_named_as_a_word_file_is_a_usage_error(tmp_path: Path) -> None:
    wrong = tmp_path / "deck.docx"
    deck(tmp_path / "deck.pptx").rename(wrong)
    with pytest.raises(UsageError, match=r"deck\.docx: not a Word file"):
        audit_file(wrong)
