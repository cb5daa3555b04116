"""verify on hostile zips, made with zipfile directly: every problem is one line and exit 1."""

from __future__ import annotations

import io
import json
import struct
import warnings
import zipfile
from pathlib import Path

import docx
import pytest

from councilkit.bundle import VerifyError, members, verify  # members: its bounds
from councilkit.bundle.layout import checksums_bytes, file_entry, manifest_bytes
from councilkit.cli import main

PDF = b"%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 16


def word_document() -> bytes:
    stream = io.BytesIO()
    document = docx.Document()
    document.add_paragraph("Mandate")
    document.save(stream)
    return stream.getvalue()


GOOD = {
    "index.html": b"<!DOCTYPE html>\n",
    "en/mandate-eng.docx": word_document(),
    "en/mandate-eng.pdf": PDF,
    "thumbnails/en/mandate-eng.png": PNG,
}


def lists(files: dict[str, bytes], *, unlisted: tuple[str, ...] = ()) -> dict[str, bytes]:
    """``files`` with a MANIFEST.json and SHA256SUMS listing every one but ``unlisted``."""
    listed = {name: data for name, data in files.items() if name not in unlisted}
    entries = [file_entry(n, d, n.rsplit(".", 1)[-1], None) for n, d in listed.items()]
    manifest = manifest_bytes(entries, None, None, None)
    everything = {**files, "MANIFEST.json": manifest}
    sums = checksums_bytes({n: d for n, d in everything.items() if n not in unlisted})
    return {**everything, "SHA256SUMS": sums}


def write(
    path: Path, files: dict[str, bytes], infos: dict[str, zipfile.ZipInfo] | None = None
) -> Path:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns of duplicate names, which we want
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, data in files.items():
                archive.writestr((infos or {}).get(name, name), data)
    return path


def refused(path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    """verify's one-line reason for refusing ``path``, asserting exit 1 and no change."""
    before = sorted((p.name, p.stat().st_size) for p in path.parent.iterdir())
    capsys.readouterr()
    assert main(["verify", str(path)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("councilkit: error: "), captured.err
    assert "Traceback" not in captured.err and "internal error" not in captured.err
    assert sorted((p.name, p.stat().st_size) for p in path.parent.iterdir()) == before
    return lines[0].removeprefix("councilkit: error: ")


def test_a_good_bundle_passes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path / "good.zip", lists(GOOD))
    assert verify(path) == 5
    assert main(["verify", str(path)]) == 0
    assert "5 files, every file is listed, every checksum matches" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("../../x.pdf", "is not a plain relative path"),
        ("en/../../x.pdf", "is not a plain relative path"),
        ("./x.pdf", "is not a plain relative path"),
        ("en//x.pdf", "is not a plain relative path"),
        ("/etc/x.pdf", "is an absolute path"),
        ("C:/x.pdf", "is an absolute path"),
        ("c:x.pdf", "is an absolute path"),
        ("en\\x.pdf", "has a backslash in its name"),
        ("en/x\x01.pdf", "has a control character in its name"),
        ("en/", "is a folder entry"),
    ],
)
def test_member_names_must_be_plain_relative_paths(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, reason: str
) -> None:
    path = write(tmp_path / "bad.zip", lists({**GOOD, name: PDF}))
    assert refused(path, capsys) == f"{name!r}: {reason}" + (
        " (a part is '..', '.' or empty)" if "plain" in reason else ""
    ) + ("; a bundle holds files only" if "folder" in reason else "")


@pytest.mark.parametrize(
    ("unix_mode", "dos", "reason"),
    [
        (0o120777, 0, "is a symbolic link"),
        (0o040755, 0, "is not a regular file"),
        (0o010644, 0, "is not a regular file"),
        (0, 0x10, "is a folder entry; a bundle holds files only"),
    ],
)
def test_members_must_be_regular_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], unix_mode: int, dos: int, reason: str
) -> None:
    info = zipfile.ZipInfo("en/link.pdf")
    info.create_system = 3
    info.external_attr = (unix_mode << 16) | dos
    path = write(tmp_path / "bad.zip", lists({**GOOD, "en/link.pdf": PDF}), {"en/link.pdf": info})
    assert refused(path, capsys) == f"'en/link.pdf': {reason}"


def test_duplicate_names_are_refused_even_in_another_case(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = lists(GOOD)
    path = tmp_path / "dup.zip"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with zipfile.ZipFile(path, "w") as archive:
            for name, data in files.items():
                archive.writestr(name, data)
            archive.writestr("en/mandate-eng.pdf", b"%PDF-other\n%%EOF")
    assert refused(path, capsys) == "en/mandate-eng.pdf: is in the bundle twice"
    path = write(tmp_path / "case.zip", lists({**GOOD, "en/Mandate-eng.pdf": PDF}))
    assert (
        refused(path, capsys) == "en/Mandate-eng.pdf: differs only in case from en/mandate-eng.pdf"
    )


def test_encrypted_and_unknown_compression_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path / "enc.zip", lists({**GOOD, "en/x.pdf": PDF}))
    path.write_bytes(patch_central(path.read_bytes(), "en/x.pdf", 8, 0x1))
    assert refused(path, capsys) == "'en/x.pdf': is encrypted"
    info = zipfile.ZipInfo("en/x.pdf")
    info.compress_type = zipfile.ZIP_BZIP2
    path = write(tmp_path / "bz.zip", lists({**GOOD, "en/x.pdf": PDF}), {"en/x.pdf": info})
    assert refused(path, capsys) == (
        "'en/x.pdf': uses compression method 12; only stored or deflated are read"
    )


