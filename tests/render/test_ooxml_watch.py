"""The check after every test (tests/conftest.py, tests/support/ooxml_watch.py): it finds the
packages a test wrote, fails the test with their problems, skips a test marked
invalid_ooxml, and looks at each package content once."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import docx
import pytest
from ooxml_watch import OutputWatch
from packages import part, rewrite

pytest_plugins = ["pytester"]

TESTS = Path(__file__).resolve().parents[1]

BAD_ORDER = "<w:p><w:pPr><w:contextualSpacing/><w:spacing w:after='0'/></w:pPr></w:p>"


def broken_docx(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    docx.Document().save(str(folder / "empty.docx"))
    body = part(folder / "empty.docx", "word/document.xml")
    body = body.replace("<w:body>", "<w:body>" + BAD_ORDER, 1)
    rewrite(folder / "empty.docx", folder / "bad.docx", {"word/document.xml": body})
    (folder / "empty.docx").unlink()
    return folder / "bad.docx"


@pytest.mark.invalid_ooxml
def test_new_packages_are_found_once_and_again_when_changed(tmp_path: Path) -> None:
    watch = OutputWatch(tmp_path)
    bad = broken_docx(tmp_path / "a")
    os.symlink(bad, tmp_path / "link.docx")
    assert watch.new_packages() == [bad]
    assert watch.new_packages() == []
    problems = watch.problems([bad])
    assert len(problems) == 1
    assert problems[0].startswith(f"{bad}: word/document.xml:2: /w:document/w:body/w:p/w:pPr/")
    assert len(watch.results) == 1
    copy = tmp_path / "b" / "same.docx"
    copy.parent.mkdir()
    shutil.copy(bad, copy)
    assert watch.new_packages() == [copy]
    assert watch.problems([copy]) == [problems[0].replace(str(bad), str(copy))]
    assert len(watch.results) == 1  # same content, checked once
    bad.write_bytes(b"not a zip any more")
    os.utime(bad, ns=(0, 0))
    assert watch.new_packages() == [bad]


HELPERS = """
from pathlib import Path
import pytest
import docx
from packages import part, rewrite

def write_bad(folder: Path) -> None:
    docx.Document().save(str(folder / "empty.docx"))
    body = part(folder / "empty.docx", "word/document.xml").replace(
        "<w:body>", "<w:body>{bad}", 1)
    rewrite(folder / "empty.docx", folder / "bad.docx", {{"word/document.xml": body}})

def test_writes_a_bad_package(tmp_path):
    write_bad(tmp_path)

@pytest.mark.invalid_ooxml
def test_writes_one_on_purpose(tmp_path):
    write_bad(tmp_path)

def test_writes_a_good_one(tmp_path):
    docx.Document().save(str(tmp_path / "good.docx"))
"""


@pytest.mark.invalid_ooxml  # the inner run's bad.docx lies under this test's folder
def test_a_test_writing_a_bad_package_fails_unless_marked(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = [str(TESTS / "support"), *os.environ.get("PYTHONPATH", "").split(os.pathsep)]
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(p for p in paths if p))
    pytester.makeconftest((TESTS / "conftest.py").read_text(encoding="utf-8"))
    pytester.makeini(
        "[pytest]\nmarkers =\n    invalid_ooxml: broken on purpose\n    office: readers\n"
        "filterwarnings = error\n"
    )
    pytester.makepyfile(test_outputs=HELPERS.format(bad=BAD_ORDER))
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", f"--rootdir={pytester.path}")
    result.assert_outcomes(passed=2, failed=1)
    result.stdout.fnmatch_lines(
        [
            "*Word would refuse these packages:",
            "*/bad.docx: word/document.xml:2: /w:document/w:body/w:p/w:pPr/w:spacing: Element"
            " 'w:spacing': This element is not expected.*",
            "FAILED test_outputs.py::test_writes_a_bad_package - *",
        ]
    )
