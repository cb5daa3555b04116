"""``check`` loads every layout the documents use, as ``build`` would: a broken mapping, a
slide layout the template lacks, a style the reference lacks and an unknown layout name
are found by ``check`` at their lines, and ``build`` stops on them before it writes or
creates anything."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from contentkit import DECK, MANDATE, content

from councilkit.cli import main

LAYOUTS = Path(__file__).resolve().parents[2] / "layouts"
BULLETS = "  - kind: bullets\n    title: {{en: B{n}, fr: B{n}}}\n    items: [{{en: x, fr: x}}]\n"


def deck(slides: int) -> str:
    return DECK + "".join(BULLETS.format(n=n) for n in range(slides))


def broken_layout(
    root: Path, *, pptx: tuple[str, str] = ("", ""), docx: tuple[str, str] = ("", "")
) -> Path:
    """A copy of the default layout as ``content/layouts/broken`` with a text replaced in
    its mappings; the content's project uses it."""
    folder = root / "layouts" / "broken"
    shutil.copytree(LAYOUTS / "default", folder)
    for name, (old, new) in (("pptx.yaml", pptx), ("docx.yaml", docx)):
        text = (folder / name).read_text(encoding="utf-8")
        assert old in text
        (folder / name).write_text(text.replace(old, new, 1), encoding="utf-8")
    project = root / "project.yaml"
    project.write_text(project.read_text(encoding="utf-8") + "layout: broken\n", encoding="utf-8")
    return folder


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str]]:
    capsys.readouterr()
    status = main(args)
    captured = capsys.readouterr()
    return status, (captured.out + captured.err).splitlines()


def errors(lines: list[str], root: Path) -> list[str]:
    prefix = f"{root}/"
    return [line.replace(prefix, "") for line in lines if ": error: " in line]


def check_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], slides: int, **broken: tuple[str, str]
) -> tuple[list[str], list[str]]:
    """The errors of checking content (a deck of ``slides`` slides, when any) on a broken
    layout, with the folder prefix removed, and every line printed; check must exit 1."""
    decks = {"groups__g__deck": deck(slides)} if slides else {}
    root = content(tmp_path / "content", **decks)
    broken_layout(root, **broken)
    status, lines = run(["check", str(root)], capsys)
    assert status == 1
    return errors(lines, root), lines


def files(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {
        p.relative_to(folder).as_posix(): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_a_missing_slide_layout_is_one_error_for_all_its_slides(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    found, lines = check_errors(
        tmp_path, capsys, 14, pptx=("- layout: Title and Content", "- layout: Nowhere")
    )
    assert len(found) == 1, lines
    assert found[0].startswith("layouts/broken/pptx.yaml:17:5: error: 14 slides use layout ")
    assert "'Nowhere', which the template 'reference.pptx' lacks: first at " in found[0]
    assert "lacks: first at groups/g/deck.yaml:8:5; map those slide kinds" in found[0]
    assert found[0].endswith("[missing-layout]")


def test_one_slide_is_counted_as_one(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    found, _ = check_errors(
        tmp_path, capsys, 1, pptx=("- layout: Title and Content", "- layout: Nowhere")
    )
    assert "1 slide uses layout 'Nowhere'" in found[0]


def test_a_style_the_reference_lacks_is_found_by_check(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    found, lines = check_errors(
        tmp_path, capsys, 0, docx=("  title: Title\n", "  title: No Such Style\n")
    )
    assert found and all(line.startswith("layouts/broken/docx.yaml:") for line in found), lines
    assert "No Such Style" in "\n".join(found)


def test_an_unknown_slide_kind_in_the_mapping_is_found_by_check(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    found, lines = check_errors(
        tmp_path, capsys, 1, pptx=("kinds: [title]", "kinds: [title, nosuch]")
    )
    assert found == [
        "layouts/broken/pptx.yaml:9:5: error: no slide kind 'nosuch'; known: "
        + lines[0].split("known: ")[1].split(" [")[0]
        + " [unknown-kind]"
    ]


def test_an_unknown_layout_name_is_reported_at_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = content(tmp_path / "content", groups__g__mandate=MANDATE + "layout: nosuch\n")
    status, lines = run(["check", str(root)], capsys)
    assert status == 1
    found = errors(lines, root)
    assert len(found) == 1, lines
    assert found[0].startswith("groups/g/mandate.yaml:9:9: error: no layout 'nosuch' ")
    assert found[0].endswith("[unknown-layout]")


def test_a_good_layout_gives_no_problem(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = content(tmp_path / "content", groups__g__deck=deck(2))
    assert run(["check", str(root)], capsys)[0] == 0


@pytest.mark.parametrize(
    "broken",
    [
        {"pptx": ("- layout: Title and Content", "- layout: Nowhere")},
        {"docx": ("  title: Title\n", "  title: No Such Style\n")},
        {"pptx": ("kinds: [title]", "kinds: [title, nosuch]")},
    ],
)
def test_build_with_a_broken_layout_creates_no_output_folder(
    broken: dict[str, tuple[str, str]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = content(tmp_path / "content", groups__g__deck=deck(3))
    broken_layout(root, **broken)
    before = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*"))
    _, checked = run(["check", str(root)], capsys)
    status, built = run(["build", str(root), "-o", str(tmp_path / "out")], capsys)
    assert status == 1
    assert not (tmp_path / "out").exists()
    assert sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*")) == before
    assert [line for line in checked if ": error: " in line] == [
        line for line in built if ": error: " in line
    ]


def test_build_with_an_unknown_layout_creates_no_output_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = content(tmp_path / "content", groups__g__mandate=MANDATE + "layout: nosuch\n")
    status, lines = run(["build", str(root), "-o", str(tmp_path / "out")], capsys)
    assert status == 1
    assert not (tmp_path / "out").exists()
    assert any("mandate.yaml:9:9: error: no layout 'nosuch'" in line for line in lines), lines


def test_build_with_a_broken_layout_leaves_the_last_build_as_it_was(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = content(tmp_path / "content", groups__g__deck=deck(3))
    out = tmp_path / "out"
    assert run(["build", str(root), "-o", str(out)], capsys)[0] == 0
    before = files(out)
    broken_layout(root, pptx=("- layout: Title and Content", "- layout: Nowhere"))
    status, lines = run(["build", str(root), "-o", str(out)], capsys)
    assert status == 1
    assert any("[missing-layout]" in line for line in lines), lines
    assert files(out) == before


def test_build_reports_layout_and_content_problems_together_as_check_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    twice = BULLETS.format(n=0) * 2  # two slides with the same title
    root = content(tmp_path / "content", groups__g__deck=DECK + twice)
    broken_layout(root, pptx=("- layout: Title and Content", "- layout: Nowhere"))
    status, checked = run(["check", str(root)], capsys)
    assert status == 1
    status, built = run(["build", str(root), "-o", str(tmp_path / "out")], capsys)
    assert status == 1
    found = errors(built, root)
    assert [line.split(": error:")[0] for line in found] == [
        "groups/g/deck.yaml:12:12",
        "layouts/broken/pptx.yaml:17:5",
    ], built
    assert found == errors(checked, root)
    assert not (tmp_path / "out").exists()
