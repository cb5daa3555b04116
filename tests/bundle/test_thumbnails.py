"""Thumbnails are made by pdftoppm from files named after the documents: a name that
looks like one of pdftoppm's options must reach it as a path, never as an option."""

from __future__ import annotations

from pathlib import Path

import pytest

from councilkit.bundle import pdf_making
from councilkit.bundle.pdf_making import thumbnails

RECORDER = """#!/bin/sh
# Records each argument on its own line, then writes the PNG the last argument names.
printf '%s\\n' "$@" >> "{log}"
for last in "$@"; do :; done
printf 'PNG' > "$last.png"
"""


def test_a_name_like_an_option_reaches_pdftoppm_as_a_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    script = tmp_path / "pdftoppm"
    log = tmp_path / "log"
    script.write_text(RECORDER.format(log=log), encoding="utf-8")
    script.chmod(0o755)
    monkeypatch.setattr(pdf_making.shutil, "which", lambda name: str(script))
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    made = thumbnails({"-singlefile.pdf": b"%PDF-1.7\n", "-r.pdf": b"%PDF-1.7\n"}, Path("-thumbs"))
    arguments = log.read_text(encoding="utf-8").splitlines()
    options = ["-png", "-r", "20", "-f", "1", "-l", "1", "-singlefile"]
    folder = work / "-thumbs"
    assert arguments == [
        *options,
        str(folder / "-r.pdf"),
        str(folder / "-r"),
        *options,
        str(folder / "-singlefile.pdf"),
        str(folder / "-singlefile"),
    ]
    assert made == {"-r.pdf": b"PNG", "-singlefile.pdf": b"PNG"}
