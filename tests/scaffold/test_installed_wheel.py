"""The installed package works outside this repository: the wheel carries its templates,
layouts and catalogs, and a new group scaffolds and builds on the first try."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pptx

REPO = Path(__file__).resolve().parents[2]


def run(*command: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [str(c) for c in command], cwd=cwd, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, f"{command}\n{result.stdout}\n{result.stderr}"
    return result


def test_wheel_in_a_fresh_environment_scaffolds_and_builds(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    run(sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", dist, REPO, cwd=tmp_path)
    (wheel,) = dist.glob("councilkit-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    for needed in (
        "councilkit/templates/working-group/cookiecutter.json",
        "councilkit/layouts/default/reference.docx",
        "councilkit/layouts/default/reference.pptx",
        "councilkit/localize/catalogs/fr/common.po",
    ):
        assert needed in names

    venv = tmp_path / "venv"
    run(sys.executable, "-m", "venv", venv, cwd=tmp_path)
    run(venv / "bin/python", "-m", "pip", "install", "-q", wheel, cwd=tmp_path)
    work = tmp_path / "elsewhere"
    work.mkdir()
    councilkit = venv / "bin/councilkit"
    run(
        councilkit,
        "new",
        "--no-input",
        "name_en=Data Working Group",
        "name_fr=Groupe de travail sur les données",
        "council=pscioc",
        "date=2026-11-24",
        "end_date=2027-03-24",
        cwd=work,
    )
    run(councilkit, "check", cwd=work)
    run(councilkit, "build", "-o", "out", cwd=work)
    out = work / "out"
    for language, suffix in (("en", "eng"), ("fr", "fra")):
        mandate = docx.Document(str(out / f"data-working-group-mandate-{suffix}.docx"))
        assert any("Data" in p.text or "données" in p.text for p in mandate.paragraphs)
        deck = pptx.Presentation(str(out / f"data-working-group-kick-off-{suffix}.pptx"))
        assert len(deck.slides) >= 7, language
