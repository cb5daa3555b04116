"""A department's layout: a missing or mistyped style, or a file that is not a Word
document, is a diagnostic naming the style and the file, never a traceback."""

from __future__ import annotations

import io
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
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


def line_of(mapping: Path, text: str) -> int:
    """The line of ``mapping`` that starts (after its indent) with ``text``."""
    lines = mapping.read_text(encoding="utf-8").splitlines()
    return next(n for n, line in enumerate(lines, 1) if line.strip().startswith(text))


def remap(layout: Path, old: str, new: str) -> Path:
    mapping = layout / "docx.yaml"
    text = mapping.read_text(encoding="utf-8")
    assert old in text
    mapping.write_text(text.replace(old, new), encoding="utf-8")
    return mapping


def test_a_style_missing_under_its_default_name_is_supplied_with_a_warning(
    tmp_path: Path, small: Small, render_docx: Callable[..., Rendered]
) -> None:
    layout = copy_layout(tmp_path)
    without_style(layout / "reference.docx", "SecurityMarking")
    project, group, document = small()
    rendered = render_docx(project, group, document, Language.EN, layout_dir=layout)
    assert not has_errors(rendered.diagnostics) and rendered.packaged
    [supplied] = rendered.diagnostics
    assert supplied.code == "layout-style-supplied" and not supplied.is_error
    assert supplied.location.path == (layout / "docx.yaml").as_posix()
    assert supplied.location.line == line_of(layout / "docx.yaml", "marking:")
    assert "the paragraph style 'Security Marking' (role 'marking') is not in" in supplied.message
    assert "councilkit's own 'Security Marking' is used" in supplied.message
    word = docx.Document(io.BytesIO(rendered.data))
    marked = [p for p in word.paragraphs if p.style.name == "Security Marking"]
    assert marked and marked[0].text == "UNCLASSIFIED"


def test_a_style_councilkit_has_is_supplied_for_every_role_mapped_to_it(
    tmp_path: Path, small: Small, render_docx: Callable[..., Rendered]
) -> None:
    layout = copy_layout(tmp_path)
    without_style(layout / "reference.docx", "TitleNote")
    mapping = remap(layout, "title_details: Title Details", "title_details: title note")
    project, group, document = small()
    rendered = render_docx(project, group, document, Language.EN, layout_dir=layout)
    assert rendered.packaged and not has_errors(rendered.diagnostics)
    assert [(d.code, d.location.line) for d in rendered.diagnostics] == [
        ("layout-style-supplied", line_of(mapping, "title_details:")),
        ("layout-style-supplied", line_of(mapping, "title_note:")),
    ]
    assert "the paragraph style 'title note' (role 'title_details')" in (
        rendered.diagnostics[0].message
    )
    word = docx.Document(io.BytesIO(rendered.data))
    assert [s.name for s in word.styles if s.name.lower() == "title note"] == ["Title Note"]


def test_a_role_mapped_to_an_unknown_style_is_an_error_at_its_line(
    tmp_path: Path, small: Small, render_docx: Callable[..., Rendered]
) -> None:
    layout = copy_layout(tmp_path)
    mapping = remap(layout, "heading_1: Heading 1", "heading_1: Titre 1")
    project, group, document = small()
    rendered = render_docx(project, group, document, Language.FR, layout_dir=layout)
    assert rendered.data == b""
    [problem] = rendered.diagnostics
    assert problem.code == "layout-missing-style"
    assert problem.location.line == line_of(mapping, "heading_1:")
    assert "the paragraph style 'Titre 1' (role 'heading_1') is not in" in problem.message
    paragraph_styles = 20  # in the default reference
    assert problem.message.endswith(
        f"caption, Draft Banner, footer, header, heading 1, heading 2, heading 3, "
        f"List Bullet, List Number, Normal, Security Marking, Subtitle "
        f"and {paragraph_styles - 12} more"
    )


@pytest.mark.parametrize(
    ("line", "role"),
    [("body: null", "body"), ("body: ~", "body"), ("body:", "body"), ('caption: ""', "caption")],
)
def test_a_role_with_no_style_name_is_an_error_not_a_style_named_null(
    tmp_path: Path, small: Small, render_docx: Callable[..., Rendered], line: str, role: str
) -> None:
    layout = copy_layout(tmp_path)
    mapping = remap(layout, f"{role}: {'Normal' if role == 'body' else 'Caption'}", line)
    project, group, document = small()
    rendered = render_docx(project, group, document, Language.EN, layout_dir=layout)
    assert rendered.data == b""
    [problem] = rendered.diagnostics
    assert problem.code == "layout-no-style-name"
    assert problem.location.line == line_of(mapping, f"{role}:")
    default = "Normal" if role == "body" else "Caption"
    assert problem.message == (
        f"role '{role}' needs a style name; write one or remove the line to use the "
        f"default ('{default}')"
    )


def test_a_style_named_null_in_quotes_is_looked_for(
    tmp_path: Path, small: Small, render_docx: Callable[..., Rendered]
) -> None:
    layout = copy_layout(tmp_path)
    remap(layout, "body: Normal", 'body: "null"')
    project, group, document = small()
    rendered = render_docx(project, group, document, Language.EN, layout_dir=layout)
    assert [d.code for d in rendered.diagnostics] == ["layout-missing-style"]
    assert "'null' (role 'body')" in rendered.diagnostics[0].message


@pytest.mark.parametrize(
    ("line", "message"),
    [
        (
            "body: GC Table",
            "the style 'GC Table' (role 'body') in '{ref}' is a table style; role 'body' "
            "needs a paragraph style",
        ),
        (
            "hyperlink: Normal",
            "the style 'Normal' (role 'hyperlink') in '{ref}' is a paragraph style; role "
            "'hyperlink' needs a character style",
        ),
    ],
)
def test_a_style_of_the_wrong_type_is_an_error_naming_both(
    tmp_path: Path,
    small: Small,
    render_docx: Callable[..., Rendered],
    line: str,
    message: str,
) -> None:
    layout = copy_layout(tmp_path)
    role = line.split(":")[0]
    old = {"body": "body: Normal", "hyperlink": "hyperlink: Hyperlink"}[role]
    mapping = remap(layout, old, line)
    project, group, document = small()
    rendered = render_docx(project, group, document, Language.EN, layout_dir=layout)
    [problem] = rendered.diagnostics
    assert problem.code == "layout-wrong-style-type"
    assert problem.location.line == line_of(mapping, f"{role}:")
    assert problem.message == message.format(ref=layout / "reference.docx")


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
