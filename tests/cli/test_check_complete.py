"""One ``check`` run reports every problem of the content at once, each at its own
position: a YAML syntax error in one file does not hide a type error in another, a type
error does not hide a bad value in a sibling field, and neither hides a reference, a
duplicate slide title or a layout's problems elsewhere."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from contentkit import DECK, GROUP, MANDATE, content

from councilkit.cli import main

LAYOUTS = Path(__file__).resolve().parents[2] / "layouts"
BULLETS = "  - kind: bullets\n    title: {{en: {t}, fr: {t}}}\n    items: [{{en: x, fr: x}}]\n"


def layout(root: Path, name: str, old: str, new: str) -> None:
    """A copy of the default layout as ``content/layouts/NAME``, its pptx.yaml changed."""
    folder = root / "layouts" / name
    shutil.copytree(LAYOUTS / "default", folder)
    mapping = folder / "pptx.yaml"
    text = mapping.read_text(encoding="utf-8")
    assert old in text
    mapping.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_one_run_reports_problems_of_every_kind(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = content(
        tmp_path / "content",
        # a YAML syntax error in one file
        groups__g__broken=MANDATE + "purpose: [unclosed\n",
        # a type error and, in a sibling field, a bad value of a fixed list
        groups__g__mandate=MANDATE.replace("date: 2016-06-15", "date: [2016]").replace(
            "status: approved", "status: aproved"
        ),
        # a co-chair who is not a member
        groups__g__group=GROUP.replace("  - member: on\n", "  - member: nobody\n"),
        # duplicate slide titles, on a layout whose template lacks the bullets' layout
        groups__g__deck=DECK + BULLETS.format(t="Same") + BULLETS.format(t="Same"),
        # a layout mapping naming a slide kind that does not exist
        groups__g__other=DECK.replace("slides:", "layout: nomap\nslides:")
        + BULLETS.format(t="One"),
    )
    layout(root, "lacking", "- layout: Title and Content", "- layout: Nowhere")
    layout(root, "nomap", "kinds: [title]", "kinds: [title, nosuch]")
    project = root / "project.yaml"
    project.write_text(project.read_text(encoding="utf-8") + "layout: lacking\n", "utf-8")
    capsys.readouterr()

    assert main(["check", str(root)]) == 1
    out = capsys.readouterr().out.replace(f"{root}/", "")
    found = re.findall(r"^(\S+): error: .*\[([a-z-]+)\]$", out, re.MULTILINE)
    assert sorted(set(found)) == sorted(found), out  # each problem once
    assert sorted(found) == sorted(
        [
            ("groups/g/broken.yaml:10:1", "yaml-syntax"),
            ("groups/g/mandate.yaml:5:7", "wrong-type"),
            ("groups/g/mandate.yaml:4:9", "bad-value"),
            ("groups/g/group.yaml:19:13", "missing-reference"),
            ("groups/g/deck.yaml:12:12", "duplicate-title"),
            ("layouts/lacking/pptx.yaml:17:5", "missing-layout"),
            ("layouts/nomap/pptx.yaml:9:5", "unknown-kind"),
        ]
    ), out


def test_a_broken_slide_does_not_hide_the_other_slides_problems(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = "  - kind: bullets\n    title: {en: Bad, fr: Bad}\n    items: not a list\n"
    slides = BULLETS.format(t="Same") + broken + BULLETS.format(t="Same")
    root = content(tmp_path / "content", groups__g__deck=DECK + slides)
    capsys.readouterr()

    assert main(["check", str(root)]) == 1
    out = capsys.readouterr().out.replace(f"{root}/", "")
    found = re.findall(r"^(\S+): error: .*\[([a-z-]+)\]$", out, re.MULTILINE)
    assert found == [
        ("groups/g/deck.yaml:13:12", "wrong-type"),
        ("groups/g/deck.yaml:15:12", "duplicate-title"),
    ], out
    assert main(["build", str(root), "-o", str(tmp_path / "out")]) == 1
    assert not (tmp_path / "out").exists()
