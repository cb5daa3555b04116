"""The typography rules hold in what readers get: every run of every French and English
document and deck, body, headers, footers, tables, diagrams and speaker notes."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import docx
import pptx
import pytest

from councilkit.build import build

NBSP = "\u00a0"
PROTECTED = re.compile(r"https?://\S+|mailto:\S+|[\w.+-]+@[\w-]+\.[\w.-]+|\d{1,2}:\d{2}")


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("typography")
    build(Path(__file__).resolve().parents[2] / "content", out, source_date_epoch=0, jobs=2)
    return out


def docx_texts(path: Path) -> Iterator[str]:
    document = docx.Document(str(path))
    parts: list[Any] = [document.element.body]
    for section in document.sections:
        parts += [section.header._element, section.footer._element]
        parts += [section.first_page_header._element, section.first_page_footer._element]
    for part in parts:
        for paragraph in part.iter(
            "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}p"
        ):
            yield "".join(
                t.text or ""
                for t in paragraph.iter(
                    "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}t"
                )
            )


def pptx_texts(path: Path) -> Iterator[str]:
    deck = pptx.Presentation(str(path))
    ns = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
    for slide in deck.slides:
        elements = [slide.shapes._spTree]
        if slide.has_notes_slide:
            elements.append(slide.notes_slide.shapes._spTree)
        for element in elements:
            for paragraph in element.iter(f"{ns}p"):
                yield "".join(t.text or "" for t in paragraph.iter(f"{ns}t"))


def texts(outputs: Path, suffix: str) -> list[str]:
    found: list[str] = []
    for path in sorted(outputs.glob(f"*-{suffix}.*")):
        reader = docx_texts if path.suffix == ".docx" else pptx_texts
        found += [PROTECTED.sub("", text) for text in reader(path) if text.strip()]
    assert len(found) > 300
    return found


def test_french_no_break_space_before_colon_and_inside_guillemets(outputs: Path) -> None:
    french = texts(outputs, "fra")
    assert not [t for t in french if re.search(r"(?<!\u00a0):(\s|$)", t)], "colon"
    assert not [t for t in french if re.search(r"«(?!\u00a0)|(?<!\u00a0)»", t)], "guillemets"
    assert not [t for t in french if re.search(r"\d[ ]?%", t)], "percent"
    assert sum(t.count(f"{NBSP}:") for t in french) > 50


def test_french_no_space_before_semicolon_question_and_exclamation_marks(outputs: Path) -> None:
    french = texts(outputs, "fra")
    assert not [t for t in french if re.search(r"[\s\u00a0\u202f][;!?]", t)]
    assert any("?" in t for t in french)


def test_typographic_apostrophes_and_quotes_in_both_languages(outputs: Path) -> None:
    for suffix in ("fra", "eng"):
        straight = [t for t in texts(outputs, suffix) if "'" in t or '"' in t]
        assert not straight, straight[:3]


def test_no_break_spaces_only_where_the_rules_put_them(outputs: Path) -> None:
    english = texts(outputs, "eng")
    assert not [t for t in english if NBSP in t]
    french = texts(outputs, "fra")
    allowed = re.compile(r"\u00a0(?=[:»%$h]|\d)|(?<=«)\u00a0|(?<=\d)\u00a0")
    assert not [t for t in french if NBSP in allowed.sub("", t)]


def test_french_dates_in_outputs(outputs: Path) -> None:
    french = " ".join(texts(outputs, "fra"))
    assert "14 septembre 2016" in french
    assert "September 14, 2016" in " ".join(texts(outputs, "eng"))
