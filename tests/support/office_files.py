"""Word and PowerPoint files for the audit's tests, made with python-docx and python-pptx
(never with councilkit), each with a title so that only the rule under test can fail."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from docx import Document
from docx.document import Document as WordDocument
from docx.shared import RGBColor
from pptx import Presentation
from pptx.presentation import Presentation as Deck

from councilkit.audit import audit_file


def word(path: Path, fill: Callable[[WordDocument], object] = lambda d: None) -> Path:
    """A .docx with a title, a default language and dark headings (python-docx's Heading 3
    is a light blue under 4.5:1 on white), then whatever ``fill`` adds."""
    document = Document()
    document.core_properties.title = "Annual report"
    for style in document.styles:
        if style.name and style.name.startswith("Heading"):
            style.font.color.rgb = RGBColor(0x1F, 0x38, 0x64)  # type: ignore[attr-defined]
    fill(document)
    document.save(str(path))
    return path


def deck(path: Path, fill: Callable[[Deck], object] = lambda d: None) -> Path:
    """A .pptx with a title, then whatever ``fill`` adds."""
    presentation = Presentation()
    presentation.core_properties.title = "Council deck"
    fill(presentation)
    presentation.save(str(path))
    return path


def titled_slide(presentation: Deck, title: str = "Budget", layout: int = 1) -> object:
    """A slide with a title and a body placeholder (layout 1, Title and Content)."""
    slide = presentation.slides.add_slide(presentation.slide_layouts[layout])
    assert slide.shapes.title is not None
    slide.shapes.title.text = title
    return slide


def codes(path: Path) -> list[str]:
    """The rule ids the audit reports for one file, in order."""
    return [d.code for d in audit_file(path)]


def messages(path: Path, code: str) -> list[str]:
    """The ``place: message`` of each problem with rule id ``code``."""
    return [f"{d.location.place}: {d.message}" for d in audit_file(path) if d.code == code]
