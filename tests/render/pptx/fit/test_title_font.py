"""Titles are measured with the template's title font (the theme's heading font through
the master's title style), body text with its body font: a template whose heading font is
wider than its body font sets long titles smaller, and its body text as before."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from pptx import Presentation
from pptx.oxml.ns import qn

from councilkit.model import Language
from councilkit.render.pptx.fit.fonts import font_widths
from councilkit.render.pptx.fit.measure import deck_font
from councilkit.render.pptx.fit.theme import TitleStyle, title_style

REPO = Path(__file__).resolve().parents[4]
FIXTURES = REPO / "tests/fixtures/templates"


def with_major_font(tmp_path: Path, family: str) -> Path:
    """A copy of the default layout whose theme's heading (major) font is ``family``; its
    body (minor) font stays Arial."""
    folder = tmp_path / "layout"
    shutil.copytree(REPO / "layouts/default", folder)
    template = Presentation(str(folder / "reference.pptx"))
    master = template.slide_masters[0].part
    (theme,) = [r.target_part for r in master.rels.values() if r.reltype.endswith("/theme")]
    major = b'<a:majorFont><a:latin typeface="Arial"/>'
    assert major in theme.blob
    replaced = f'<a:majorFont><a:latin typeface="{family}"/>'.encode()
    theme._blob = theme.blob.replace(major, replaced)
    template.save(str(folder / "reference.pptx"))
    return folder


def sizes(data: bytes, reader: Any) -> tuple[list[int], list[int]]:
    """The size of each slide's title, and of every run outside titles, in hundredths."""
    titles: list[int] = []
    others: list[int] = []
    for slide in reader.open(data).slides:
        title = slide.shapes.title
        title_runs = set() if title is None else set(title._element.iter(qn("a:rPr")))
        for rpr in slide._element.iter(qn("a:rPr")):
            if rpr in title_runs:
                continue
            others.append(int(rpr.get("sz")))
        if title is not None:
            titles.append(max(int(r.get("sz")) for r in title_runs))
    return titles, others


def test_title_style_of_the_templates() -> None:
    default = Presentation(str(REPO / "layouts/default/reference.pptx"))
    assert title_style(default) == TitleStyle("Arial", bold=True)
    python = Presentation(str(FIXTURES / "python-default/reference.pptx"))
    assert title_style(python) == TitleStyle("Calibri", bold=False)
    converted = Presentation(str(FIXTURES / "libreoffice/reference.pptx"))
    assert title_style(converted) == TitleStyle("Arial", bold=False)  # no title style


def test_a_title_placeholder_font_wins_over_the_theme() -> None:
    template = Presentation(str(REPO / "layouts/default/reference.pptx"))
    master = template.slide_masters[0]
    title = next(s for s in master.placeholders if s.placeholder_format.type == 1)  # TITLE
    styles = title._element.txBody.find(qn("a:lstStyle"))
    styles.clear()
    level = styles.makeelement(qn("a:lvl1pPr"), {})
    props = level.makeelement(qn("a:defRPr"), {"b": "0"})
    props.append(props.makeelement(qn("a:latin"), {"typeface": "Liberation Mono"}))
    level.append(props)
    styles.append(level)
    assert title_style(template) == TitleStyle("Liberation Mono", bold=False)


def test_a_wide_heading_font_sets_long_titles_smaller(tmp_path: Path, reader: Any) -> None:
    if font_widths("Liberation Mono")[0] is None:
        pytest.skip("Liberation Mono is not installed")
    plain = reader.example(Language.FR)
    wide = reader.example(Language.FR, with_major_font(tmp_path, "Liberation Mono"))
    assert not [d for d in wide.diagnostics if d.code == "font-not-installed"]
    plain_titles, plain_text = sizes(plain.data, reader)
    wide_titles, wide_text = sizes(wide.data, reader)
    smaller = [i for i, (a, b) in enumerate(zip(plain_titles, wide_titles, strict=True)) if b < a]
    assert smaller, (plain_titles, wide_titles)  # long titles fit at a smaller size
    assert all(b <= a for a, b in zip(plain_titles, wide_titles, strict=True))
    assert plain_text == wide_text  # body text is measured with the body font, as before


def test_a_missing_title_font_is_a_warning_naming_it(tmp_path: Path, reader: Any) -> None:
    folder = with_major_font(tmp_path, "No Such Heading Font")
    fonts, problems = deck_font(Presentation(str(folder / "reference.pptx")), folder / "x.pptx")
    assert fonts.title is None and fonts.body is not None and fonts.title_bold
    (problem,) = problems
    assert "the template's font 'No Such Heading Font' is not installed" in problem.format()
    rendered = reader.example(Language.EN, folder)
    assert rendered.data
    messages = [d.format() for d in rendered.diagnostics]
    assert sum("'No Such Heading Font' is not installed" in m for m in messages) == 1, messages
