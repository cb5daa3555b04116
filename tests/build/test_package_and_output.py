"""The package step fixes what varies between runs; the output folder never leaves itself."""

from __future__ import annotations

import datetime
import io
import os
import zipfile
from pathlib import Path

import pytest

from councilkit.build.output import OutputFolder
from councilkit.errors import UsageError
from councilkit.package import normalize_ooxml, timestamp_from_epoch

CORE = (
    b'<?xml version="1.0"?><cp:coreProperties xmlns:cp="cp" xmlns:dcterms="d">'
    b'<dcterms:created xsi:type="dcterms:W3CDTF">2013-12-23T23:15:00Z</dcterms:created>'
    b"<cp:lastPrinted>2014-01-01T00:00:00Z</cp:lastPrinted>"
    b'<dcterms:modified xsi:type="dcterms:W3CDTF">2026-11-24T10:00:00Z</dcterms:modified>'
    b"</cp:coreProperties>"
)


def _office_file(when: tuple[int, int, int, int, int, int]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(zipfile.ZipInfo("word/document.xml", when), b"<w:document/>")
        archive.writestr(zipfile.ZipInfo("docProps/core.xml", when), CORE)
        archive.writestr(zipfile.ZipInfo("[Content_Types].xml", when), b"<Types/>")
    return buffer.getvalue()


def test_normalized_files_depend_only_on_content_and_timestamp() -> None:
    stamp = timestamp_from_epoch(1473811200)
    one = normalize_ooxml(_office_file((2020, 1, 1, 0, 0, 0)), stamp)
    two = normalize_ooxml(_office_file((2026, 11, 24, 5, 6, 7)), stamp)
    assert one == two
    archive = zipfile.ZipFile(io.BytesIO(one))
    assert archive.namelist()[0] == "[Content_Types].xml"
    assert {i.date_time for i in archive.infolist()} == {(2016, 9, 14, 0, 0, 0)}
    core = archive.read("docProps/core.xml")
    assert b">2016-09-14T00:00:00Z</dcterms:created>" in core
    assert b">2016-09-14T00:00:00Z</dcterms:modified>" in core
    assert b"lastPrinted" not in core


def test_timestamps_before_1980_are_clamped_for_zip() -> None:
    data = normalize_ooxml(_office_file((2020, 1, 1, 0, 0, 0)), timestamp_from_epoch(0))
    info = zipfile.ZipFile(io.BytesIO(data)).infolist()[0]
    assert info.date_time == (1980, 1, 1, 0, 0, 0)


def test_time_zone_does_not_change_the_bytes() -> None:
    utc = datetime.datetime(2016, 9, 14, 12, tzinfo=datetime.UTC)
    eastern = utc.astimezone(datetime.timezone(datetime.timedelta(hours=-4)))
    source = _office_file((2020, 1, 1, 0, 0, 0))
    assert normalize_ooxml(source, utc) == normalize_ooxml(source, eastern)


def test_writes_are_atomic_and_leave_no_temporary_file(tmp_path: Path) -> None:
    folder = OutputFolder(tmp_path / "out")
    folder.create()
    folder.write("a.docx", b"first")
    folder.write("a.docx", b"second")
    assert (tmp_path / "out/a.docx").read_bytes() == b"second"
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["a.docx"]


@pytest.mark.parametrize("name", ["../escape.docx", "/etc/x.docx", "sub/a.docx", "..", ""])
def test_names_that_would_leave_the_output_folder_are_refused(tmp_path: Path, name: str) -> None:
    folder = OutputFolder(tmp_path / "out")
    folder.create()
    with pytest.raises(UsageError):
        folder.write(name, b"x")
    assert list((tmp_path / "out").iterdir()) == []
    assert not (tmp_path / "escape.docx").exists()


def test_a_link_in_the_output_folder_is_not_followed_out(tmp_path: Path) -> None:
    outside = tmp_path / "outside.docx"
    outside.write_bytes(b"keep me")
    folder = OutputFolder(tmp_path / "out")
    folder.create()
    os.symlink(outside, tmp_path / "out/a.docx")
    with pytest.raises(UsageError):
        folder.write("a.docx", b"x")
    assert outside.read_bytes() == b"keep me"


def test_a_failed_write_keeps_the_last_good_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = OutputFolder(tmp_path / "out")
    folder.create()
    folder.write("a.docx", b"good")

    def broken_replace(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError):
        folder.write("a.docx", b"half")
    assert (tmp_path / "out/a.docx").read_bytes() == b"good"
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["a.docx"]


def test_a_deck_says_what_it_is_in_its_extended_properties(tmp_path: Path) -> None:
    from councilkit.build import build

    build(
        Path(__file__).resolve().parents[2] / "content",
        tmp_path,
        source_date_epoch=0,
        groups=["open-data-standards"],
        languages=["en"],
    )
    deck = tmp_path / "open-data-standards-deck-2016-11-16-eng.pptx"
    app = zipfile.ZipFile(deck).read("docProps/app.xml").decode()
    slides = sum(1 for n in zipfile.ZipFile(deck).namelist() if n.startswith("ppt/slides/slide"))
    assert "<Application>councilkit</Application>" in app
    assert f"<Slides>{slides}</Slides>" in app and slides == 10
    assert "Macintosh" not in app and "4:3" not in app
