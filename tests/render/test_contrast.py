"""Every coloured text in the example outputs keeps a contrast of at least 4.5:1 with
what it is set on (3:1 for large text: 18 pt, or 14 pt bold), read from the files."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import docx
import pptx
import pytest
from contrast import contrast

from councilkit.build import build

A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
P = "{http://schemas.openxmlformats.org/presentationml/2006/main}"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def test_contrast_ratios_of_known_pairs() -> None:
    assert round(contrast("000000", "FFFFFF"), 1) == 21.0
    assert round(contrast("777777", "FFFFFF"), 2) == 4.48  # the classic near miss


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("contrast")
    build(Path(__file__).resolve().parents[2] / "content", out, source_date_epoch=0, jobs=2)
    return out


def _solid(element: Any, path: str) -> str | None:
    found = element.find(path)
    return None if found is None else found.get("val")


def _background(slide: Any) -> str:
    for holder in (slide, slide.slide_layout, slide.slide_layout.slide_master):
        colour = _solid(holder._element, f"{P}cSld/{P}bg/{P}bgPr/{A}solidFill/{A}srgbClr")
        if colour:
            return colour
    return "FFFFFF"


def _required(run: Any, size: float) -> float:
    bold = run.find(f"{A}rPr") is not None and run.find(f"{A}rPr").get("b") == "1"
    return 3.0 if size >= 18 or (bold and size >= 14) else 4.5


def test_deck_text_contrast(outputs: Path) -> None:
    checked = 0
    for path in sorted(outputs.glob("*.pptx")):
        deck = pptx.Presentation(str(path))
        for number, slide in enumerate(deck.slides, start=1):
            background = _background(slide)
            for shape in slide.shapes._spTree.iter(f"{P}sp"):
                fill = _solid(shape, f"{P}spPr/{A}solidFill/{A}srgbClr") or background
                for run in shape.iter(f"{A}r"):
                    colour = _solid(run, f"{A}rPr/{A}solidFill/{A}srgbClr")
                    if (
                        colour is None
                        or not "".join(t.text or "" for t in run.iter(f"{A}t")).strip()
                    ):
                        continue
                    size_attr = run.find(f"{A}rPr").get("sz")
                    size = int(size_attr) / 100 if size_attr else 18
                    ratio = contrast(colour, fill)
                    assert ratio >= _required(run, size), (
                        f"{path.name} slide {number}: {colour} on {fill} is {ratio:.2f}:1"
                    )
                    checked += 1
            for cell in slide.shapes._spTree.iter(f"{A}tc"):
                fill = _solid(cell, f"{A}tcPr/{A}solidFill/{A}srgbClr") or background
                for run in cell.iter(f"{A}r"):
                    colour = _solid(run, f"{A}rPr/{A}solidFill/{A}srgbClr")
                    if colour is not None:
                        assert contrast(colour, fill) >= 4.5, f"{path.name} slide {number} table"
                        checked += 1
    assert checked > 200


def test_document_text_contrast(outputs: Path) -> None:
    checked = 0
    for path in sorted(outputs.glob("*.docx")):
        document = docx.Document(str(path))
        for style in document.styles:
            colour = getattr(getattr(style, "font", None), "color", None)
            if colour is not None and colour.type is not None and colour.rgb is not None:
                assert contrast(str(colour.rgb), "FFFFFF") >= 4.5, f"{path.name}: {style.name}"
                checked += 1
        styles = document.styles.element
        for part in styles.iter(f"{W}tblStylePr"):  # header rows of table styles
            colour = part.find(f"{W}rPr/{W}color")
            shading = part.find(f"{W}tcPr/{W}shd")
            if colour is not None and shading is not None:
                ratio = contrast(colour.get(f"{W}val"), shading.get(f"{W}fill"))
                assert ratio >= 4.5, f"{path.name}: table style {part.get(f'{W}type')}"
                checked += 1
        for cell in document.element.body.iter(f"{W}tc"):
            shading = cell.find(f"{W}tcPr/{W}shd")
            fill = shading.get(f"{W}fill") if shading is not None else None
            if fill in (None, "auto"):
                fill = "FFFFFF"
            for run in cell.iter(f"{W}r"):
                element = run.find(f"{W}rPr/{W}color")
                colour = element.get(f"{W}val") if element is not None else None
                if colour and colour != "auto":
                    assert contrast(colour, fill) >= 4.5, f"{path.name}: {colour} on {fill}"
                    checked += 1
    assert checked > 10
