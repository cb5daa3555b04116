"""LibreOffice reads a redline's tracked changes as written: converted to a flat ODF
text, it holds as many changed regions as the redline holds changes (adjacent changes of
one kind taken for one, as LibreOffice and Word show them), its format changes being the
redline's property changes; in both languages. Skipped without LibreOffice, except when
CI=true."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from lxml import etree
from redlinekit import STEM, W, body, merged_changes, redlined

TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"


def flat_odf(soffice: str, document: Path, folder: Path) -> etree._Element:
    """``document`` converted by LibreOffice to a flat ODF text, in a private profile."""
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{folder / 'profile'}",
            "--headless",
            "--convert-to",
            "fodt",
            "--outdir",
            str(folder),
            str(document),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return etree.parse(folder / f"{document.stem}.fodt").getroot()


@pytest.mark.office
@pytest.mark.parametrize(("language", "suffix"), [("en", "eng"), ("fr", "fra")])
def test_libreoffice_counts_the_same_changes(
    repository: Path, tmp_path: Path, soffice: str, language: str, suffix: str
) -> None:
    out = redlined(repository, tmp_path / "out", "--lang", language)
    redline = out / f"{STEM}-{suffix}-redline.docx"
    root = body(redline)
    read = flat_odf(soffice, redline, tmp_path / "odf")
    regions = list(read.iter(f"{TEXT}changed-region"))
    kinds = [etree.QName(region[0]).localname for region in regions]
    assert len(regions) == merged_changes(root) > 20
    assert kinds.count("insertion") > 10 and kinds.count("deletion") > 10
    # a run's property change is a format change; a paragraph's, LibreOffice's own kind
    assert kinds.count("format-change") == len(list(root.iter(f"{W}rPrChange"))) == 1
    assert len(regions) - kinds.count("insertion") - kinds.count("deletion") == 2
    assert len(list(root.iter(f"{W}pPrChange"))) == 1
