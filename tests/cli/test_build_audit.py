"""``councilkit build --audit``: every document written or reused is audited, and audit
errors fail the build."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest
from scaffold_answers import NAMES

from councilkit.cli import main

REPO = Path(__file__).resolve().parents[2]


def with_edition(example: Path, tmp_path: Path, edition: str) -> Path:
    content = tmp_path / "content"
    shutil.copytree(example, content)
    project = content / "project.yaml"
    text = project.read_text(encoding="utf-8")
    assert "  edition: separate\n" in text
    project.write_text(text.replace("  edition: separate\n", f"  edition: {edition}\n"), "utf-8")
    return content


EDITIONS = ["separate", "side-by-side", "tete-beche"]


@pytest.mark.parametrize("edition", EDITIONS)
def test_example_content_passes_the_audit_in_every_edition(
    example_content: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], edition: str
) -> None:
    content = with_edition(example_content, tmp_path, edition)
    out = tmp_path / "out"
    assert main(["build", str(content), "-o", str(out), "--audit", "-j", "1"]) == 0
    printed = capsys.readouterr()
    assert " error: " not in printed.out
    written = sorted(p.name for p in out.iterdir() if p.suffix in {".docx", ".pptx"})
    assert written
    assert f"{len(written)} documents audited: no accessibility errors" in printed.out
    # both languages: one file each, or one bilingual file holding both
    docx = [n for n in written if n.endswith(".docx")]
    if edition == "separate":
        assert any("-eng." in n for n in docx) and any("-fra." in n for n in docx)
    else:
        assert docx and all(n.endswith("-bil.docx") for n in docx)


@pytest.mark.parametrize("edition", EDITIONS)
def test_a_scaffolded_group_passes_the_audit_in_every_edition(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], edition: str
) -> None:
    content = tmp_path / "content"
    assert main(["new", "--content", str(content), "--no-input", *NAMES]) == 0
    project = content / "project.yaml"
    assert "output:" not in project.read_text(encoding="utf-8")
    with project.open("a", encoding="utf-8") as file:
        file.write(f"output:\n  edition: {edition}\n")
    capsys.readouterr()
    out = tmp_path / "out"
    assert main(["build", str(content), "-o", str(out), "--audit", "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert [d for d in report if d["severity"] == "error"] == []
    names = sorted(p.name for p in out.iterdir() if p.suffix in {".docx", ".pptx"})
    assert any("-eng." in n for n in names) and any("-fra." in n for n in names)
    bilingual = [n for n in names if n.endswith("-bil.docx")]
    assert len(bilingual) == (0 if edition == "separate" else 2)


def test_strict_fails_the_build_on_audit_warnings(
    example_content: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    build = ["build", str(example_content), "-o", str(out), "--audit", "-j", "1"]
    assert main([*build, "--strict"]) == 1
    printed = capsys.readouterr()
    assert "-eng.pptx:ppt/slides/slide3.xml:slide 3" in printed.out
    assert ": warning: small-slide-text: body text at 14 pt" in printed.out
    assert "councilkit: the audit found problems in the documents of" in printed.err
    # the second run reuses every document from the cache, and audits them all the same
    assert main(build) == 0
    again = capsys.readouterr().out
    assert "(0 rendered, 12 unchanged)" in again
    assert ": warning: small-slide-text: body text at 14 pt" in again
    assert "12 documents audited: no accessibility errors" in again


def test_without_audit_nothing_is_audited(
    example_content: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["build", str(example_content), "-o", str(tmp_path / "out"), "-j", "1"]) == 0
    printed = capsys.readouterr().out
    assert "small-slide-text" not in printed and "audited" not in printed


def grey_layout(example: Path, tmp_path: Path) -> Path:
    """The example content with its own layout ``grey``: the default one, its Word body
    text light grey on white (1.6:1), as a department's template might have it."""
    content = tmp_path / "content"
    shutil.copytree(example, content)
    layout = content / "layouts/grey"
    shutil.copytree(REPO / "layouts/default", layout)
    reference = layout / "reference.docx"
    with zipfile.ZipFile(reference) as old:
        items = [(info, old.read(info.filename)) for info in old.infolist()]
    normal = b'w:styleId="Normal"><w:name w:val="Normal"/><w:uiPriority w:val="0"/><w:qFormat/>'
    with zipfile.ZipFile(reference, "w", zipfile.ZIP_DEFLATED) as new:
        for info, data in items:
            if info.filename == "word/styles.xml":
                assert normal in data
                data = data.replace(normal, normal + b'<w:rPr><w:color w:val="CCCCCC"/></w:rPr>')
            new.writestr(info, data)
    project = content / "project.yaml"
    text = project.read_text(encoding="utf-8")
    assert "\nlayout: default\n" in text
    project.write_text(text.replace("\nlayout: default\n", "\nlayout: grey\n"), "utf-8")
    return content


def test_audit_errors_fail_the_build_in_the_chosen_format(
    example_content: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    content = grey_layout(example_content, tmp_path)
    out = tmp_path / "out"
    build = ["build", str(content), "-o", str(out), "--lang", "en", "-j", "1"]
    assert main([*build, "--audit"]) == 1
    printed = capsys.readouterr()
    assert (
        '-mandate-eng.docx:word/document.xml:paragraph 4 "Version: 1.0": error: text-contrast: '
        "text #CCCCCC on #FFFFFF has a contrast of 1.6:1, under 4.5:1 for normal text"
    ) in printed.out
    assert "councilkit: the audit found problems in the documents of" in printed.err
    assert (out / "manifest.json").is_file()  # the audit reads what the build wrote
    assert main([*build, "--audit", "--format", "json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert "text-contrast" in {d["code"] for d in report if d["severity"] == "error"}
    assert main(build) == 0  # without --audit the same build succeeds
