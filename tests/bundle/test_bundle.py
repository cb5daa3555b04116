"""Release bundles: contents, checksums, reproducibility, verification, atomicity."""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import subprocess
import time
import zipfile
from pathlib import Path

import pytest

from councilkit.bundle import PdfError, VerifyError, bundle, verify
from councilkit.cli import main

EPOCH = 1473811200


@pytest.fixture(scope="module")
def release(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("bundle") / "release.zip"
    bundle(Path(__file__).resolve().parents[2] / "content", target, source_date_epoch=EPOCH, jobs=2)
    return target


def members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def test_documents_per_language_with_manifest_checksums_and_index(release: Path) -> None:
    files = members(release)
    names = sorted(files)
    assert names == sorted(names)  # members are stored in name order
    assert [n for n in names if "/" not in n] == ["MANIFEST.json", "SHA256SUMS", "index.html"]
    documents = [n for n in names if n.endswith((".docx", ".pptx"))]
    assert len(documents) == 12
    assert {n.split("/")[0] for n in documents} == {"en", "fr"}
    assert all(n.startswith("en/") == n.endswith("-eng" + n[-5:]) for n in documents)
    manifest = json.loads(files["MANIFEST.json"])
    assert manifest["bundle_version"] == 2
    assert manifest["source_date_epoch"] == EPOCH
    assert "councilkit_version" in manifest and "source_commit" in manifest
    assert {e["path"] for e in manifest["files"]} == set(files) - {"MANIFEST.json", "SHA256SUMS"}
    for entry in manifest["files"]:
        data = files[entry["path"]]
        assert entry["sha256"] == hashlib.sha256(data).hexdigest()
        assert entry["bytes"] == len(data)
        if entry["path"] != "index.html":
            assert set(entry) >= {"group", "kind", "language", "version", "status"}
    index = files["index.html"].decode()
    for name in documents:
        assert f'href="{name}"' in index
    assert "Groupe de travail sur le cadre des conseils mixtes" in index


def test_sha256sums_passes_sha256sum_check(release: Path, tmp_path: Path) -> None:
    sha256sum = shutil.which("sha256sum")
    if sha256sum is None:
        pytest.skip("sha256sum is not installed")
    with zipfile.ZipFile(release) as archive:
        archive.extractall(tmp_path)
    result = subprocess.run(
        [sha256sum, "-c", "SHA256SUMS"], cwd=tmp_path, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.count(": OK") == len(members(release)) - 1


def test_the_same_content_gives_the_same_zip_in_any_time_zone(
    release: Path, example_content: Path, tmp_path: Path
) -> None:
    previous = os.environ.get("TZ")
    os.environ["TZ"] = "Pacific/Auckland"
    time.tzset()
    try:
        again = tmp_path / "again.zip"
        bundle(example_content, again, source_date_epoch=EPOCH, jobs=1)
    finally:
        if previous is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = previous
        time.tzset()
    assert again.read_bytes() == release.read_bytes()
    infos = zipfile.ZipFile(again).infolist()
    assert {i.date_time for i in infos} == {(2016, 9, 14, 0, 0, 0)}
    assert {i.external_attr >> 16 for i in infos} == {0o100644}


def test_verify_accepts_a_good_bundle(release: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert verify(release) == len(members(release)) - 1
    assert main(["verify", str(release)]) == 0
    assert "every checksum matches" in capsys.readouterr().out


def rewrite(source: Path, target: Path, change: dict[str, bytes | None]) -> Path:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for name in old.namelist():
            if name in change:
                if change[name] is not None:
                    new.writestr(name, change[name])  # type: ignore[arg-type]
            else:
                new.writestr(name, old.read(name))
    return target


def test_verify_names_the_first_tampered_file(
    release: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    name = "fr/joint-councils-framework-mandate-fra.docx"
    data = members(release)[name]
    bad = rewrite(release, tmp_path / "bad.zip", {name: data[:-10] + b"0123456789"})
    assert main(["verify", str(bad)]) == 1
    assert capsys.readouterr().err.strip() == (
        f"councilkit: error: {name}: checksum does not match SHA256SUMS"
    )


def test_verify_finds_a_document_that_does_not_open_even_with_matching_sums(
    release: Path, tmp_path: Path
) -> None:
    files = members(release)
    name = "en/joint-councils-framework-deck-2016-09-14-eng.pptx"
    files[name] = b"PK\x03\x04 not really a deck"
    manifest = json.loads(files["MANIFEST.json"])
    for entry in manifest["files"]:
        if entry["path"] == name:
            entry["sha256"] = hashlib.sha256(files[name]).hexdigest()
            entry["bytes"] = len(files[name])
    files["MANIFEST.json"] = json.dumps(manifest).encode()
    files["SHA256SUMS"] = "".join(
        f"{hashlib.sha256(files[n]).hexdigest()}  {n}\n" for n in sorted(files) if n != "SHA256SUMS"
    ).encode()
    forged = tmp_path / "forged.zip"
    with zipfile.ZipFile(forged, "w") as archive:
        for n, d in files.items():
            archive.writestr(n, d)
    with pytest.raises(VerifyError, match=f"{name}: does not open as .pptx"):
        verify(forged)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"SHA256SUMS": None}, "SHA256SUMS is missing"),
        ({"SHA256SUMS": b"not a checksum line\n"}, "SHA256SUMS: line 1 is not"),
        ({"extra.txt": None, "index.html": None}, "index.html: listed in SHA256SUMS but missing"),
    ],
)
def test_verify_refuses_broken_bundles(
    release: Path, tmp_path: Path, change: dict[str, bytes | None], message: str
) -> None:
    with pytest.raises(VerifyError, match=message):
        verify(rewrite(release, tmp_path / "b.zip", change))


