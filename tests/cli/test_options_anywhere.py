"""Options anywhere on the command line, for every command."""

from __future__ import annotations

from pathlib import Path

import pytest

from councilkit.cli import build_parser, main


def parsed(*argv: str) -> dict[str, object]:
    args = vars(build_parser().parse_args(argv))
    args.pop("run")
    return args


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["check", "--strict", "c"], {"content": "c", "strict": True}),
        (["check", "c", "--format", "json", "-q"], {"content": "c", "format": "json"}),
        (["build", "c", "-o", "out", "--lang", "fr"], {"content": "c", "out": "out"}),
        (["build", "-o", "out", "c", "--lang", "fr"], {"content": "c", "lang": ["fr"]}),
        (["build", "--lang", "fr", "c", "--group", "g"], {"content": "c", "group": ["g"]}),
        (["bundle", "-o", "r.zip", "c", "--pdf"], {"content": "c", "out": "r.zip", "pdf": True}),
        (["verify", "--signer", "s", "r.zip"], {"bundle": "r.zip", "signer": "s"}),
        (
            ["new", "project", "--no-input", "council=x"],
            {"template": "project", "no_input": True, "answers": ["council=x"]},
        ),
        (
            ["new", "a=1", "--force", "b=2", "--content", "c"],
            {"template": "a=1", "answers": ["b=2"], "force": True, "content": "c"},
        ),
        (["schema", "-o", "out", "c"], {"content": "c", "out": "out"}),
        (["i18n", "status", "--summary", "c"], {"content": "c", "summary": True}),
        (["i18n", "export", "-o", "out", "c", "--format", "po"], {"content": "c", "format": "po"}),
        (
            ["i18n", "import", "c", "--dry-run", "a.xlf", "b.xlf"],
            {"paths": ["c", "a.xlf", "b.xlf"], "dry_run": True},
        ),
        (["i18n", "confirm", "--dry-run", "c", "p:3"], {"paths": ["c", "p:3"], "dry_run": True}),
    ],
)
def test_options_stand_anywhere_among_the_arguments(
    argv: list[str], expected: dict[str, object]
) -> None:
    args = parsed(*argv)
    assert {key: args[key] for key in expected} == expected


def test_the_same_command_in_any_order_parses_the_same() -> None:
    orders = [
        ["build", "content", "-o", "out", "--lang", "fr", "-q"],
        ["build", "-o", "out", "--lang", "fr", "-q", "content"],
        ["build", "-q", "--lang", "fr", "content", "-o", "out"],
    ]
    assert parsed(*orders[0]) == parsed(*orders[1]) == parsed(*orders[2])


@pytest.mark.parametrize(
    "argv",
    [["check", "a", "b"], ["build", "c", "-o"], ["new", "--no-such-option"], ["i18n", "import"]],
)
def test_wrong_command_lines_are_still_usage_errors(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 2
    assert capsys.readouterr().err.strip()


def test_new_project_with_options_after_the_template(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "content"
    status = main(["new", "project", "--no-input", "council=x", "--content", str(target)])
    assert status == 0, capsys.readouterr()
    assert '  - id: "x"' in (target / "project.yaml").read_text(encoding="utf-8")
