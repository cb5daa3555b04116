"""A department's reference .docx is taken apart once and filled for each document: its
sample text never reaches a document, its own header is reused, a reference without list
numbering still gives documents that open, and a file without a document part is a
diagnostic."""

from __future__ import annotations

import io
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
import pytest

from councilkit.model import Document, Language, Paragraph, Project, WorkingGroup, bilingual
from councilkit.render import Rendered

REPO = Path(__file__).resolve().parents[3]
DEFAULT = REPO / "layouts" / "default"
Small = Callable[..., tuple[Project, WorkingGroup, Document]]
Render = Callable[..., Rendered]


def layout_with(tmp_path: Path, change: Callable[[docx.document.Document], None]) -> Path:
    """A copy of the default layout whose reference went through ``change``."""
    target = tmp_path / "layouts" / "department"
    shutil.copytree(DEFAULT, target, ignore=shutil.ignore_patterns("*.py", "*pptx*"))
    reference = docx.Document(str(target / "reference.docx"))
    change(reference)
    reference.save(str(target / "reference.docx"))
    return target


def rewrite_parts(reference: Path, change: Callable[[dict[str, bytes]], None]) -> None:
    with zipfile.ZipFile(reference) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    change(parts)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for name, data in parts.items():
            target.writestr(name, data)
    reference.write_bytes(out.getvalue())


def opened(rendered: Rendered) -> docx.document.Document:
    assert not rendered.diagnostics, [d.format() for d in rendered.diagnostics]
    assert rendered.packaged
    return docx.Document(io.BytesIO(rendered.data))


def test_sample_text_of_the_reference_never_reaches_a_document(
    tmp_path: Path, small: Small, render_docx: Render
) -> None:
    def add_samples(reference: docx.document.Document) -> None:
        reference.add_paragraph("Sample text of the template")
        reference.add_table(rows=1, cols=1).cell(0, 0).text = "Sample table"
        header = reference.sections[0].header
        header.is_linked_to_previous = False
        header.paragraphs[0].text = "Template header"

    layout = layout_with(tmp_path, add_samples)
    project, group, document = small()
    word = opened(render_docx(project, group, document, Language.EN, layout_dir=layout))
    texts = [p.text for p in word.paragraphs]
    assert "Sample text of the template" not in texts
    assert all("Sample table" not in c.text for t in word.tables for c in t._cells)
    assert texts[0] == "Joint Councils"  # the title page comes first
    header = word.sections[0].header
    assert not header.is_linked_to_previous
    assert [p.text for p in header.paragraphs][:1] == ["UNCLASSIFIED"]
    assert "Template header" not in [p.text for p in header.paragraphs]
    headers = [p for p in word.part.package.parts if "header" in str(p.partname)]
    assert len(headers) == 1  # the reference's own header part, filled in


def test_a_reference_without_list_numbering_gives_documents_that_open(
    tmp_path: Path, small: Small, render_docx: Render
) -> None:
    layout = layout_with(tmp_path, lambda reference: None)

    def drop_numbering(parts: dict[str, bytes]) -> None:
        del parts["word/numbering.xml"]
        rels = parts["word/_rels/document.xml.rels"].decode()
        start = rels.rindex("<Relationship", 0, rels.index("numbering"))
        end = rels.index("/>", start) + 2
        parts["word/_rels/document.xml.rels"] = (rels[:start] + rels[end:]).encode()

    rewrite_parts(layout / "reference.docx", drop_numbering)
    project, group, document = small()
    word = opened(render_docx(project, group, document, Language.FR, layout_dir=layout))
    assert "Un" in [p.text for p in word.paragraphs]
    assert not any(p._p.pPr is not None and p._p.pPr.numPr is not None for p in word.paragraphs)


@pytest.mark.invalid_ooxml  # the broken reference.docx is the point
def test_a_zip_without_a_document_part_is_a_diagnostic(
    tmp_path: Path, small: Small, render_docx: Render
) -> None:
    layout = layout_with(tmp_path, lambda reference: None)
    rewrite_parts(layout / "reference.docx", lambda parts: parts.pop("word/document.xml"))
    project, group, document = small()
    rendered = render_docx(project, group, document, Language.EN, layout_dir=layout)
    assert rendered.data == b""
    assert [d.code for d in rendered.diagnostics] == ["layout-bad-reference"]
    assert "main document" in rendered.diagnostics[0].message


def test_text_xml_cannot_store_is_left_out_not_written_broken(
    small: Small, render_docx: Render
) -> None:
    from dataclasses import replace

    project, group, document = small()
    odd = Paragraph(text=bilingual("Bell\x07 & <tag> \ufffe end", "Cloche\x07 & <balise>"))
    document = replace(document, purpose=(odd,))
    group = replace(group, documents=(document,))
    project = replace(project, groups=(group,))
    word = opened(render_docx(project, group, document, Language.EN))
    assert "Bell & <tag>  end" in [p.text for p in word.paragraphs]