def test_verify_refuses_what_is_not_a_zip(tmp_path: Path) -> None:
    junk = tmp_path / "junk.zip"
    junk.write_bytes(b"hello")
    with pytest.raises(VerifyError, match="not a zip file"):
        verify(junk)
    assert main(["verify", str(tmp_path / "none.zip")]) == 2


def test_a_failed_bundle_leaves_no_file(
    example_content: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: None)
    target = tmp_path / "release.zip"
    with pytest.raises(PdfError, match="apt-get install libreoffice-writer-nogui"):
        bundle(example_content, target, pdf=True, source_date_epoch=EPOCH)
    assert list(tmp_path.iterdir()) == []


def test_a_content_error_writes_no_bundle(example_content: Path, tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(example_content, content)
    deck = content / "groups/open-data-standards/deck-2016-11-16.yaml"
    deck.write_text(deck.read_text(encoding="utf-8").replace("kind: timeline", "kind: timelime"))
    target = tmp_path / "release.zip"
    assert main(["bundle", str(content), "-o", str(target)]) == 1
    assert not target.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


@pytest.mark.office
def test_pdfs_and_thumbnails_are_byte_identical_between_runs(
    example_content: Path, tmp_path: Path, soffice: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = tmp_path / "one.zip", tmp_path / "two.zip"
    monkeypatch.setenv("TZ", "Pacific/Auckland")  # LibreOffice must not see the local zone
    bundle(
        example_content,
        first,
        pdf=True,
        source_date_epoch=EPOCH,
        jobs=2,
        groups=["open-data-standards"],
    )
    monkeypatch.setenv("TZ", "UTC")
    bundle(
        example_content,
        second,
        pdf=True,
        source_date_epoch=EPOCH,
        jobs=2,
        groups=["open-data-standards"],
    )
    assert first.read_bytes() == second.read_bytes()
    files = members(first)
    pdfs = [n for n in files if n.endswith(".pdf")]
    thumbs = [n for n in files if n.startswith("thumbnails/")]
    assert len(pdfs) == len(thumbs) == 6
    assert all(files[n].startswith(b"%PDF-") for n in pdfs)
    assert all(files[n].startswith(b"\x89PNG") for n in thumbs)
    assert b"D:20160914000000" in files[pdfs[0]]
    assert verify(first) == len(files) - 1
    index = files["index.html"].decode()
    assert 'alt="First page of' in index


def test_reopen_reads_real_documents(release: Path) -> None:
    from councilkit.render import reopen

    files = members(release)
    assert reopen("pptx", files["fr/joint-councils-framework-deck-2016-09-14-fra.pptx"]) == 23
    assert reopen("docx", files["en/joint-councils-framework-mandate-eng.docx"]) > 10
    with pytest.raises(ValueError, match="does not open"):
        reopen("docx", io.BytesIO(b"x").getvalue())


SMALL = ["--group", "open-data-standards", "--lang", "en", "-j", "1"]


def bundled_manifest(zip_path: Path) -> dict[str, object]:
    with zipfile.ZipFile(zip_path) as archive:
        body: dict[str, object] = json.loads(archive.read("MANIFEST.json"))
    return body


def test_the_source_commit_is_read_without_running_anything_the_repository_configures(
    example_content: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from gitrepo import arm, git, make_repository

    repo = tmp_path / "repo"
    make_repository(repo, {".gitattributes": "* filter=x\n"})
    shutil.copytree(example_content, repo / "content")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "content")
    head = git(repo, "rev-parse", "HEAD")
    marker = tmp_path / "marker"
    arm(repo, marker)
    target = tmp_path / "out" / "release.zip"
    target.parent.mkdir()
    assert main(["bundle", str(repo / "content"), "-o", str(target), *SMALL]) == 0
    assert capsys.readouterr().err == ""
    manifest = bundled_manifest(target)
    assert (manifest["source_commit"], manifest["source_dirty"]) == (head, False)
    (repo / "content/project.yaml").write_text(
        (repo / "content/project.yaml").read_text(encoding="utf-8") + "\n", encoding="utf-8"
    )
    assert main(["bundle", str(repo / "content"), "-o", str(target), *SMALL]) == 0
    manifest = bundled_manifest(target)
    assert (manifest["source_commit"], manifest["source_dirty"]) == (head, True)
    assert not marker.exists()


def test_content_outside_git_is_bundled_with_a_warning(
    example_content: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    content = tmp_path / "content"
    shutil.copytree(example_content, content)
    target = tmp_path / "release.zip"
    assert main(["bundle", str(content), "-o", str(target), *SMALL]) == 0
    captured = capsys.readouterr()
    assert captured.err == (
        f"councilkit: warning: '{content}' is not in a git repository; "
        "no source commit is recorded\n"
    )
    manifest = bundled_manifest(target)
    assert (manifest["source_commit"], manifest["source_dirty"]) == (None, None)
    assert main(["verify", str(target)]) == 0


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["{missing}", "-o", "{out}/release.zip"], "content folder '{missing}' does not exist"),
        (
            ["{content}", "-o", "{out}/none/release.zip"],
            "folder '{out}/none' for the bundle does not exist",
        ),
        (
            ["{content}", "-o", "{out}"],
            "'{out}' is a folder; give the bundle's file name, such as release.zip",
        ),
        (
            ["{content}", "-o", "{out}/r.zip", "--sign", "{missing}"],
            "signing key '{missing}' does not exist or is not a file",
        ),
        (["{content}", "-o", "{out}/r.zip", "-j", "0"], "--jobs must be 1 or more"),
    ],
)
def test_bad_input_to_bundle_changes_nothing(
    example_content: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    arguments: list[str],
    message: str,
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "release.zip.sig").write_text("an old signature")
    names = {"missing": tmp_path / "missing", "content": example_content, "out": out}
    before = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*"))
    status = main(["bundle", *(a.format(**names) for a in arguments)])
    assert status == 2
    assert capsys.readouterr().err == f"councilkit: error: {message.format(**names)}\n"
    assert sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*")) == before
    assert (out / "release.zip.sig").read_text() == "an old signature"
