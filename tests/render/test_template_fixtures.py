"""The example content built with department-like layouts (tests/fixtures/templates): python's
default templates, a template as Word saves it, and templates converted by LibreOffice. Every
output must be a package Word opens (tests/support/ooxml.py)."""

from __future__ import annotations

import runpy
import shutil
import zipfile
from pathlib import Path

import pptx
import pytest
from ooxml import package_problems

from councilkit.build import build
from councilkit.errors import ContentError

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "tests/fixtures/templates"
DEFAULT = REPO / "layouts/default"
EPOCH = 1473811200


def content_with_layout(tmp_path: Path, name: str, *, borrow: str | None = None) -> Path:
    """A copy of the example content using fixture layout ``name``; ``borrow`` is
    ``"docx:<folder>"`` or ``"pptx:<folder>"``: that half of the layout taken from another
    layout folder (fixture name, or ``default``), to test the other half alone."""
    content = tmp_path / "content"
    shutil.copytree(REPO / "content", content)
    layout = content / "layouts" / name
    shutil.copytree(FIXTURES / name, layout)
    if borrow:
        kind, source = borrow.split(":")
        folder = DEFAULT if source == "default" else FIXTURES / source
        for file in (f"reference.{kind}", f"{kind}.yaml"):
            shutil.copy(folder / file, layout / file)
    project = content / "project.yaml"
    text = project.read_text(encoding="utf-8")
    assert "layout: default" in text
    project.write_text(text.replace("layout: default", f"layout: {name}"), encoding="utf-8")
    return content


def test_the_script_makes_the_committed_fixtures() -> None:
    script = runpy.run_path(str(FIXTURES / "make_templates.py"))
    made = script["made"]()
    assert sorted(made) == [
        "python-default/reference.docx",
        "python-default/reference.pptx",
        "word-saved/reference.docx",
        "word-saved/reference.pptx",
    ]
    for name, data in made.items():
        assert data == (FIXTURES / name).read_bytes(), name


@pytest.mark.parametrize(
    "reference", sorted(str(p.relative_to(FIXTURES)) for p in FIXTURES.glob("*/reference.*"))
)
def test_every_fixture_template_is_a_package_word_opens(reference: str) -> None:
    assert package_problems(FIXTURES / reference) == []


def test_the_word_saved_template_has_what_word_adds() -> None:
    with zipfile.ZipFile(FIXTURES / "word-saved/reference.docx") as archive:
        assert "word/media/image1.png" in archive.namelist()
        assert b"<ns0:hdr " in archive.read("word/header1.xml")
        assert b"<w:numIdMacAtCleanup " in archive.read("word/numbering.xml")


@pytest.mark.parametrize(
    ("name", "borrow"),
    [
        ("python-default", None),
        ("word-saved", None),  # namespaces normalised, w:num in order: branch wordref
        ("libreoffice", "docx:python-default"),  # LibreOffice's Impress template
        ("libreoffice", "pptx:default"),  # LibreOffice's Writer template, styles supplied
    ],
)
def test_the_example_content_builds_into_packages_word_opens(
    tmp_path: Path, name: str, borrow: str | None
) -> None:
    content = content_with_layout(tmp_path, name, borrow=borrow)
    build(content, tmp_path / "out", source_date_epoch=EPOCH)
    outputs = sorted((tmp_path / "out").glob("*.*x"))
    assert len(outputs) == 12  # 2 groups × (mandate, terms of reference, deck) × 2 languages
    assert {p.name: package_problems(p) for p in outputs} == {p.name: [] for p in outputs}


def test_placeholders_sharing_an_idx_are_named_and_no_deck_is_written(tmp_path: Path) -> None:
    content = content_with_layout(tmp_path, "python-default")
    template = content / "layouts/python-default/reference.pptx"
    presentation = pptx.Presentation(str(template))
    layout = presentation.slide_layouts.get_by_name("Title and Content")
    layout.placeholders[1].element.ph.set("idx", "0")  # the body now shares the title's idx
    presentation.save(str(template))
    mapping = content / "layouts/python-default/pptx.yaml"
    text = mapping.read_text(encoding="utf-8")
    head, tail = text.rsplit("    body: 1", 1)  # the body of Title and Content, mapped to 0
    mapping.write_text(head + "    body: 0" + tail, encoding="utf-8")
    with pytest.raises(ContentError) as raised:
        build(content, tmp_path / "out", source_date_epoch=EPOCH)
    assert [d.format() for d in raised.value.diagnostics] == [
        f"{mapping.as_posix()}:14:5: error: layout 'Title and Content' has 2 placeholders with"
        " idx 0, so its title and body cannot be told apart; give each placeholder its own"
        " idx in the template and map them here [ambiguous-placeholder]"
    ]
    assert not list((tmp_path / "out").glob("*.*x"))  # no document, no deck


def test_a_body_mapped_to_the_title_placeholder_is_an_error(tmp_path: Path) -> None:
    content = content_with_layout(tmp_path, "python-default")
    mapping = content / "layouts/python-default/pptx.yaml"
    text = mapping.read_text(encoding="utf-8")
    old = "  - layout: Section Header\n    kinds: [section, closing]\n    title: 0\n    body: 1"
    assert old in text
    mapping.write_text(text.replace(old, old.replace("body: 1", "body: 0")), encoding="utf-8")
    with pytest.raises(ContentError) as raised:
        build(content, tmp_path / "out", source_date_epoch=EPOCH)
    assert [d.format() for d in raised.value.diagnostics] == [
        f"{mapping.as_posix()}:10:5: error: the title and the body of layout 'Section Header' "
        "are both mapped to placeholder 0; map the body to another of its placeholders: 0, 1,"
        " 10, 11, 12 [ambiguous-placeholder]"
    ]
