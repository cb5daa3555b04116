"""What a template is given is data: an answer is never rendered, never run, and nothing is
left in the temporary or home folder; no hook runs."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from councilkit.cli import main
from councilkit.scaffold import templates

PAYLOAD = "{{ cycler.__init__.__globals__.os.popen('touch PWNED').read() }}"
WRITTEN_AS_GIVEN = [
    "{{ 7\\*7 }} Group",
    "{% raw %}",
    "{% endraw %}{{ 7\\*7 }}{#",
    PAYLOAD,
    "{{ self._TemplateReference__context.joiner.__init__.__globals__.os.system('touch PWNED') }}",
    "'\"",
    "C:\\dossier\\groupe\\",
    "Mandat : groupe # 1",
    "- [x] ? | > & ! % @ `",
    "null",
    "  padded  ",
    "Groupe de travail sur l’accès à l’information — été",
    "データ作業部会 😀",
]
# the group's answers, in the order they are asked when a project exists
LATER = ["g", "", "", "", "", "", "2026-11-24", "2027-01-31"]


@pytest.fixture
def content(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A content folder with a project, the working folder being the test's own."""
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "content"
    assert main(["new", "--content", str(folder), "--no-input", "project", "council=c"]) == 0
    return folder


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() if p.is_file() else b"/"
        for p in sorted(folder.rglob("*"))
    }


def no_input(content: Path, value: str) -> int:
    texts = [f"{key}={value}" for key in ("name_en", "name_fr", "acronym_en", "acronym_fr")]
    return main(["new", "--content", str(content), "--no-input", "slug=g", *texts])


def interactive(content: Path, value: str, monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO("\n".join([value] * 4 + LATER) + "\n"))
    return main(["new", "--content", str(content)])


def assert_written_as_given(content: Path, value: str) -> None:
    group = yaml.safe_load((content / "groups/g/group.yaml").read_text(encoding="utf-8"))
    assert group["name"] == {"en": value, "fr": value}
    assert group["acronym"] == {"en": value, "fr": value}
    deck = yaml.safe_load((content / "groups/g/kick-off.yaml").read_text(encoding="utf-8"))
    assert deck["title"]["en"] == f"Kick-off meeting – {value}"
    readme = (content / "groups/g/README.md").read_text(encoding="utf-8")
    assert readme.startswith(f"# {value} / {value}\n")
    assert not list(content.parent.rglob("PWNED"))


@pytest.mark.parametrize("value", WRITTEN_AS_GIVEN)
def test_without_input_an_answer_is_written_as_given(
    content: Path, capsys: pytest.CaptureFixture[str], value: str
) -> None:
    assert no_input(content, value) == 0
    assert "created" in capsys.readouterr().out
    assert_written_as_given(content, value)


@pytest.mark.parametrize("value", WRITTEN_AS_GIVEN)
def test_an_answer_typed_at_the_prompt_is_written_as_given(
    content: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], value: str
) -> None:
    assert interactive(content, value, monkeypatch) == 0
    assert "Name of the group in English / Nom du groupe en anglais [New Working Group]: " in (
        capsys.readouterr().out
    )
    assert_written_as_given(content, value)


REFUSED = [
    (
        "{{ 7*7 }} Group",
        "name_en: '*' opens italic text that is never closed; add the closing '*' "
        "(write '\\*' for a literal asterisk) (at character 5)",
    ),
    ("tab\there", "name_en cannot contain line breaks, tabs or other control characters"),
    ("\x1b[2J", "(found U+001B)"),
    ("[x](javascript:alert(1))", "link target 'javascript:alert(1' must start with https://"),
]


@pytest.mark.parametrize(("value", "message"), [*REFUSED, ("two\nlines", "(found U+000A)")])
def test_without_input_a_bad_answer_changes_nothing(
    content: Path, capsys: pytest.CaptureFixture[str], value: str, message: str
) -> None:
    before = snapshot(content.parent)
    assert no_input(content, value) == 1
    err = capsys.readouterr().err
    assert err.startswith("councilkit: error: ") and message in err
    assert err.rstrip().endswith("nothing was written")
    assert snapshot(content.parent) == before


@pytest.mark.parametrize(("value", "message"), REFUSED)
def test_at_the_prompt_a_bad_answer_is_asked_again(
    content: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    value: str,
    message: str,
) -> None:
    before = snapshot(content.parent)
    monkeypatch.setattr(sys, "stdin", io.StringIO(value + "\n"))
    assert main(["new", "--content", str(content)]) == 1
    out, err = capsys.readouterr()
    assert message in out and "please answer again / veuillez répondre de nouveau" in out
    assert err == (
        "councilkit: error: no answer to name_en (Name of the group in English): the input "
        "ended; nothing was written\n"
    )
    assert snapshot(content.parent) == before
    good = "{{ 7\\*7 }} Group"
    typed = [value, good, good, good, good, *LATER]
    monkeypatch.setattr(sys, "stdin", io.StringIO("\n".join(typed) + "\n"))
    assert main(["new", "--content", str(content)]) == 0
    assert_written_as_given(content, good)


def test_a_content_folder_named_like_a_template_is_only_a_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    answers = ["name_en=A", "name_fr=B", "slug=g"]
    assert main(["new", "--content", "{{ 7*7 }}", "--no-input", *answers]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["{{ 7*7 }}"]
    assert (tmp_path / "{{ 7*7 }}/groups/g/group.yaml").is_file()
    assert (tmp_path / "{{ 7*7 }}/groups/.gitkeep").is_file()


def test_no_hook_ever_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    copy = tmp_path / "templates"
    shutil.copytree(templates.templates_folder(), copy)
    ran = tmp_path / "ran"
    for name in ("working-group", "project"):
        (copy / name / "hooks").mkdir()
        for hook in ("pre_prompt", "pre_gen_project", "post_gen_project"):
            script = f"from pathlib import Path\nPath({str(ran / hook)!r}).touch()\n"
            (copy / name / "hooks" / f"{hook}.py").write_text(script)
    monkeypatch.setattr(templates, "templates_folder", lambda: copy)
    content = tmp_path / "content"
    assert main(["new", "--content", str(content), "--no-input", "name_en=A", "name_fr=B"]) == 0
    assert (content / "groups/a/group.yaml").is_file()
    assert not ran.exists() and not list(tmp_path.glob("ran*"))


@pytest.mark.parametrize("interactively", [False, True])
def test_nothing_is_left_in_the_temporary_or_home_folder(
    tmp_path: Path, interactively: bool
) -> None:
    home, temporary, work = tmp_path / "home", tmp_path / "tmp", tmp_path / "work"
    for folder in (home, temporary, work):
        folder.mkdir()
    command = [sys.executable, "-m", "councilkit", "new", "--content", "content"]
    if interactively:
        project = ["Org", "Org", "c", "Council", "Conseil", "1"]
        typed = "\n".join([*project, PAYLOAD, PAYLOAD, "A", "A", *LATER]) + "\n"
    else:
        typed = ""
        command += ["--no-input", f"name_en={PAYLOAD}", f"name_fr={PAYLOAD}", "slug=g"]
    result = subprocess.run(
        command,
        input=typed,
        cwd=work,
        env={**os.environ, "HOME": str(home), "TMPDIR": str(temporary)},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert list(home.iterdir()) == [] and list(temporary.iterdir()) == []
    assert sorted(p.name for p in work.iterdir()) == ["content"]
    assert not list(tmp_path.rglob("PWNED"))
    group = yaml.safe_load((work / "content/groups/g/group.yaml").read_text(encoding="utf-8"))
    assert group["name"] == {"en": PAYLOAD, "fr": PAYLOAD}