@pytest.mark.parametrize(
    ("unlisted", "reason"),
    [
        (("thumbnails/en/mandate-eng.png",), "in the bundle but not in SHA256SUMS"),
        (("index.html",), "in the bundle but not in SHA256SUMS"),
    ],
)
def test_every_member_is_listed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], unlisted: tuple[str, ...], reason: str
) -> None:
    path = write(tmp_path / "bad.zip", lists(GOOD, unlisted=unlisted))
    assert refused(path, capsys) == f"{unlisted[0]}: {reason}"


def test_a_member_missing_from_the_manifest_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = lists(GOOD)
    files["en/extra.pdf"] = PDF
    files["SHA256SUMS"] = checksums_bytes({n: d for n, d in files.items() if n != "SHA256SUMS"})
    path = write(tmp_path / "bad.zip", files)
    assert refused(path, capsys) == "en/extra.pdf: in the bundle but not in MANIFEST.json"


def test_a_listed_file_must_be_there(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files = lists(GOOD)
    del files["en/mandate-eng.docx"]
    files["SHA256SUMS"] = checksums_bytes(
        {
            n: d
            for n, d in {**files, "en/mandate-eng.docx": GOOD["en/mandate-eng.docx"]}.items()
            if n != "SHA256SUMS"
        }
    )
    path = write(tmp_path / "bad.zip", files)
    assert refused(path, capsys) == (
        "en/mandate-eng.docx: listed in SHA256SUMS but missing from the bundle"
    )
    files["SHA256SUMS"] = checksums_bytes({n: d for n, d in files.items() if n != "SHA256SUMS"})
    path = write(tmp_path / "bad2.zip", files)
    assert refused(path, capsys) == (
        "en/mandate-eng.docx: listed in MANIFEST.json but missing from the bundle"
    )


def with_manifest(manifest: bytes) -> dict[str, bytes]:
    files = {**lists(GOOD), "MANIFEST.json": manifest}
    files["SHA256SUMS"] = checksums_bytes({n: d for n, d in files.items() if n != "SHA256SUMS"})
    return files


def good_manifest() -> dict[str, object]:
    body: dict[str, object] = json.loads(lists(GOOD)["MANIFEST.json"])
    return body


def changed(**change: object) -> bytes:
    return json.dumps({**good_manifest(), **change}).encode()


def first_file(**change: object) -> bytes:
    body = good_manifest()
    files = body["files"]
    assert isinstance(files, list)
    files[0] = {**files[0], **change}
    return json.dumps(body).encode()


@pytest.mark.parametrize(
    ("manifest", "reason"),
    [
        (b"{not json", "MANIFEST.json: not valid JSON"),
        (b"\xff\xfe", "MANIFEST.json: not valid JSON"),
        (b"[" * 100000 + b"]" * 100000, "MANIFEST.json: not valid JSON"),
        (b"[]", "MANIFEST.json: not a councilkit bundle manifest (no list of files)"),
        (changed(files={}), "MANIFEST.json: not a councilkit bundle manifest (no list of files)"),
        (
            changed(bundle_version=1),
            "MANIFEST.json: bundle version 1, but this councilkit reads version 2; "
            "make the bundle again with this councilkit",
        ),
        (first_file(sha256="abc"), "MANIFEST.json: file 1 needs a path, a sha256"),
        (first_file(bytes="12"), "MANIFEST.json: file 1 needs a path, a sha256"),
        (first_file(bytes=True), "MANIFEST.json: file 1 needs a path, a sha256"),
        (first_file(path="../x"), "MANIFEST.json: file 1 needs a path, a sha256"),
        (first_file(format=None), "MANIFEST.json: file 1 needs a path, a sha256"),
        (first_file(path="en/mandate-eng.pdf"), "MANIFEST.json: lists en/mandate-eng.pdf a second"),
        (first_file(bytes=1), "en/mandate-eng.docx: checksum or size does not match MANIFEST.json"),
    ],
)
def test_a_malformed_manifest_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], manifest: bytes, reason: str
) -> None:
    path = write(tmp_path / "bad.zip", with_manifest(manifest))
    assert refused(path, capsys).startswith(reason)


