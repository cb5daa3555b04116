"""``check --format``: text, JSON, GitHub annotations and SARIF, all on standard output."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from clikit import run
from contentkit import GROUP, MANDATE, content

SARIF_SCHEMA = Path(__file__).parent / "sarif" / "sarif-schema-2.1.0.json"
DRAFT = MANDATE.replace("approved", "draft").replace(
    "    fr: Le groupe conseille les conseils.\n", ""
)
NOBODY = GROUP.replace("  - member: on\n", "  - member: nobody\n")  # an error


@pytest.fixture
def bad(tmp_path: Path) -> Path:
    """Content with an error (group.yaml) and a warning (mandate.yaml)."""
    return content(tmp_path / "c", groups__g__mandate=DRAFT, groups__g__group=NOBODY)


def test_text_goes_to_standard_output_so_a_report_file_keeps_it(bad: Path) -> None:
    report = bad.parent / "report.txt"
    with report.open("w") as stream:
        status = subprocess.run(
            [sys.executable, "-m", "councilkit", "check", str(bad)],
            stdout=stream,
            stderr=subprocess.PIPE,
            check=False,
        )
    assert status.returncode == 1
    assert status.stderr == b""
    assert report.read_text().splitlines() == [
        f"{bad}/groups/g/group.yaml:19:13: error: no member 'nobody' in this group's members "
        "(known: tbs, on) [missing-reference]",
        f"{bad}/groups/g/mandate.yaml:7:5: warning: missing French text; add 'fr:' (the English "
        "reads: “The group advises the councils.”); allowed while a draft [missing-translation]",
        "1 error, 1 warning",
    ]


def test_json_is_a_list_of_objects(bad: Path) -> None:
    result = run("check", "--format", "json", str(bad))
    assert result.returncode == 1
    found = json.loads(result.stdout)
    assert [(d["line"], d["column"], d["severity"], d["code"]) for d in found] == [
        (19, 13, "error", "missing-reference"),
        (7, 5, "warning", "missing-translation"),
    ]
    assert set(found[0]) == {"path", "line", "column", "severity", "code", "message"}
    assert found[0]["path"] == f"{bad}/groups/g/group.yaml"
    assert found[0]["message"].startswith("no member 'nobody' in this group's members")


def test_json_of_clean_content_is_an_empty_list_and_nothing_else(tmp_path: Path) -> None:
    result = run("check", str(content(tmp_path)), "--format", "json")
    assert result.returncode == 0
    assert json.loads(result.stdout) == []
    assert "no problems found" in result.stderr  # a message for people, off the JSON


def test_github_annotates_each_problem_at_its_position(bad: Path) -> None:
    result = run("check", "--format=github", str(bad))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines[0].startswith(
        f"::error file={bad}/groups/g/group.yaml,line=19,col=13,title=missing-reference::"
        "no member 'nobody'"
    )
    assert lines[1].startswith(
        f"::warning file={bad}/groups/g/mandate.yaml,line=7,col=5,title=missing-translation::"
    )
    assert lines[2] == "1 error, 1 warning"


def test_sarif_is_valid_sarif_2_1_0_with_codes_as_rules(bad: Path) -> None:
    result = run("check", str(bad), "--format", "sarif")
    assert result.returncode == 1
    log = json.loads(result.stdout)
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(schema).validate(log)
    run_ = log["runs"][0]
    assert [r["id"] for r in run_["tool"]["driver"]["rules"]] == [
        "missing-reference",
        "missing-translation",
    ]
    results = [
        (
            r["ruleId"],
            r["level"],
            r["locations"][0]["physicalLocation"]["region"]["startLine"],
            r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        )
        for r in run_["results"]
    ]
    uri = f"file://{bad}/groups/g/"
    assert results == [
        ("missing-reference", "error", 19, uri + "group.yaml"),
        ("missing-translation", "warning", 7, uri + "mandate.yaml"),
    ]


def test_sarif_paths_stay_relative_when_written_relative(tmp_path: Path) -> None:
    content(tmp_path / "my content", groups__g__mandate=DRAFT)
    result = run("check", "my content", "--format", "sarif", cwd=tmp_path)
    location = json.loads(result.stdout)["runs"][0]["results"][0]["locations"][0]
    assert location["physicalLocation"]["artifactLocation"]["uri"] == (
        "my%20content/groups/g/mandate.yaml"
    )


def test_strict_and_quiet_keep_their_meaning_in_every_format(bad: Path) -> None:
    warned = content(bad.parent / "w", groups__g__mandate=DRAFT)
    assert run("check", str(warned), "--format", "json").returncode == 0
    assert run("check", str(warned), "--format", "json", "--strict").returncode == 1
    quiet = run("check", "-q", str(bad), "--format", "json")
    assert [d["severity"] for d in json.loads(quiet.stdout)] == ["error"]


def test_an_unknown_format_is_a_usage_error(bad: Path) -> None:
    result = run("check", str(bad), "--format", "xml")
    assert result.returncode == 2
    assert "invalid choice: 'xml'" in result.stderr
    assert result.stdout == ""


def test_build_reports_content_problems_in_the_format_asked(bad: Path) -> None:
    out = bad.parent / "out"
    result = run("build", str(bad), "-o", str(out), "--format", "json")
    assert result.returncode == 1
    assert [d["code"] for d in json.loads(result.stdout)] == [
        "missing-reference",
        "missing-translation",
    ]
    assert "the build stopped" in result.stderr
    assert not out.exists()


def test_github_escapes_what_would_end_a_property_or_a_command() -> None:
    from councilkit.cli.formats import github
    from councilkit.diagnostics import Location, warning

    found = github([warning(Location("a,b:c.yaml", 2, 3), "to-write", "50%\nnext: line")])
    assert found.splitlines() == [
        "::warning file=a%2Cb%3Ac.yaml,line=2,col=3,title=to-write::50%25%0Anext: line",
        "0 errors, 1 warning",
    ]
