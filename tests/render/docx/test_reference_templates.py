"""Department-like reference files, whatever program saved them, give Word documents Word
opens: python-docx's own template (it lacks councilkit's custom styles), a Word-saved-like
template with a logo in its header, ``w:numIdMacAtCleanup`` and foreign namespace
prefixes, and a template converted by LibreOffice from one of its Writer templates (no
character or table styles at all). The example content is built with each, from the
command line."""

from __future__ import annotations

import base64
import io
import re
import shutil
import zipfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from contentkit import MANDATE, content
from lxml import etree
from ooxml import package_problems
from ooxml_known import known_reason

from councilkit.cli import main

REPO = Path(__file__).resolve().parents[3]
DEFAULT = REPO / "layouts" / "default"
FIXTURES = REPO / "tests" / "fixtures" / "templates"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAAEElEQVR4nGP4z8DAwMDwHwAF/gL+YR3TnwAAAABJRU5ErkJggg=="
)
LOGO = PNG + b"logo"  # another picture than the content's
FIGURE = """\
  - image: images/chart.png
    alt:
      en: Bar chart of members by jurisdiction
      fr: Diagramme à barres des membres par administration
"""
FOOTER_DEFAULT_NAMESPACE = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<ftr xmlns="{W}" xmlns:x="{W}">'
    '<p><pPr><pStyle x:val="Footer"/></pPr><r><t>Template footer</t></r></p></ftr>'
)


# -- the templates ------------------------------------------------------------------------


def python_docx_template() -> bytes:
    out = io.BytesIO()
    docx.Document().save(out)
    return out.getvalue()


def rewrite(data: bytes, change: Callable[[dict[str, bytes]], None]) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    change(parts)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name, part in parts.items():
            target.writestr(name, part)
    return out.getvalue()


def word_like_template() -> bytes:
    """python-docx's template made to look saved by Word: a logo in the header (written
    with ``ns0:`` for WordprocessingML, ``dw:`` for drawings and ``x14:`` for Word 2010),
    a footer in the default namespace, ``w:numIdMacAtCleanup`` ending the numbering."""
    document = docx.Document()
    header = document.sections[0].header
    header.is_linked_to_previous = False
    header.paragraphs[0].add_run().add_picture(io.BytesIO(LOGO))
    header.add_paragraph("Template header text")
    footer = document.sections[0].footer
    footer.is_linked_to_previous = False
    document.add_paragraph("Sample text of the template")
    out = io.BytesIO()
    document.save(out)

    def like_word(parts: dict[str, bytes]) -> None:
        text = parts["word/header1.xml"].decode()
        for old, new in (("w", "ns0"), ("wp", "dw"), ("w14", "x14")):
            text = re.sub(rf"(</?| ){old}:", rf"\g<1>{new}:", text)
            text = text.replace(f"xmlns:{old}=", f"xmlns:{new}=")
        text = text.replace('mc:Ignorable="w14 wp14"', 'mc:Ignorable="x14 wp14"')
        assert "<w:" not in text and "<ns0:hdr" in text and "<dw:inline" in text
        parts["word/header1.xml"] = text.encode()
        parts["word/footer1.xml"] = FOOTER_DEFAULT_NAMESPACE.encode()
        numbering = parts["word/numbering.xml"].decode()
        end = numbering.rindex("</w:numbering>")
        numbering = numbering[:end] + '<w:numIdMacAtCleanup w:val="8"/>' + numbering[end:]
        parts["word/numbering.xml"] = numbering.encode()

    return rewrite(out.getvalue(), like_word)


def libreoffice_template() -> bytes:
    """LibreOffice's Writer template Default.ott converted to .docx by LibreOffice (the
    ``ooxml`` branch's fixture, made by tests/fixtures/templates/make_templates.py)."""
    return (FIXTURES / "libreoffice" / "reference.docx").read_bytes()


# -- building with them -------------------------------------------------------------------


def with_layout(root: Path, reference: bytes) -> Path:
    """``root`` (a content folder) set to use layout ``department``, whose reference .docx
    is ``reference``."""
    layout = root / "layouts" / "department"
    shutil.copytree(DEFAULT, layout, ignore=shutil.ignore_patterns("*.py"))
    (layout / "reference.docx").write_bytes(reference)
    project = root / "project.yaml"
    text = project.read_text(encoding="utf-8")
    if "\nlayout: default\n" in text:
        text = text.replace("\nlayout: default\n", "\nlayout: department\n")
    else:
        text += "\nlayout: department\n"
    project.write_text(text, encoding="utf-8")
    return layout


def example_with_layout(tmp_path: Path, reference: bytes) -> Path:
    root = tmp_path / "content"
    shutil.copytree(REPO / "content", root)
    with_layout(root, reference)
    return root