@pytest.mark.parametrize(
    ("sums", "reason"),
    [
        (b"\xff", "SHA256SUMS: not UTF-8 text"),
        (b"0" * 64 + b" en/x\n", "SHA256SUMS: line 1 is not '<sha256>  <file>'"),
        (b"0" * 64 + b"  a\n" + b"1" * 64 + b"  a\n", "SHA256SUMS: line 2 lists a a second time"),
    ],
)
def test_malformed_checksums_are_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], sums: bytes, reason: str
) -> None:
    path = write(tmp_path / "bad.zip", {**lists(GOOD), "SHA256SUMS": sums})
    assert refused(path, capsys) == reason


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("en/mandate-eng.pdf", b"%PDF-1.7 cut short", "not a complete PDF"),
        ("en/mandate-eng.pdf", b"<html>%%EOF", "not a complete PDF"),
        ("thumbnails/en/mandate-eng.png", b"GIF89a", "not a PNG picture"),
        ("en/mandate-eng.docx", b"PK\x03\x04 not a package", "does not open as .docx"),
        ("en/mandate-eng.docx", PDF, "does not open as .docx"),
    ],
)
def test_every_document_is_reopened(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, data: bytes, reason: str
) -> None:
    path = write(tmp_path / "bad.zip", lists({**GOOD, name: data}))
    assert refused(path, capsys).startswith(f"{name}: {reason}")


def patch_central(data: bytes, name: str, offset: int, value: int) -> bytes:
    """``data`` (a zip) with the 4-byte (offset 24: uncompressed size) or 2-byte (offset 8:
    flags) field of ``name``'s central directory record set to ``value``."""
    at = data.index(b"PK\x01\x02")
    while True:
        name_length = struct.unpack("<H", data[at + 28 : at + 30])[0]
        if data[at + 46 : at + 46 + name_length] == name.encode():
            packed = struct.pack("<I" if offset == 24 else "<H", value)
            return data[: at + offset] + packed + data[at + offset + len(packed) :]
        at = data.index(b"PK\x01\x02", at + 4)


def test_declared_sizes_are_bounded_and_checked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    bomb = b"\0" * (8 << 20)  # 8 MiB of zeros deflate to a few kilobytes
    path = write(tmp_path / "bomb.zip", lists({**GOOD, "en/bomb.pdf": bomb}))
    monkeypatch.setattr(members, "MAX_MEMBER_BYTES", 1 << 20)
    assert refused(path, capsys) == (
        f"'en/bomb.pdf': would unpack to {8 << 20} bytes, more than {1 << 20}"
    )
    monkeypatch.setattr(members, "MAX_MEMBER_BYTES", 16 << 20)
    monkeypatch.setattr(members, "MAX_TOTAL_BYTES", 4 << 20)
    assert refused(path, capsys) == f"the bundle would unpack to more than {4 << 20} bytes"
    monkeypatch.undo()
    good = write(tmp_path / "good.zip", lists(GOOD)).read_bytes()
    lying = tmp_path / "lying.zip"
    lying.write_bytes(patch_central(good, "en/mandate-eng.pdf", 24, 10))
    assert refused(lying, capsys).startswith(f"{lying}: damaged zip (Bad CRC-32")
    lying.write_bytes(patch_central(good, "en/mandate-eng.pdf", 24, len(PDF) + 100))
    assert (
        refused(lying, capsys)
        == f"en/mandate-eng.pdf: unpacks to {len(PDF)} bytes, not {len(PDF) + 100}"
    )


def test_damaged_zips_are_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = write(tmp_path / "good.zip", lists(GOOD)).read_bytes()
    truncated = tmp_path / "truncated.zip"
    truncated.write_bytes(good[: len(good) // 2])
    assert refused(truncated, capsys) == f"{truncated}: not a zip file"
    tail_cut = tmp_path / "tail.zip"
    tail_cut.write_bytes(good[:-10])
    assert refused(tail_cut, capsys) == f"{tail_cut}: not a zip file"
    junk = tmp_path / "junk.zip"
    junk.write_bytes(b"hello")
    assert refused(junk, capsys) == f"{junk}: not a zip file"
    empty = tmp_path / "empty.zip"
    empty.write_bytes(b"")
    assert refused(empty, capsys) == f"{empty}: not a zip file"
    stored = tmp_path / "stored.zip"
    with zipfile.ZipFile(stored, "w", zipfile.ZIP_STORED) as archive:
        for name, data in lists(GOOD).items():
            archive.writestr(name, data)
    flipped = bytearray(stored.read_bytes())
    flipped[flipped.index(b"%PDF-1.7") + 3] ^= 0xFF
    bad_crc = tmp_path / "crc.zip"
    bad_crc.write_bytes(bytes(flipped))
    assert (
        refused(bad_crc, capsys)
        == f"{bad_crc}: damaged zip (Bad CRC-32 for file 'en/mandate-eng.pdf')"
    )
    deflated = bytearray(good)
    start = deflated.index(b"en/mandate-eng.pdf") + len("en/mandate-eng.pdf")
    deflated[start : start + 8] = b"\xff" * 8
    broken = tmp_path / "inflate.zip"
    broken.write_bytes(bytes(deflated))
    assert refused(broken, capsys).startswith(f"{broken}: damaged zip (")


def test_a_missing_bundle_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["verify", str(tmp_path / "none.zip")]) == 2
    assert (
        capsys.readouterr().err
        == f"councilkit: error: bundle '{tmp_path / 'none.zip'}' does not exist\n"
    )
    with pytest.raises(VerifyError):
        verify(write(tmp_path / "x.zip", {}))
