"""LibreOffice reads every example deck: the PDF it makes has one page per slide."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from readers import pdf_page_count

from councilkit.model import Language


@pytest.mark.office
def test_libreoffice_converts_every_deck_with_one_page_per_slide(
    pdf_converter: Any,
    example_decks: dict[tuple[str, Language], bytes],
    reader: Any,
    tmp_path: Path,
) -> None:
    files = []
    slides = {}
    for (key, language), data in example_decks.items():
        path = tmp_path / f"{key}-{language.value}.pptx"
        path.write_bytes(data)
        files.append(path)
        slides[path.stem] = len(reader.open(data).slides)
    for pdf in pdf_converter(files, tmp_path / "pdf"):
        assert pdf_page_count(pdf) == slides[pdf.stem], pdf.name
