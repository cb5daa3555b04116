"""PDFs made in shard jobs: ``build --shard I/N --pdf`` writes each document's PDF (and a
record of what it was made from) into the shard's folder, and ``bundle --from DIR...
--pdf`` reuses them, converting nothing, for the bytes of ``bundle --pdf`` on one machine.
A shard PDF that does not match its document is refused. Conversions are counted through
the converter seam: a fake LibreOffice, and the real one in the tests marked ``office``."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest
from buildkit import tree
from pdfkit import EPOCH, CountingLibreOffice, FakeLibreOffice, edit_mandate, tiny_content
from pypdf import PdfReader

import councilkit.bundle.pdf
from councilkit.bundle import bundle
from councilkit.cli import main

TOTAL = 3
ALL = ["g-mandate-eng.docx", "g-mandate-fra.docx", "h-mandate-eng.docx", "h-mandate-fra.docx"]


@pytest.fixture(autouse=True)
def epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(EPOCH))


@pytest.fixture
def content(tmp_path: Path) -> Path:
    return tiny_content(tmp_path / "content")


def use(converter: object, monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the command line convert with ``converter``."""
    monkeypatch.setattr(councilkit.bundle.pdf, "LibreOffice", lambda: converter)


def build_shards(content: Path, root: Path, *extra: str) -> list[Path]:
    folders = [root / f"shard-{index}" for index in range(1, TOTAL + 1)]
    for index, folder in enumerate(folders, start=1):
        args = ["build", str(content), "-o", str(folder), "--shard", f"{index}/{TOTAL}", "-q"]
        assert main([*args, *extra]) == 0
    return folders


def join(content: Path, folders: list[Path], target: Path, *extra: str) -> int:
    args = ["bundle", str(content), "--from", *map(str, folders), "-o", str(target)]
    return main([*args, "--pdf", *extra])


def one_machine(content: Path, target: Path) -> bytes:
    bundle(content, target, pdf=True, source_date_epoch=EPOCH, converter=FakeLibreOffice())
    return target.read_bytes()


