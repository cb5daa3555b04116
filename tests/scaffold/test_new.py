"""``councilkit new``: a package that checks clean (warnings for text to write) and
builds, and bad answers that write nothing."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from scaffold_answers import NAMES

import councilkit
from councilkit.cli import main


def new(tmp_path: Path, *answers: str, extra: tuple[str, ...] = ()) -> int:
    return main(["new", "--content", str(tmp_path / "content"), "--no-input", *extra, *answers])


def snapshot(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*"))


def test_scaffolds_a_package_that_checks_clean(tmp_path: Path) -> None:
    assert new(tmp_path, *NAMES) == 0
    group = tmp_path / "content/groups/data-working-group"
    assert sorted(p.name for p in group.iterdir()) == [
        "README.md",
        "group.yaml",
        "kick-off.yaml",
        "mandate.yaml",
        "terms-of-reference.yaml",
    ]
    diagnostics = councilkit.check(tmp_path / "content")
    assert [d for d in diagnostics if d.is_error] == []
    assert {d.code for d in diagnostics} == {"to-write"}
    project = councilkit.load(tmp_path / "content")
    (made,) = project.groups
    assert made.name.fr == "Groupe de travail sur les données"
    assert made.template is not None and (made.template.name, made.template.version) == (
        "working-group",
        "1",
    )
    assert [d.id for d in made.documents] == ["kick-off", "mandate", "terms-of-reference"]
    assert {d.version for d in made.documents} == {"0.1"}
    assert all(d.is_draft and len(d.history) == 1 for d in made.documents)
    assert len(made.members) == 14
    assert [c.member.id for c in made.co_chairs] == ["federal", "on"]


def test_slug_and_members_can_be_given(tmp_path: Path) -> None:
    assert new(tmp_path, *NAMES, "slug=dwg", "members=federal,QC,NU", "co_chair_pt=QC") == 0
    project = councilkit.load(tmp_path / "content")
    assert [g.id for g in project.groups] == ["dwg"]
    assert [m.id for m in project.groups[0].members] == ["federal", "qc", "nu"]


def test_a_second_group_joins_an_existing_project(tmp_path: Path, example_content: Path) -> None:
    content = tmp_path / "content"
    subprocess.run(["cp", "-r", str(example_content), str(content)], check=True)
    assert new(tmp_path, *NAMES) == 0
    project = councilkit.load(content)
    assert "data-working-group" in [g.id for g in project.groups]
    assert len(project.groups) == 3


@pytest.mark.parametrize(
    ("answer", "message"),
    [
        ("slug=../x", "folder name '../x' is not a safe folder name"),
        ("slug=/abs", "folder name '/abs' is not a safe folder name"),
        ("slug=two words", "folder name 'two words' is not a safe folder name"),
        ("slug=", "folder name '' is not a safe folder name"),
        ("name_fr=", "name_fr is empty"),
        ("name_fr= ", "name_fr is empty"),
        ("members=federal,ZZ,ON", "unknown jurisdiction 'ZZ' in members"),
        ("members=federal,on", "unknown jurisdiction 'on' in members"),
        ("members=federal,ON,federal", "members names 'federal' twice"),
        ("members= , ", "members is empty"),
        ("co_chair_pt=municipal", "co_chair_pt 'municipal' is not one of the members"),
        ("co_chair_federal=other", "co_chair_federal 'other' is not one of the members"),
        ("council=On", "council 'On' must be lower-case letters, digits and hyphens"),
        ("source_language=de", "source_language 'de' must be en or fr"),
        ("date=24/11/2026", "date '24/11/2026' is not a date"),
        ("date=20261124", "date '20261124' is not a date"),
        ("date=2026-02-30", "date '2026-02-30' is not a date"),
        ("end_date=2026-11-23", "end_date '2026-11-23' is before date '2026-11-24'"),
    ],
)
def test_bad_answers_exit_1_and_write_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], answer: str, message: str
) -> None:
    assert new(tmp_path, *NAMES, answer) == 1
    assert message in capsys.readouterr().err
    assert snapshot(tmp_path) == []


def test_a_missing_name_is_required_without_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert new(tmp_path, *[a for a in NAMES if not a.startswith("name_fr=")]) == 1
    assert "name_fr= is required with --no-input (Name of the group in French)" in (
        capsys.readouterr().err
    )
    assert snapshot(tmp_path) == []


def test_municipal_and_other_members_are_accepted(tmp_path: Path) -> None:
    assert new(tmp_path, *NAMES, "members=federal,ON,municipal,other") == 0
    (group,) = councilkit.load(tmp_path / "content").groups
    assert [m.id for m in group.members] == ["federal", "on", "municipal", "other"]
    other = group.members[-1]
    assert other.jurisdiction == "other"
    assert other.organization.en == "[To write: organization]"


def test_an_unknown_question_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert new(tmp_path, *NAMES, "nmae_en=x") == 2
    assert "did you mean 'name_en'?" in capsys.readouterr().err
    assert snapshot(tmp_path) == []


def test_an_existing_group_is_refused_unless_forced(tmp_path: Path) -> None:
    assert new(tmp_path, *NAMES) == 0
    mandate = tmp_path / "content/groups/data-working-group/mandate.yaml"
    mandate.write_text(mandate.read_text() + "# edited by the secretariat\n")
    before = snapshot(tmp_path)
    assert new(tmp_path, *NAMES) == 1
    assert snapshot(tmp_path) == before
    assert mandate.read_text().endswith("# edited by the secretariat\n")
    assert new(tmp_path, *NAMES, extra=("--force",)) == 0
    assert "edited" not in mandate.read_text()
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("template", ["./my-template", "/tmp/x", "../working-group", "nope"])
def test_only_councilkit_s_own_templates_are_used(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], template: str
) -> None:
    (tmp_path / "my-template").mkdir()
    (tmp_path / "my-template" / "cookiecutter.json").write_text('{"slug": "x"}')
    before = snapshot(tmp_path)
    code = main(["new", template, "--content", str(tmp_path / "content"), "--no-input"])
    assert code == 2
    assert (
        f"no template '{template}'; councilkit uses only its own templates: "
        "project, working-group" in capsys.readouterr().err
    )
    assert snapshot(tmp_path) == before


def test_nothing_is_written_to_the_home_folder(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    env = {**os.environ, "HOME": str(home)}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "councilkit",
            "new",
            "--content",
            str(tmp_path / "c"),
            "--no-input",
            *NAMES,
        ],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "created" in result.stdout and "councilkit check" in result.stdout
    assert list(home.iterdir()) == []


def test_the_new_package_builds_on_the_first_try(tmp_path: Path) -> None:
    import docx
    import pptx

    from councilkit.build import build

    assert new(tmp_path, *NAMES) == 0
    result = build(tmp_path / "content", tmp_path / "out", source_date_epoch=0)
    assert len(result.entries) == 6
    out = tmp_path / "out"
    terms = docx.Document(str(out / "data-working-group-terms-of-reference-fra.docx"))
    headings = [p.text for p in terms.paragraphs if p.style.name.startswith("Heading")]
    assert any("Composition" in h for h in headings)
    assert terms.core_properties.language == "fr-CA"
    deck = pptx.Presentation(str(out / "data-working-group-kick-off-eng.pptx"))
    titles = [s.shapes.title.text for s in deck.slides if s.shapes.title is not None]
    assert "Our mandate" in titles and "Our members" in titles


def test_interactive_questions_in_an_empty_folder(tmp_path: Path) -> None:
    answers = [
        "Secretariat of the Councils",
        "Secrétariat des conseils",
        "pscioc",
        "Public Sector CIO Council",
        "Conseil des DPI",
        "1",  # the project's source language: en
        "Interactive Group",
        "Groupe interactif",
        "IG",
        "GI",
        "",
        "",  # slug and council: defaults
        "federal,QC",
        "federal",
        "QC",
        "2",
        "2026-11-24",
        "2027-01-31",
    ]
    result = subprocess.run(
        [sys.executable, "-m", "councilkit", "new", "--content", "content"],
        input="\n".join(answers) + "\n",
        cwd=tmp_path,
        env={**os.environ, "HOME": str(tmp_path)},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Name of the group in English / Nom du groupe en anglais" in result.stdout
    project = councilkit.load(tmp_path / "content")
    (group,) = project.groups
    assert (group.id, [c.id for c in group.councils]) == ("interactive-group", ["pscioc"])
    assert project.settings.organization.fr == "Secrétariat des conseils"
    assert [m.id for m in group.members] == ["federal", "qc"]


def test_a_group_that_fails_check_takes_its_new_project_away(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    project = ["Org", "Org", "pscioc", "Council", "Conseil", "1"]
    group = ["A", "B", "A", "B", "", "another-council", "", "", "", "", "2026-11-24", ""]
    monkeypatch.setattr(sys, "stdin", io.StringIO("\n".join(project + group) + "\n"))
    assert main(["new", "--content", str(tmp_path / "content")]) == 1
    err = capsys.readouterr().err
    assert "the new group does not pass check; nothing was kept:" in err
    assert "another-council" in err
    assert snapshot(tmp_path) == []
