"""Bad content never gives a traceback: ``councilkit build`` exits 1 with a
``path:line:col`` diagnostic and writes nothing. Also: a small deck with a picture gets
its alt text, and builds byte for byte the same twice."""

from __future__ import annotations

import io
import re
import textwrap
from pathlib import Path
from typing import Any

import pytest
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE

from councilkit.cli import main
from councilkit.model import Language

PROJECT = """\
schema: 1
organization:
  en: Joint Councils
  fr: Conseils mixtes
"""
GROUP = """\
schema: 1
name:
  en: Test Working Group
  fr: Groupe de travail d’essai
members:
  - id: tbs
    jurisdiction: federal
    organization:
      en: Treasury Board of Canada Secretariat
      fr: Secrétariat du Conseil du Trésor du Canada
co_chairs:
  - member: tbs
"""
DECK = """\
schema: 1
kind: deck
version: "1.0"
status: draft
date: 2016-09-14
title:
  en: A test deck
  fr: Une présentation d’essai
slides:
  - kind: title
{slides}
  - kind: closing
"""
SWOT_WITHOUT_THREATS = """\
  - kind: swot
    title: {en: Findings, fr: Constats}
    strengths: [{en: One, fr: Un}]
    weaknesses: [{en: Two, fr: Deux}]
    opportunities: [{en: Three, fr: Trois}]
"""
REVERSED_TIMELINE = """\
  - kind: timeline
    title: {en: Plan, fr: Plan}
    start: 2016-09-30
    end: 2016-06-01
    activities:
      - {en: Work, fr: Travail, start: 2016-06-15, end: 2016-06-30}
"""
UNKNOWN_KIND = """\
  - kind: pie-chart
    title: {en: Pie, fr: Tarte}
"""
MISSING_IMAGE = """\
  - kind: picture
    title: {en: Picture, fr: Image}
    image: images/missing.png
    alt: {en: A chart, fr: Un graphique}
"""
PICTURE = """\
  - kind: picture
    title: {en: Our structure, fr: Notre structure}
    image: images/chart.png
    alt: {en: Organisation chart of the councils, fr: Organigramme des conseils}
    caption: {en: The councils today, fr: Les conseils aujourd’hui}
"""


def content(root: Path, slides: str) -> Path:
    files = {
        "project.yaml": PROJECT,
        "groups/g/group.yaml": GROUP,
        "groups/g/deck.yaml": DECK.format(slides=textwrap.indent(slides, "")),
    }
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


@pytest.mark.parametrize(
    ("slides", "first_line"),
    [
        (UNKNOWN_KIND, 11),
        (SWOT_WITHOUT_THREATS, 11),
        (REVERSED_TIMELINE, 11),
        (MISSING_IMAGE, 11),
    ],
    ids=["unknown-kind", "swot-missing-quadrant", "reversed-timeline", "missing-image"],
)
def test_bad_deck_content_is_a_diagnostic_and_nothing_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], slides: str, first_line: int
) -> None:
    root = content(tmp_path / "content", slides)
    out = tmp_path / "out"
    status = main(["build", str(root), "-o", str(out)])
    captured = capsys.readouterr()
    text = captured.out + captured.err
    assert status == 1, text
    assert "Traceback" not in text
    path = re.escape((root / "groups/g/deck.yaml").as_posix())
    found = re.search(rf"{path}:(\d+):(\d+): error: ", text)
    assert found, text
    last_line = first_line + slides.count("\n")
    assert first_line <= int(found.group(1)) <= last_line, text
    assert not out.exists() or not any(out.rglob("*.pptx"))


def picture_content(root: Path) -> Path:
    from PIL import Image

    root = content(root, PICTURE)
    (root / "groups/g/images").mkdir()  # image paths are relative to the deck's folder
    Image.new("RGB", (400, 200), (38, 55, 74)).save(root / "groups/g/images/chart.png")
    return root


def test_picture_with_alt_text_and_caption(tmp_path: Path, reader: Any) -> None:
    root = picture_content(tmp_path / "content")
    rendered = reader.render(root, "g", "deck", Language.FR)
    assert not [d for d in rendered.diagnostics if d.is_error]
    deck = Presentation(io.BytesIO(rendered.data))
    slide = deck.slides[1]
    (picture,) = [s for s in slide.shapes if s.shape_type == MSO_SHAPE_TYPE.PICTURE]
    assert picture._element.xpath("./p:nvPicPr/p:cNvPr/@descr") == ["Organigramme des conseils"]
    assert "Les conseils aujourd’hui" in reader.text(slide)
    assert picture.width / picture.height == pytest.approx(2.0, rel=0.01)


def test_same_content_and_epoch_build_byte_identical_decks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = picture_content(tmp_path / "content")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1473811200")
    outputs = []
    for name in ("one", "two"):
        assert main(["build", str(root), "-o", str(tmp_path / name)]) == 0, capsys.readouterr()
        outputs.append(sorted((tmp_path / name).glob("*.pptx")))
    first, second = outputs
    assert [p.name for p in first] == [p.name for p in second] and len(first) == 2
    for a, b in zip(first, second, strict=True):
        assert a.read_bytes() == b.read_bytes()