def test_shards_with_pdfs_join_into_the_one_machine_bundle_converting_nothing(
    content: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = FakeLibreOffice()
    use(fake, monkeypatch)
    shards = build_shards(content, tmp_path, "--pdf")
    assert sorted(fake.converted) == ALL
    assert sorted(p.name for p in (shards[0] / "pdf").iterdir()) == [
        "g-mandate-eng.pdf",
        "g-mandate-eng.pdf.json",
        "g-mandate-fra.pdf",
        "g-mandate-fra.pdf.json",
    ]
    assert not (shards[1] / "pdf").exists() or not list((shards[1] / "pdf").iterdir())
    record = json.loads((shards[2] / "pdf/h-mandate-fra.pdf.json").read_bytes())
    manifest = json.loads((shards[2] / "manifest.json").read_bytes())
    [entry] = [e for e in manifest["documents"] if e["path"] == "h-mandate-fra.docx"]
    assert record["document"] == "h-mandate-fra.docx"
    assert record["document_sha256"] == entry["sha256"]
    assert record["libreoffice"] == fake.version()
    use(NoLibreOffice(), monkeypatch)  # the last job needs no LibreOffice
    target = tmp_path / "release.zip"
    assert join(content, shards, target) == 0
    assert target.read_bytes() == one_machine(content, tmp_path / "one.zip")


class NoLibreOffice:
    """A converter that fails the test when it is used at all."""

    def version(self) -> str:
        raise AssertionError("LibreOffice was asked for its version")

    def convert(self, files: list[Path], outdir: Path, **options: object) -> list[Path]:
        raise AssertionError(f"LibreOffice was asked to convert {files}")


def test_a_shard_built_without_pdfs_has_its_documents_converted_by_the_bundle(
    content: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    fake = FakeLibreOffice()
    use(fake, monkeypatch)
    shards = build_shards(content, tmp_path, "--pdf")
    shutil.rmtree(shards[2] / "pdf")  # as if shard 3 ran without --pdf
    fake.converted.clear()
    target = tmp_path / "release.zip"
    capsys.readouterr()
    assert join(content, shards, target) == 0
    assert sorted(fake.converted) == ["h-mandate-eng.docx", "h-mandate-fra.docx"]
    printed = capsys.readouterr().out
    assert "PDFs: 2 converted, 0 from the PDF cache, 2 from the shards\n" in printed
    assert target.read_bytes() == one_machine(content, tmp_path / "one.zip")


@pytest.mark.parametrize("spoil", ["pdf changed", "document rebuilt", "record other", "link"])
def test_a_shard_pdf_that_does_not_match_its_document_is_refused(
    spoil: str,
    content: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    use(FakeLibreOffice(), monkeypatch)
    shards = build_shards(content, tmp_path / "shards", "--pdf")
    pdf = shards[0] / "pdf/g-mandate-eng.pdf"
    record = pdf.with_name(pdf.name + ".json")
    if spoil == "pdf changed":
        pdf.write_bytes(pdf.read_bytes().replace(b"/Lang (en-CA)", b"/Lang (fr-CA)"))
    elif spoil == "document rebuilt":  # the shards built again from new content, no --pdf
        edit_mandate(content, "g")
        build_shards(content, tmp_path / "shards")
    elif spoil == "record other":
        body = json.loads(record.read_bytes())
        body["libreoffice"] = "LibreOffice 24.2"  # the key no longer matches
        record.write_text(json.dumps(body))
    else:
        elsewhere = tmp_path / "elsewhere.pdf"
        shutil.copyfile(pdf, elsewhere)
        pdf.unlink()
        pdf.symlink_to(elsewhere)
    target = tmp_path / "release.zip"
    target.write_bytes(b"the previous release")
    before = tree(tmp_path)
    capsys.readouterr()
    assert join(content, shards, target) == 1
    assert capsys.readouterr().err == (
        f"councilkit: error: '{pdf}' is not the PDF of '{shards[0] / 'g-mandate-eng.docx'}' "
        "(missing, a link, changed after its build, or made from other bytes or by another "
        "councilkit); build the shard again with --pdf\n"
    )
    assert tree(tmp_path) == before


def test_shard_pdfs_by_two_libreoffice_versions_are_refused(
    content: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    use(FakeLibreOffice(), monkeypatch)
    shards = build_shards(content, tmp_path / "shards", "--pdf")
    newer = "LibreOffice 24.2.7.2 420(Build:2)"
    use(FakeLibreOffice(newer), monkeypatch)
    assert main(["build", str(content), "-o", str(shards[2]), "--shard", "3/3", "--pdf"]) == 0
    capsys.readouterr()
    assert join(content, shards, tmp_path / "release.zip") == 1
    error = capsys.readouterr().err
    assert "the PDFs were made by two LibreOffice versions: LibreOffice 24.2.7.2" in error
    assert "install the same LibreOffice in every job" in error
    assert not (tmp_path / "release.zip").exists()


def test_build_pdf_converts_only_what_changed_and_no_cache_converts_all(
    content: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    fake = FakeLibreOffice()
    use(fake, monkeypatch)
    out = tmp_path / "out"
    assert main(["build", str(content), "-o", str(out), "--pdf"]) == 0
    assert sorted(fake.converted) == ALL
    assert f"4 PDFs in {out / 'pdf'} (4 converted, 0 from the PDF cache)" in capsys.readouterr().out
    first = tree(out / "pdf")
    fake.converted.clear()
    edit_mandate(content, "h")
    assert main(["build", str(content), "-o", str(out), "--pdf"]) == 0
    assert fake.converted == ["h-mandate-eng.docx"]  # the French file is the same
    assert tree(out / "pdf")["g-mandate-eng.pdf"] == first["g-mandate-eng.pdf"]
    assert tree(out / "pdf")["h-mandate-eng.pdf"] != first["h-mandate-eng.pdf"]
    fake.converted.clear()
    assert main(["build", str(content), "-o", str(out), "--pdf", "--no-cache"]) == 0
    assert sorted(fake.converted) == ALL


def test_build_pdf_without_libreoffice_writes_nothing(
    content: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: None)
    before = tree(tmp_path)
    assert main(["build", str(content), "-o", str(tmp_path / "out"), "--pdf"]) == 1
    error = capsys.readouterr().err
    assert error.startswith("councilkit: error: PDF output needs LibreOffice, which is not")
    assert "apt-get install libreoffice-writer-nogui" in error
    assert tree(tmp_path) == before


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--pdf-cache", "c"], "--pdf-cache goes with --pdf"),
        (["--pdf", "--pdf-cache", "{content}/project.yaml"], "is a file, not a folder"),
        (["--pdf"], "'{out}/pdf' is a symbolic link or a file; build --pdf writes the PDFs"),
    ],
)
def test_bad_pdf_options_to_build_change_nothing(
    extra: list[str],
    message: str,
    content: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    use(FakeLibreOffice(), monkeypatch)
    out = tmp_path / "out"
    out.mkdir()
    (out / "pdf").symlink_to(tmp_path)
    before = tree(tmp_path)
    args = ["build", str(content), "-o", str(out)]
    assert main([*args, *(e.format(content=content) for e in extra)]) == 2
    assert message.format(out=out) in capsys.readouterr().err
    assert tree(tmp_path) == before


@pytest.mark.office
def test_real_shard_pdfs_are_tagged_and_join_into_the_one_machine_bundle(
    content: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, soffice: str
) -> None:
    libreoffice = CountingLibreOffice()
    use(libreoffice, monkeypatch)
    shards = build_shards(content, tmp_path, "--pdf", "-j", "2")
    assert sorted(libreoffice.converted) == ALL
    for name, language in (("g-mandate-eng", "en-CA"), ("g-mandate-fra", "fr-CA")):
        reader = PdfReader(io.BytesIO((shards[0] / f"pdf/{name}.pdf").read_bytes()))
        root = reader.trailer["/Root"].get_object()
        assert root["/Lang"] == language
        assert root["/MarkInfo"]["/Marked"] == True  # noqa: E712 (a pypdf BooleanObject)
        assert root["/ViewerPreferences"]["/DisplayDocTitle"] == True  # noqa: E712
        assert reader.metadata is not None and reader.metadata.title
    libreoffice.converted.clear()
    target = tmp_path / "release.zip"
    assert join(content, shards, target) == 0
    assert libreoffice.converted == []
    single = tmp_path / "one.zip"
    bundle(content, single, pdf=True, source_date_epoch=EPOCH, jobs=2, converter=libreoffice)
    assert sorted(libreoffice.converted) == ALL
    assert target.read_bytes() == single.read_bytes()
