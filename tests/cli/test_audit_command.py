"""``councilkit audit`` as a person runs it: problems on stdout, exit 0, 1 or 2, the
diagnostics formats of ``check``, and nothing on disk changed."""

from __future__ import annotations

import json
import os
from pathlib import Path

import jsonschema
import pytest
from buildkit import tree
from clikit import run
from office_files import deck, titled_slide, word

from councilkit.build import build
from councilkit.cli import main

SARIF_SCHEMA = Path(__file__).parent / "sarif" / "sarif-schema-2.1.0.json"


def _untitled(document: object) -> None:
    document.core_properties.title = ""  # type: ignore[attr-defined]
    document.add_paragraph("1. Purpose")  # type: ignore[attr-defined]


@pytest.fixture
def files(tmp_path: Path) -> Path:
    """A folder with a Word file with one error and one warning, and a clean deck."""
    folder = tmp_path / "docs"
    folder.mkdir()
    word(folder / "report.docx", _untitled)
    deck(folder / "deck.pptx", titled_slide)
    return folder


def test_text_lists_each_problem_then_a_summary_and_exits_1(
    files: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = tree(files)
    assert main(["audit", str(files)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out == [
        f"{files}/report.docx:docProps/core.xml: error: document-title: the document has no "
        "title; screen readers announce it first: set one in File > Info > Properties > Title",
        f'{files}/report.docx:word/document.xml:paragraph 1 "1. Purpose": warning: typed-list: '
        "list item typed by hand, screen readers do not announce it as a list item: remove "
        "the typed '1.' and use Home > Bullets or Numbering",
        "1 error, 1 warning",
    ]
    assert tree(files) == before


def test_warnings_pass_unless_strict(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = word(tmp_path / "w.docx", lambda d: d.add_paragraph("- Members"))
    assert main(["audit", str(path)]) == 0
    assert main(["audit", "--strict", str(path)]) == 1
    clean = deck(tmp_path / "deck.pptx", titled_slide)
    assert main(["audit", str(clean)]) == 0
    assert capsys.readouterr().out.endswith(
        "1 file audited: no problems found (0 errors, 0 warnings)\n"
    )


def test_json(files: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["audit", "--format", "json", str(files / "report.docx")]) == 1
    first = json.loads(capsys.readouterr().out)[0]
    assert first == {
        "path": f"{files}/report.docx",
        "place": "docProps/core.xml",
        "severity": "error",
        "code": "document-title",
        "message": "the document has no title; screen readers announce it first: set one in "
        "File > Info > Properties > Title",
    }


def test_github(files: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["audit", "--format", "github", str(files / "report.docx")]) == 1
    first = capsys.readouterr().out.splitlines()[0]
    assert first.startswith(
        f"::error file={files}/report.docx,line=1,col=1,title=document-title::"
        "docProps/core.xml: the document has no title"
    )


def test_sarif(files: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["audit", "--format", "sarif", str(files)]) == 1
    log = json.loads(capsys.readouterr().out)
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(schema).validate(log)
    result = log["runs"][0]["results"][0]
    assert result["ruleId"] == "document-title"
    assert result["locations"] == [
        {
            "physicalLocation": {"artifactLocation": {"uri": f"file://{files}/report.docx"}},
            "logicalLocations": [{"fullyQualifiedName": "docProps/core.xml"}],
        }
    ]


@pytest.mark.invalid_ooxml  # fake.docx is not a zip, on purpose
def test_usage_errors_exit_2_without_a_traceback(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("hello")
    (tmp_path / "fake.docx").write_text("not a zip")
    before = tree(tmp_path)
    missing = run("audit", str(tmp_path / "missing.docx"))
    assert (missing.returncode, missing.stdout) == (2, "")
    assert missing.stderr == f"councilkit: error: {tmp_path}/missing.docx: no such file or folder\n"
    text = run("audit", str(tmp_path / "notes.txt"))
    assert text.returncode == 2
    assert "notes.txt: not a Word or PowerPoint file (.docx or .pptx)" in text.stderr
    fake = run("audit", str(tmp_path / "fake.docx"))
    assert fake.returncode == 2
    assert "fake.docx: cannot be read as an Office file" in fake.stderr
    assert "Traceback" not in missing.stderr + text.stderr + fake.stderr
    assert tree(tmp_path) == before


def test_a_device_a_pipe_or_a_broken_link_is_named_as_neither_file_nor_folder(
    tmp_path: Path,
) -> None:
    os.mkfifo(tmp_path / "pipe")  # no .docx name: the OOXML watch would open it
    (tmp_path / "broken").symlink_to(tmp_path / "gone.pptx")
    for path in ("/dev/null", str(tmp_path / "pipe"), str(tmp_path / "broken")):
        done = run("audit", path)
        assert (done.returncode, done.stdout) == (2, "")
        assert done.stderr.startswith(f"councilkit: error: {path}: not a file or a folder (")


@pytest.mark.invalid_ooxml  # Word's lock file is not a zip, as in a real folder
def test_a_folder_without_documents_is_a_usage_error_not_a_clean_audit(tmp_path: Path) -> None:
    """A CI gate pointed at the wrong folder must fail, not report "0 files audited"."""
    empty, other = tmp_path / "empty", tmp_path / "other"
    (empty / "sub").mkdir(parents=True)
    (empty / "notes.txt").write_text("hello")
    (empty / "~$lock.docx").write_text("Word's lock file")
    other.mkdir()
    deck(other / "deck.pptx", titled_slide)
    before = tree(tmp_path)
    for paths in ([empty], [other, empty]):
        done = run("audit", *map(str, paths))
        assert (done.returncode, done.stdout) == (2, "")
        assert done.stderr == (
            f"councilkit: error: {empty}: no .docx or .pptx file in this folder, so nothing "
            "to audit; give the folder the documents were built in\n"
        )
    assert run("audit", str(other)).returncode == 0
    assert tree(tmp_path) == before


def test_a_folder_is_searched_without_following_links(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    word(outside / "untitled.docx", _untitled)
    folder = tmp_path / "docs"
    (folder / "sub").mkdir(parents=True)
    deck(folder / "sub" / "deck.pptx", titled_slide)
    os.symlink(outside, folder / "linked")
    os.symlink(outside / "untitled.docx", folder / "sub" / "link.docx")
    assert main(["audit", str(folder)]) == 0
    assert "1 file audited" in capsys.readouterr().out


def test_the_example_content_audits_without_errors_in_both_languages(
    example_content: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    build(example_content, tmp_path / "out", source_date_epoch=0)
    names = {p.name for p in (tmp_path / "out").iterdir()}
    assert any(n.endswith("-eng.docx") for n in names) and any(
        n.endswith("-fra.pptx") for n in names
    )
    main(["audit", str(tmp_path / "out")])
    out = capsys.readouterr().out
    assert ": error:" not in out
    assert out.splitlines()[-1].startswith("0 errors")
