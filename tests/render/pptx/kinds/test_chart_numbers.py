"""Chart numbers read the same whatever the language of the computer showing the deck:
data labels are written as text (``1 000,5 $`` in French, ``$1,000.5`` in English) over
numeric values, and the value axis's format code has no separator the computer chooses
(thousands grouped with literal text, whole ticks). LibreOffice, run in German, draws them
so in both languages."""

from __future__ import annotations

import doctest
import re
import subprocess
from pathlib import Path
from typing import Any

import contentkit
import pptx
import pytest

from councilkit.build import build
from councilkit.render.pptx.kinds import chart_numbers

NBSP = "\u00a0"
DECK = (
    contentkit.DECK
    + """\
  - kind: chart
    title: {en: Costs, fr: Coûts}
    chart: column
    unit: dollars
    categories: [{en: Pilot, fr: Projet pilote}, {en: Roll-out, fr: Déploiement}]
    series: [{en: Cost, fr: Coût, values: [1000.5, 1234567]}]
  - kind: chart
    title: {en: Shares, fr: Parts}
    chart: stacked-bar
    unit: percent
    categories: [{en: One, fr: Un}]
    series:
      - {en: High, fr: Élevée, values: [41.7]}
      - {en: Low, fr: Faible, values: [58.3]}
  - kind: chart
    title: {en: Small, fr: Petit}
    chart: line
    categories: [{en: Spring, fr: Printemps}, {en: Fall, fr: Automne}]
    series: [{en: Rate, fr: Taux, values: [1.25, 3.5]}]
  - kind: chart
    title: {en: Balance, fr: Solde}
    chart: bar
    categories: [{en: One, fr: Un}, {en: Two, fr: Deux}]
    series: [{en: Balance, fr: Solde, values: [-1500, 2500]}]
"""
)
LABELS = {
    "en": [
        [["$1,000.5", "$1,234,567.0"]],
        [["41.7%"], ["58.3%"]],
        [["1.25", "3.50"]],
        [["-1,500", "2,500"]],
    ],
    "fr": [
        [[f"1{NBSP}000,5{NBSP}$", f"1{NBSP}234{NBSP}567,0{NBSP}$"]],
        [[f"41,7{NBSP}%"], [f"58,3{NBSP}%"]],
        [["1,25", "3,50"]],
        [[f"-1{NBSP}500", f"2{NBSP}500"]],
    ],
}


@pytest.fixture(scope="module")
def decks(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("numbers")
    source = contentkit.content(root / "content", groups__g__deck=DECK)
    build(source, root / "out", source_date_epoch=0)
    return {
        lang: root / f"out/g-deck-{suffix}.pptx" for lang, suffix in (("en", "eng"), ("fr", "fra"))
    }


def charts(path: Path) -> list[Any]:
    deck = pptx.Presentation(str(path))
    return [next(s for s in slide.shapes if s.has_chart).chart for slide in deck.slides]


def unquoted(code: str) -> str:
    """A format code without its quoted literal text."""
    return re.sub(r'"[^"]*"', "", code)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_each_label_is_the_value_as_the_language_writes_it(
    decks: dict[str, Path], lang: str
) -> None:
    tag = {"en": "en-CA", "fr": "fr-CA"}[lang]
    for chart, expected in zip(charts(decks[lang]), LABELS[lang], strict=True):
        texts = []
        for series in chart.plots[0].series:
            labels = []
            for point in series.points:
                label = point.data_label
                assert label.has_text_frame
                (run,) = label.text_frame.paragraphs[0].runs
                assert run._r.get_or_add_rPr().get("lang") == tag
                labels.append(run.text)
            texts.append(labels)
        assert texts == expected
    # the values stay numbers: the chart's cache (and its workbook) hold them as such
    budget = charts(decks[lang])[0].plots[0].series[0]
    assert tuple(budget.values) == (1000.5, 1234567.0)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_axis_formats_leave_no_separator_to_the_computer(decks: dict[str, Path], lang: str) -> None:
    found = []
    for chart in charts(decks[lang]):
        code = chart.value_axis.tick_labels.number_format
        assert not chart.value_axis.tick_labels.number_format_is_linked
        assert not re.search(r"[.,]", unquoted(code)), code  # no locale's grouping or decimal mark
        assert "[$-" not in code
        found.append(code)
    separator = {"en": '","', "fr": f'"{NBSP}"'}[lang]
    assert f"[>=1000]0{separator}000" in found[2]  # grouped by thousands, written out
    assert f"0{separator}000{separator}000" in found[0]
    assert ";-" in found[3] and "[>=" not in found[3]  # a negative axis: a negative section
    small = charts(decks[lang])[2].value_axis
    assert (small.minimum_scale, small.maximum_scale, small.major_unit) == (1.0, 4.0, 1.0)


def test_chart_number_examples() -> None:
    assert doctest.testmod(chart_numbers).failed == 0


@pytest.mark.office
def test_libreoffice_in_german_draws_each_language_s_numbers(
    decks: dict[str, Path], soffice: str, pdftotext: str, tmp_path: Path
) -> None:
    env = {"LC_ALL": "de_DE.UTF-8", "LANG": "de_DE.UTF-8", "LANGUAGE": "de", "HOME": str(tmp_path)}
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{tmp_path / 'profile'}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(decks["en"]),
            str(decks["fr"]),
        ],
        check=True,
        capture_output=True,
        timeout=300,
        env={**env, "PATH": "/usr/bin:/bin"},
    )
    text = {}
    for lang, path in decks.items():
        pdf = tmp_path / (path.stem + ".pdf")
        out = subprocess.run([pdftotext, str(pdf), "-"], check=True, capture_output=True)
        text[lang] = " ".join(out.stdout.decode().replace(NBSP, " ").split())
    for expected in ("1 000,5 $", "1 234 567,0 $", "41,7 %", "1,25", "-1 500", "1 000 000 $"):
        assert expected in text["fr"], expected
    for expected in ("$1,000.5", "$1,234,567.0", "41.7%", "1.25", "-1,500", "$1,000,000"):
        assert expected in text["en"], expected
    assert not re.search(r"\d[.,]\d{3}\b", text["fr"])  # no 1.000 nor 1,000 in French
    assert "1 234 567" not in text["en"] and not re.search(r"\d\.\d{3}\b", text["en"])
