"""``councilkit check`` as a person runs it: lines on stdout, exit 0, 1 or 2."""

from __future__ import annotations

from pathlib import Path

import pytest
from clikit import run
from contentkit import MANDATE, content

from councilkit.cli import main


def test_clean_content_exits_0(tmp_path: Path) -> None:
    result = run("check", str(content(tmp_path)))
    assert result.returncode == 0
    assert "no problems found" in result.stdout
    assert result.stderr == ""


def test_problems_exit_1_one_per_line_then_a_summary(tmp_path: Path) -> None:
    bad = MANDATE.replace("approved", "aproved").replace("2016-06-15", "2016-06-31")
    root = content(tmp_path, groups__g__mandate=bad)
    result = run("check", str(root))
    assert result.returncode == 1
    assert result.stderr == ""
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"{root}/groups/g/mandate.yaml:4:9: error: 'aproved'")
    assert lines[1].startswith(f"{root}/groups/g/mandate.yaml:5:7: error: '2016-06-31'")
    assert lines[2] == "2 errors, 0 warnings"
    assert len(lines) == 3
    assert "Traceback" not in result.stderr


def test_paths_are_shown_as_the_user_wrote_them(tmp_path: Path) -> None:
    content(tmp_path / "content", groups__g__mandate=MANDATE.replace("approved", "aproved"))
    result = run("check", cwd=tmp_path)  # the default folder is ./content
    assert result.stdout.startswith("content/groups/g/mandate.yaml:4:9: error:")


def test_warnings_exit_0_unless_strict(tmp_path: Path) -> None:
    draft = MANDATE.replace("approved", "draft").replace(
        "    fr: Le groupe conseille les conseils.\n", ""
    )
    root = content(tmp_path, groups__g__mandate=draft)
    assert run("check", str(root)).returncode == 0
    strict = run("check", "--strict", str(root))
    assert strict.returncode == 1
    assert "warning: missing French text" in strict.stdout


@pytest.mark.parametrize(
    "args",
    [["check", "/no/such/folder"], ["check", "--no-such-option"], ["frobnicate"], []],
)
def test_usage_errors_exit_2_without_traceback(args: list[str]) -> None:
    result = run(*args)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.strip()


def test_a_file_given_instead_of_a_folder(tmp_path: Path) -> None:
    file = tmp_path / "project.yaml"
    file.write_text("schema: 1\n")
    assert main(["check", str(file)]) == 2


def test_check_writes_nothing(tmp_path: Path) -> None:
    root = content(tmp_path, groups__g__mandate="schema: 1\nkind: [")
    before = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*"))
    assert main(["check", str(root)]) == 1
    assert sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*")) == before
