"""A department's layout: a missing or mistyped style, or a file that is not a Word
document, is a diagnostic naming the style and the file, never a traceback."""

from __future__ import annotations

import io
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from councilkit.diagnostics import has_errors
from councilkit.model import Document, Language, Project, WorkingGroup
from councilkit.render import Rendered

REPO = Path(__file__).resolve().parents[3]
DEFAULT = REPO / "layouts" / "default"
Small = Callable[..., tuple[Project, WorkingGroup, Document]]


def copy_layout(tmp_path: Path) -> Path:
    target = tmp_path / "layouts" / "department"
    shutil.copytree(DEFAULT, target, ignore=shutil.ignore_patterns("*.py", "*pptx*"))
    return target


def without_style(reference: Path, style_id: str) -> None:
    """Rewrites ``reference`` with the style ``style_id`` removed from styles.xml."""
    source = zipfile.ZipFile(io.BytesIO(reference.read_bytes()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for name in source.namelist():
            data = source.read(name)
            if name == "word/styles.xml":
                text = data.decode()
                start = text.index(f'w:styleId="{style_id}"')
                begin = text.rindex("<w:style ", 0, start)
                end = text.index("</w:style>", start) + len("</w:style>")
                data = (text[:begin] + text[end:]).encode()
            target.writestr(name, data)
    reference.write_bytes(out.getvalue())


def test_a_style_missing_from_the_reference_is_an_error_naming_it(
    tmp_path: Path, small: Small, render_docx: Callable[..., Rendered]
) -> None:
    layout = copy_layout(tmp_path)
    without_style(layout / "reference.docx", "SecurityMarking")
    project, group, document = small()
    rendered = render_docx(project, group, document, Language.EN, layout_dir=layout)
    assert has_errors(rendered.diagnostics) and rendered.data == b""
    message = rendered.diagnostics[0].format()
    assert "'Security Marking'" in message and "reference.docx" in message
    assert "role 'marking'" in message and "docx.yaml" in message


def test_a_role_mapped_to_an_unknown_style_is_an_error(
    tmp_path: Path, small: Small, render_docx: Callable[..., Rendered]
) -> None:
    layout = copy_layout(tmp_path)
    mapping = layout / "docx.yaml"
    mapping.write_text(mapping.read_text().replace("heading_1: Heading 1", "heading_1: Titre 1"))
    project, group, document = small()
    rendered = render_docx(project, group, document, Language.FR, layout_dir=layout)
    assert [d.code for d in rendered.diagnostics] == ["layout-missing-style"]
    assert "'Titre 1'" in rendered.diagnostics[0].message
    assert rendered.diagnostics[0].location.path.endswith("docx.yaml")


def test_a_table_style_for_a_paragraph_role_is_an_error(
    tmp_path: Path, small: Small, render_docx: Callable[..., Rendered]
) -> None:
    layout = copy_layout(tmp_path)
    mapping = layout / "docx.yaml"
    mapping.write_text(mapping.read_text().replace("body: Normal", "body: GC Table"))
    project, group, document = small()
    rendered = render_docx(project, group, document, Language.EN, layout_dir=layout)
    assert [d.code for d in rendered.diagnostics] == ["layout-wrong-style-type"]


@pytest.mark.invalid_ooxml  # the broken reference.docx is the point
def test_a_reference_that_is_not_a_word_file_is_an_error(
    tmp_path: Path, small: Small, render_docx: Callable[..., Rendered]
) -> None:
    layout = copy_layout(tmp_path)
    (layout / "reference.docx").write_text("not a zip")
    project, group, document = small()
    rendered = render_docx(project, group, document, Language.EN, layout_dir=layout)
    assert [d.code for d in rendered.diagnostics] == ["layout-bad-reference"]


def test_an_unknown_mapping_key_is_reported_with_its_position(
    tmp_path: Path, small: Small, render_docx: Callable[..., Rendered]
) -> None:
    layout = copy_layout(tmp_path)
    (layout / "docx.yaml").write_text("styles:\n  titel: Title\n")
    project, group, document = small()
    rendered = render_docx(project, group, document, Language.EN, layout_dir=layout)
    assert has_errors(rendered.diagnostics)
    assert rendered.diagnostics[0].location.line == 2


def test_the_default_reference_is_what_its_script_makes(tmp_path: Path) -> None:
    import runpy

    script = runpy.run_path(str(DEFAULT / "make_reference_docx.py"))
    script["TARGET"] = tmp_path / "reference.docx"
    made = io.BytesIO()
    with zipfile.ZipFile(made, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, make in script["PARTS"].items():
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o100644 << 16
            archive.writestr(info, make().encode("utf-8"))
    assert made.getvalue() == (DEFAULT / "reference.docx").read_bytes()
