"""Shared fixtures: the example content, and the external readers the tests use to read
output back (LibreOffice, pandoc). A test needing a reader skips on a laptop without it,
but fails when CI=true: in CI nothing is skipped.

After every test, each .docx and .pptx written under pytest's temporary folders is checked
against the OOXML schemas and package rules Word enforces (tests/support/ooxml.py); a test
that writes broken packages on purpose is marked ``invalid_ooxml``."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable, Generator, Iterator
from pathlib import Path

import pytest
from ooxml_known import known_reason
from ooxml_watch import OutputWatch

REPO = Path(__file__).resolve().parents[1]
EXAMPLE_CONTENT = REPO / "content"


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() == "true"


def require_program(name: str, packages: str) -> str:
    """The path of program ``name``; skips the test without it, fails in CI."""
    found = shutil.which(name)
    if found:
        return found
    message = f"{name} is not installed (Debian packages: {packages})"
    if in_ci():
        pytest.fail(message + "; CI must run every reader")
    pytest.skip(message)


@pytest.fixture
def example_content() -> Path:
    """The repository's example content folder."""
    return EXAMPLE_CONTENT


@pytest.fixture
def soffice() -> str:
    return require_program("soffice", "libreoffice-writer-nogui libreoffice-impress-nogui")


@pytest.fixture
def pandoc() -> str:
    return require_program("pandoc", "pandoc")


@pytest.fixture
def pdftotext() -> str:
    return require_program("pdftotext", "poppler-utils")


@pytest.fixture
def pdf_text(pdftotext: str) -> Callable[[Path], str]:
    """A function giving the text of a PDF as poppler's pdftotext reads it."""

    def read(pdf: Path) -> str:
        done = subprocess.run(
            [pdftotext, str(pdf), "-"], capture_output=True, text=True, check=True
        )
        return done.stdout

    return read


@pytest.fixture
def pdf_converter(soffice: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    """A function converting Office files to PDF with LibreOffice, in a private profile."""
    profile = tmp_path_factory.mktemp("lo-profile")

    def convert(files: list[Path], outdir: Path) -> list[Path]:
        outdir.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(outdir),
                *map(str, files),
            ],
            check=True,
            capture_output=True,
            timeout=300,
        )
        pdfs = [outdir / (f.stem + ".pdf") for f in files]
        missing = [p for p in pdfs if not p.exists()]
        assert not missing, f"LibreOffice did not convert: {missing}"
        return pdfs

    yield convert


@pytest.fixture(scope="session", autouse=True)
def ooxml_watch(tmp_path_factory: pytest.TempPathFactory) -> OutputWatch:
    """The packages written under the session's temporary folders, checked once each."""
    return OutputWatch(tmp_path_factory.getbasetemp())


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Generator[None, object, object]:
    """Fail a passing test whose .docx or .pptx outputs Word would refuse."""
    watch = getattr(item, "funcargs", {}).get("ooxml_watch")
    try:
        result = yield
    except BaseException:
        if watch is not None:
            watch.new_packages()  # a failing test's files are not blamed on the next one
        raise
    if watch is None:
        return result
    written = watch.new_packages()
    if item.get_closest_marker("invalid_ooxml") is None:
        problems = watch.problems(written)
        reason = known_reason(problems)
        if reason:
            pytest.xfail(f"known Word renderer problem: {reason}")
        if problems:
            pytest.fail("Word would refuse these packages:\n" + "\n".join(problems))
    return result
