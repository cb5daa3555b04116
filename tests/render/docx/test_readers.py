"""Other readers read the documents back: pandoc finds the headings; LibreOffice turns each
document into a PDF with a plausible number of pages."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from readers import pdf_page_count

pytestmark = pytest.mark.office

# Plausible page counts: title page, contents, then the body.
PAGES = {
    "mandate": range(2, 7),
    "terms-of-reference": range(4, 16),
}


def _plain(text: str) -> str:
    """Text as pandoc's markdown writes it: escapes dropped, typographic quotes plain."""
    return text.replace("\\", "").replace("’", "'").replace("\u00a0", " ")


def test_pandoc_finds_the_headings(example_outputs: dict[str, Path], pandoc: str) -> None:
    for name, path in example_outputs.items():
        markdown = subprocess.run(
            [pandoc, "-f", "docx", "-t", "markdown", "--wrap=none", str(path)],
            check=True,
            capture_output=True,
            text=True,
            timeout=120,
        ).stdout
        found = [line.lstrip("#").strip() for line in markdown.splitlines() if line.startswith("#")]
        headings = [
            p.text
            for p in docx.Document(str(path)).paragraphs
            if p.style.name.startswith("Heading")
        ]
        cleaned = [_plain(h) for h in found]
        for heading in headings:
            assert any(_plain(heading) in line for line in cleaned), (name, heading)


def test_libreoffice_converts_every_document(
    example_outputs: dict[str, Path],
    pdf_converter: Callable[[list[Path], Path], list[Path]],
    tmp_path: Path,
) -> None:
    paths = list(example_outputs.values())
    pdfs = pdf_converter(paths, tmp_path / "pdf")
    for name, pdf in zip(example_outputs, pdfs, strict=True):
        pages = pdf_page_count(pdf)
        kind = "mandate" if "-mandate-" in name else "terms-of-reference"
        allowed = PAGES[kind]
        if name.endswith(("-bilingual", "-tete-beche")):  # both languages: about twice as long
            allowed = range(allowed.start, allowed.stop * 2)
        assert pages in allowed, f"{name}: {pages} pages"
