"""The package step fixes what varies between runs."""

from __future__ import annotations

import datetime
import io
import zipfile
from pathlib import Path

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
    assert f"<Slides>{slides}</Slides>" in app and slides > 1
    assert "Macintosh" not in app and "4:3" not in app
