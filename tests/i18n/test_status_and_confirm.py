"""``i18n status`` counts and positions; a changed source goes stale; ``confirm`` clears it."""

from __future__ import annotations

from pathlib import Path

import pytest
from i18nkit import MANDATE, run

import councilkit

SUMMARY_EN = "      en: Approved by the PSCIOC co-chairs.\n"


def _codes(root: Path) -> list[str]:
    return [d.code for d in councilkit.check(root)]


def _mandate_line(root: Path, text: str) -> int:
    lines = (root / MANDATE).read_text(encoding="utf-8").splitlines()
    return next(i for i, line in enumerate(lines, 1) if line == text.rstrip("\n"))


def test_status_counts_missing_and_stale_with_positions(
    content: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("i18n", "confirm", str(content), "--document", "open-data-standards/mandate") == 0
    mandate = content / MANDATE
    text = mandate.read_text(encoding="utf-8").replace("status: approved", "status: draft")
    text = text.replace(
        "      fr: Première ébauche, préparée à partir de l’exemple de feuille de route des "
        "activités des conseils mixtes.\n",
        "",
    )
    text = text.replace(
        "      fr: Révisée à la suite de la téléconférence d’automne des conseils mixtes.\n", ""
    )
    text = text.replace(SUMMARY_EN, "      en: Approved by the PSCIOC co-chairs in November.\n")
    mandate.write_text(text, encoding="utf-8")
    capsys.readouterr()

    assert run("i18n", "status", str(content)) == 0
    out = capsys.readouterr().out.splitlines()

    heading = next(line for line in out if line.startswith("open-data-standards/mandate "))
    assert heading == (
        "open-data-standards/mandate [en → fr]: 15/18 translated (83%), 2 missing, 1 stale"
    )
    listed = out[out.index(heading) + 1 : out.index(heading) + 4]
    path = f"{content.as_posix()}/{MANDATE}"
    first = _mandate_line(
        content, "      en: First draft, prepared from the joint councils’ sample activity roadmap."
    )
    second = _mandate_line(
        content, "      en: Revised after the fall teleconference of the joint councils."
    )
    third = _mandate_line(content, "      en: Approved by the PSCIOC co-chairs in November.")
    expected = [
        (f"{first}:7: missing fr: “First draft, prepared", "(history[0].summary)"),
        (f"{second}:7: missing fr: “Revised after the fall", "(history[1].summary)"),
        (
            f"{third}:7: stale fr: “Approved by the PSCIOC co-chairs in November.”",
            "(history[2].summary)",
        ),
    ]
    assert len(listed) == len(expected)
    for line, (start, end) in zip(listed, expected, strict=True):
        assert line.startswith(f"  {path}:{start}") and line.endswith(end), line
    assert out[-1].startswith("total: ") and "2 missing, 1 stale" in out[-1]
    assert run("i18n", "status", str(content), "--strict") == 1


def test_changed_source_goes_stale_and_confirm_clears_it(
    content: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("i18n", "confirm", str(content)) == 0
    assert "confirmed 490 translations (0 were stale, 490 had no fingerprint)" in (
        capsys.readouterr().out
    )
    assert "stale-translation" not in _codes(content)
    mandate = content / MANDATE
    mandate.write_text(
        mandate.read_text(encoding="utf-8").replace(
            SUMMARY_EN, "      en: Approved by the co-chairs of the PSCIOC.\n"
        ),
        encoding="utf-8",
    )
    stale = [d for d in councilkit.check(content) if d.code == "stale-translation"]
    assert len(stale) == 1 and stale[0].is_error
    line = stale[0].location.line
    before = mandate.read_text(encoding="utf-8")

    selector = f"{content / MANDATE}:{line}"
    assert run("i18n", "confirm", str(content), selector) == 0
    assert "confirmed 1 translations (1 were stale" in capsys.readouterr().out
    assert "stale-translation" not in _codes(content)
    after = mandate.read_text(encoding="utf-8")
    changed = [
        (a, b) for a, b in zip(before.splitlines(), after.splitlines(), strict=True) if a != b
    ]
    assert len(changed) == 1 and changed[0][1].strip().startswith("translated_from: ")

    assert run("i18n", "confirm", str(content)) == 0
    assert "confirmed 0 translations" in capsys.readouterr().out
    assert mandate.read_text(encoding="utf-8") == after


def test_confirm_of_an_unknown_position_or_document_is_refused(content: Path) -> None:
    assert run("i18n", "confirm", str(content), f"{content / MANDATE}:2") == 2
    assert run("i18n", "confirm", str(content), "--document", "nope") == 2
    assert run("i18n", "confirm", str(content), "--group", "nope") == 2