def build(root: Path, out: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    """Builds ``root`` into ``out`` from the command line; the lines it printed."""
    assert main(["build", str(root), "-o", str(out)]) == 0
    captured = capsys.readouterr()
    return (captured.out + captured.err).splitlines()


def check_package(path: Path) -> None:
    """Opens with python-docx, one zip entry per name, and nothing Word would refuse (but
    the known problems of the side-by-side edition, being fixed on another branch)."""
    docx.Document(str(path))
    with zipfile.ZipFile(path) as archive:
        counts = Counter(name.casefold() for name in archive.namelist())
    assert [name for name, count in counts.items() if count > 1] == []
    problems = package_problems(path)
    assert problems == [] or known_reason(problems), problems


def numbering_order(path: Path) -> list[str]:
    """The kinds of children of the numbering part, each run of one kind once."""
    with zipfile.ZipFile(path) as archive:
        root = etree.fromstring(archive.read("word/numbering.xml"))
    kinds: list[str] = []
    for child in root:
        kind = etree.QName(child).localname
        if not kinds or kinds[-1] != kind:
            kinds.append(kind)
    return kinds


def drawing_ids(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as archive:
        stories = [n for n in archive.namelist() if re.fullmatch(r"word/[a-z]+\d*\.xml", n)]
        roots = [etree.fromstring(archive.read(name)) for name in stories]
    return [e.get("id") for root in roots for e in root.iter(f"{{{WP}}}docPr")]


def supplied_warnings(lines: list[str]) -> dict[str, str]:
    """The role of each ``layout-style-supplied`` warning, by its ``path:line:col``."""
    found = {}
    for line in lines:
        if line.endswith("[layout-style-supplied]"):
            where = line.split(": warning: ")[0]
            found[where] = re.search(r"\(role '(\w+)'\)", line).group(1)  # type: ignore[union-attr]
    return found


def role_lines(layout: Path) -> dict[str, int]:
    lines = (layout / "docx.yaml").read_text(encoding="utf-8").splitlines()
    return {
        line.split(":")[0].strip(): number
        for number, line in enumerate(lines, 1)
        if line.startswith("  ") and ":" in line
    }


# -- the tests ----------------------------------------------------------------------------


def test_python_docx_template_supplies_councilkit_s_custom_styles(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = example_with_layout(tmp_path, python_docx_template())
    lines = build(root, tmp_path / "out", capsys)
    layout = root / "layouts/department"
    expected_roles = {
        "organization", "title_details", "title_note", "marking", "draft", "toc_1", "toc_2",
        "table", "table_text", "hyperlink",
    }  # fmt: skip
    warnings = supplied_warnings(lines)
    assert set(warnings.values()) == expected_roles
    mapping = (layout / "docx.yaml").as_posix()
    lines_of = role_lines(layout)
    assert set(warnings) == {f"{mapping}:{lines_of[role]}:3" for role in expected_roles}
    outputs = sorted((tmp_path / "out").glob("*.docx"))
    assert outputs
    for path in outputs:
        check_package(path)
    word = docx.Document(str(tmp_path / "out/open-data-standards-terms-of-reference-eng.docx"))
    names = {style.name for style in word.styles}
    assert {"Title Organization", "Security Marking", "GC Table", "Hyperlink"} <= names


def test_a_word_template_keeps_its_logo_and_its_numbering_order(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = content(tmp_path / "content", groups__g__mandate=MANDATE + FIGURE)
    (root / "groups/g/images").mkdir()
    (root / "groups/g/images/chart.png").write_bytes(PNG)
    with_layout(root, word_like_template())
    build(root, tmp_path / "out", capsys)
    for suffix in ("eng", "fra"):
        path = tmp_path / f"out/g-mandate-{suffix}.docx"
        check_package(path)
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
            header = archive.read("word/header1.xml").decode()
            header_rels = archive.read("word/_rels/header1.xml.rels").decode()
            media = {name: archive.read(name) for name in names if "/media/" in name}
            document_rels = archive.read("word/_rels/document.xml.rels").decode()
        assert media == {"word/media/image1.png": LOGO, "word/media/image2.png": PNG}
        assert 'Target="media/image1.png"' in header_rels
        assert 'Target="media/image2.png"' in document_rels
        assert "<w:drawing>" in header and "Template header text" not in header
        assert "UNCLASSIFIED" in header or "NON CLASSIFIÉ" in header
        assert 'mc:Ignorable="w14 wp14"' in header and "ns0:" not in header
        ids = drawing_ids(path)
        assert len(ids) == 2 and len(set(ids)) == 2
        assert numbering_order(path) == ["abstractNum", "num", "numIdMacAtCleanup"]
        word = docx.Document(str(path))
        assert word.sections[0].header.part.package is not None
        footer = word.sections[0].footer
        assert "Template footer" not in [p.text for p in footer.paragraphs]
        assert len(word.inline_shapes) == 1


def test_a_template_converted_by_libreoffice_builds_with_supplied_styles(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = example_with_layout(tmp_path, libreoffice_template())
    lines = build(root, tmp_path / "out", capsys)
    warnings = supplied_warnings(lines)
    assert {"table", "columns", "hyperlink", "list_number"} <= set(warnings.values())
    outputs = sorted((tmp_path / "out").glob("*.docx"))
    assert outputs
    for path in outputs:
        check_package(path)
        assert numbering_order(path) == ["abstractNum", "num"]
    listed = [
        paragraph
        for path in outputs
        for paragraph in docx.Document(str(path)).paragraphs
        if paragraph.style.name in ("List Number", "List Bullet")
    ]
    assert listed and all(p.style.element.pPr.numPr is not None for p in listed)
