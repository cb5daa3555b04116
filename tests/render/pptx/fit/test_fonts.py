"""Measuring with the template's font: widths come from the installed font files (or their
metric-compatible twins), and a template whose font is missing is a warning naming it."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from pptx import Presentation

from councilkit.model import Language
from councilkit.render.pptx.fit import line_count, text_width
from councilkit.render.pptx.fit.fonts import font_widths, measuring
from councilkit.render.pptx.fit.theme import theme_body_font
from councilkit.render.pptx.fit.widths import arial_width

FIXTURES = Path(__file__).resolve().parents[3] / "fixtures/templates"


def installed(family: str) -> Any:
    font, name = font_widths(family)
    if font is None:
        pytest.skip(f"neither {family} nor its metric twin is installed")
    return font, name


def test_arial_is_measured_with_its_metric_twin_and_matches_the_table() -> None:
    font, name = installed("Arial")
    assert name in ("Arial", "Liberation Sans")
    for char in "Notre but: Questions, 2016 – élément":
        assert font.width(char) == arial_width(char), char


def test_calibri_is_narrower_than_arial_and_changes_the_fit() -> None:
    font, name = installed("Calibri")
    assert name in ("Calibri", "Carlito")
    text = "Une formulation nettement plus longue en français " * 6
    arial_width_of_text = text_width(text, 20.0)
    arial = line_count(text, width=200.0, size=20.0)
    with measuring(font):
        assert text_width(text, 20.0) < 0.95 * arial_width_of_text
        calibri = line_count(text, width=200.0, size=20.0)
    assert calibri < arial
    assert line_count(text, width=200.0, size=20.0) == arial  # measuring ends with the block


def test_theme_fonts_of_the_templates() -> None:
    assert theme_body_font(Presentation(str(FIXTURES / "python-default/reference.pptx"))) == (
        "Calibri"
    )


def test_a_template_whose_font_is_missing_is_a_warning(tmp_path: Path, reader: Any) -> None:
    folder = tmp_path / "layout"
    shutil.copytree(FIXTURES / "python-default", folder)
    template = Presentation(str(folder / "reference.pptx"))
    master = template.slide_masters[0].part
    (theme,) = [r.target_part for r in master.rels.values() if r.reltype.endswith("/theme")]
    theme._blob = theme.blob.replace(b'typeface="Calibri"', b'typeface="No Such Font"')
    template.save(str(folder / "reference.pptx"))
    rendered = reader.example(Language.EN, folder)
    assert rendered.data
    messages = [d.format() for d in rendered.diagnostics]
    assert any(
        "warning: the template's font 'No Such Font' is not installed" in m
        and "reference.pptx" in m
        for m in messages
    ), messages
