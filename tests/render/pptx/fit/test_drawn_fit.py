"""Text stays in its box as LibreOffice draws it: every word of the PDF that LibreOffice
makes of the example decks and of the stress deck, in both languages, on the default layout
and on python-pptx's template (Calibri), lies inside the box of a shape or table cell that
holds text (``pdftotext -bbox`` gives each word's box)."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any, NamedTuple

import pytest
from lxml import etree

from councilkit.model import Language

EMU_PER_POINT = 12700
FIXTURES = Path(__file__).resolve().parents[3] / "fixtures/templates"
XHTML = "{http://www.w3.org/1999/xhtml}"


class Rect(NamedTuple):
    left: float
    top: float
    right: float
    bottom: float

    def holds(self, other: Rect, slack: float) -> bool:
        return (
            other.left >= self.left - slack
            and other.top >= self.top - slack
            and other.right <= self.right + slack
            and other.bottom <= self.bottom + slack
        )


def _rect(left: int, top: int, width: int, height: int) -> Rect:
    return Rect(
        left / EMU_PER_POINT,
        top / EMU_PER_POINT,
        (left + width) / EMU_PER_POINT,
        (top + height) / EMU_PER_POINT,
    )


def text_boxes(slide: Any, reader: Any) -> list[Rect]:
    """The box of every shape and table cell of ``slide`` that holds text, and of every
    chart (whose labels the chart itself lays out inside its frame)."""
    boxes: list[Rect] = []
    for shape in reader.shapes(slide.shapes):
        if getattr(shape, "has_table", False):
            top = shape.top
            for row in shape.table.rows:
                left = shape.left
                for column, cell in zip(shape.table.columns, row.cells, strict=True):
                    if cell.text_frame.text.strip():
                        boxes.append(_rect(left, top, column.width, row.height))
                    left += column.width
                top += row.height
        elif getattr(shape, "has_chart", False) or (  # a chart lays out its labels itself
            getattr(shape, "has_text_frame", False) and shape.text_frame.text.strip()
        ):
            boxes.append(_rect(shape.left, shape.top, shape.width, shape.height))
    return boxes


def drawn_words(pdftotext: str, pdf: Path) -> list[list[tuple[Rect, str]]]:
    """Each page's words and their boxes, in points from the top left."""
    out = subprocess.run([pdftotext, "-bbox", str(pdf), "-"], check=True, capture_output=True)
    root = etree.fromstring(out.stdout, etree.XMLParser(resolve_entities=False, no_network=True))
    pages = []
    for page in root.iter(f"{XHTML}page"):
        words = []
        for word in page.iter(f"{XHTML}word"):
            box = Rect(*(float(word.get(k)) for k in ("xMin", "yMin", "xMax", "yMax")))
            words.append((box, word.text or ""))
        pages.append(words)
    return pages


@pytest.mark.office
def test_no_word_lies_beyond_its_box(
    pdf_converter: Any,
    pdftotext: str,
    example_decks: dict[tuple[str, Language], bytes],
    stress_decks: dict[Language, bytes],
    reader: Any,
    tmp_path: Path,
) -> None:
    decks = {f"{key}-{language.value}": data for (key, language), data in example_decks.items()}
    decks.update({f"stress-{language.value}": data for language, data in stress_decks.items()})
    foreign = FIXTURES / "python-default"  # Calibri, measured with Carlito
    for language in Language:
        decks[f"calibri-{language.value}"] = reader.example(language, foreign).data
    files = []
    for stem, data in decks.items():
        files.append(tmp_path / f"{stem}.pptx")
        files[-1].write_bytes(data)
    beyond: list[str] = []
    for pdf in pdf_converter(files, tmp_path / "pdf"):
        deck = reader.open(decks[pdf.stem])
        pages = drawn_words(pdftotext, pdf)
        assert len(pages) == len(deck.slides)
        for number, (slide, words) in enumerate(zip(deck.slides, pages, strict=True), start=1):
            boxes = text_boxes(slide, reader)
            for word, text in words:
                # a word's box runs from the font's ascent to its descent: allow a little
                slack = max(1.5, 0.08 * (word.bottom - word.top))
                if not any(box.holds(word, slack) for box in boxes):
                    beyond.append(f"{pdf.stem} slide {number}: {text!r} at {word}")
    assert beyond == []
