"""LibreOffice's version, read once per run with ``soffice --version``: no shell, and
nothing of councilkit's environment but a default ``PATH``, ``LC_ALL=C`` and an empty
``HOME`` of its own. A stand-in ``soffice`` script records what the program is given."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from councilkit.bundle.pdf import LibreOffice, PdfError, read_version

SCRIPT = """\
#!/bin/sh
echo "LibreOffice 9.9.9.9 99(Build:9)"
echo "second line"
echo "secret=${{COUNCILKIT_TEST_SECRET:-unset}} lc_all=$LC_ALL path=$PATH args=$*" >> "{log}"
echo "$HOME" >> "{log}"
exit {status}
"""


def soffice(tmp_path: Path, status: int = 0) -> Path:
    script = tmp_path / "soffice"
    script.write_text(SCRIPT.format(log=tmp_path / "log", status=status), encoding="utf-8")
    script.chmod(0o755)
    return script


def test_the_version_is_the_first_line_read_in_a_minimal_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COUNCILKIT_TEST_SECRET", "from the caller")
    monkeypatch.setenv("LC_ALL", "fr_CA.UTF-8")
    assert read_version(str(soffice(tmp_path))) == "LibreOffice 9.9.9.9 99(Build:9)"
    seen, home = (tmp_path / "log").read_text(encoding="utf-8").splitlines()
    assert seen == f"secret=unset lc_all=C path={os.defpath} args=--version"
    assert home != os.environ.get("HOME") and not os.path.exists(home)  # new, then removed


def test_the_version_is_read_once_per_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    script = soffice(tmp_path)
    monkeypatch.setattr("shutil.which", lambda name: str(script))
    libreoffice = LibreOffice()
    assert libreoffice.version() == libreoffice.version() == "LibreOffice 9.9.9.9 99(Build:9)"
    assert len((tmp_path / "log").read_text(encoding="utf-8").splitlines()) == 2  # one run


def test_a_failing_soffice_is_an_error_naming_it(tmp_path: Path) -> None:
    script = soffice(tmp_path, status=1)
    with pytest.raises(
        PdfError, match=f"cannot read LibreOffice's version \\('{script} --version'"
    ):
        read_version(str(script))
