"""A picture slide places the image with its alt text in the deck's language."""

from __future__ import annotations

import base64
from pathlib import Path

import pptx
from contentkit import content
from pptx.enum.shapes import MSO_SHAPE_TYPE

from councilkit.build import build

# A 2x1 PNG, red and blue.
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAAEElEQVR4nGP4z8DAwMDwHwAF/gL+YR3TnwAAAABJRU5ErkJggg=="
)

DECK = """\
schema: 1
kind: deck
title: {en: Deck, fr: Présentation}
version: "1.0"
status: approved
date: 2016-09-14
slides:
  - kind: picture
    title: {en: Our chart, fr: Notre graphique}
    image: images/chart.png
    alt:
      en: Bar chart of members by jurisdiction
      fr: Diagramme à barres des membres par administration
    caption: {en: Source, fr: Source}
"""


def test_picture_with_alt_text_in_each_language(tmp_path: Path) -> None:
    root = content(tmp_path / "content", groups__g__deck=DECK)
    (root / "groups/g/images").mkdir()
    (root / "groups/g/images/chart.png").write_bytes(PNG)
    build(root, tmp_path / "out", source_date_epoch=0)
    for suffix, alt in (
        ("eng", "Bar chart of members by jurisdiction"),
        ("fra", "Diagramme à barres des membres par administration"),
    ):
        deck = pptx.Presentation(str(tmp_path / f"out/g-deck-{suffix}.pptx"))
        (slide,) = deck.slides
        pictures = [s for s in slide.shapes if s.shape_type == MSO_SHAPE_TYPE.PICTURE]
        assert len(pictures) == 1
        picture = pictures[0]
        assert picture._element.nvPicPr.cNvPr.get("descr") == alt
        assert picture.image.blob == PNG
        assert slide.shapes[0] == slide.shapes.title  # the title is first in reading order
