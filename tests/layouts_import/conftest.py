"""Department templates for the layout import tests: python-docx's and python-pptx's own
default templates, the same saved as templates (.dotx, .potx), and a copy of the example
content to import them into."""

from __future__ import annotations

import io
import shutil
import zipfile
from pathlib import Path

import docx
import pptx
import pytest

from councilkit.cli import main

REPO = Path(__file__).resolve().parents[2]
LIBREOFFICE = REPO / "tests" / "fixtures" / "templates" / "libreoffice"


def repack(source: Path, target: Path, part: str, changes: dict[bytes, bytes]) -> Path:
    """``source`` copied to ``target`` with each old text of ``changes`` replaced by the new
    one in ``part``."""
    with (
        zipfile.ZipFile(source) as package,
        zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out,
    ):
        for info in package.infolist():
            data = package.read(info)
            if info.filename == part:
                for old, new in changes.items():
                    data = data.replace(old, new, 1)
            out.writestr(info, data)
    return target


def as_template(document: Path, target: Path) -> Path:
    """``document`` saved as a template at ``target``: its main content type a template's."""
    changes = {
        b"document.main+xml": b"template.main+xml",
        b"presentation.main+xml": b"template.main+xml",
    }
    return repack(document, target, "[Content_Types].xml", changes)


def snapshot(folder: Path) -> dict[str, bytes | str]:
    """Every path under ``folder`` with its bytes (a folder: 'dir', a link: its target)."""
    found: dict[str, bytes | str] = {}
    for path in sorted(folder.rglob("*")):
        key = path.relative_to(folder).as_posix()
        if path.is_symlink():
            found[key] = f"link:{path.readlink()}"
        elif path.is_dir():
            found[key] = "dir"
        else:
            found[key] = path.read_bytes()
    return found


@pytest.fixture
def libreoffice() -> Path:
    """The folder of the templates LibreOffice converted from its own."""
    return LIBREOFFICE


@pytest.fixture
def repacked() -> object:
    """:func:`repack`, for tests."""
    return repack


@pytest.fixture
def refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> object:
    """A function running the command line and asserting that nothing under the test's
    folder changed; it returns the exit status and what was printed."""

    def run(args: list[str]) -> tuple[int, str]:
        before = snapshot(tmp_path)
        status = main(args)
        assert snapshot(tmp_path) == before
        captured = capsys.readouterr()
        return status, captured.out + captured.err

    return run


@pytest.fixture
def content(tmp_path: Path) -> Path:
    """A copy of the example content."""
    return Path(shutil.copytree(REPO / "content", tmp_path / "content"))


@pytest.fixture
def templates(tmp_path: Path) -> dict[str, Path]:
    """python-docx's and python-pptx's default templates saved as files, as documents
    (docx, pptx) and as templates (dotx, potx)."""
    folder = tmp_path / "department"
    folder.mkdir()
    word = io.BytesIO()
    docx.Document().save(word)
    (folder / "word.docx").write_bytes(word.getvalue())
    deck = io.BytesIO()
    pptx.Presentation().save(deck)
    (folder / "deck.pptx").write_bytes(deck.getvalue())
    return {
        "docx": folder / "word.docx",
        "pptx": folder / "deck.pptx",
        "dotx": as_template(folder / "word.docx", folder / "word.dotx"),
        "potx": as_template(folder / "deck.pptx", folder / "deck.potx"),
    }
