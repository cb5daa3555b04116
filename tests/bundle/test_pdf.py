"""LibreOffice's version, read once per run with ``soffice --version``: no shell, and
nothing of councilkit's environment but a default ``PATH``, ``LC_ALL=C`` and an empty
``HOME`` of its own. A stand-in ``soffice`` script records what the program is given."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from councilkit.bundle.pdf import LibreOffice, PdfError, convert_to_pdf, read_version

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


CONVERTER = """\
#!/bin/sh
# Records each argument on its own line, then writes a PDF for each document named.
printf '%s\\n' "$@" > "{log}"
out=""
previous=""
for argument in "$@"; do
  if [ "$previous" = "--outdir" ]; then out="$argument"; fi
  previous="$argument"
done
for argument in "$@"; do
  case "$argument" in
    *.docx) name=$(basename "$argument" .docx); printf '%%PDF-1.7\\n' > "$out/$name.pdf" ;;
  esac
done
"""


@pytest.mark.invalid_ooxml  # the document is two bytes: only its name matters here
def test_a_file_named_like_an_option_reaches_libreoffice_as_a_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    script = tmp_path / "soffice"
    script.write_text(CONVERTER.format(log=tmp_path / "log"), encoding="utf-8")
    script.chmod(0o755)
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    hostile = Path("-env:UserInstallation=file:---tmp-evil.docx")
    hostile.write_bytes(b"PK")
    made = convert_to_pdf(
        [hostile],
        Path("-out"),
        languages=["fr"],
        jobs=1,
        profiles=tmp_path,
        soffice=str(script),
    )
    arguments = (tmp_path / "log").read_text(encoding="utf-8").splitlines()
    options = arguments[: arguments.index("--outdir") + 1]
    assert [a for a in options if a.startswith("-env:")] == [options[0]]
    assert options[0].startswith("-env:UserInstallation=file://" + str(tmp_path))
    assert arguments[len(options) :] == [str(work / "-out"), str(work / hostile)]
    assert [p.read_bytes()[:5] for p in made] == [b"%PDF-"]
