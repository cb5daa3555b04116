"""A reference .docx that cannot be used is one ``layout-bad-reference`` error naming the
file and the reason, never a traceback or a broken document: a file saved with a password,
not a zip, no document part, macros, Strict Open XML, a document type declaration (an XML
bomb) in any part, a part too large, two parts of one name, XML that is not well formed.
A template (.dotx) is used as a document."""

from __future__ import annotations

import io
import shutil
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
import pytest

from councilkit.cli import main
from councilkit.model import Document, Language, Project, WorkingGroup
from councilkit.render import Rendered
from councilkit.render.docx import reference_package

REPO = Path(__file__).resolve().parents[3]
DEFAULT = REPO / "layouts" / "default"
Small = Callable[..., tuple[Project, WorkingGroup, Document]]
Parts = dict[str, bytes]
WORD_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml."
BOMB = (
    b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
    b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
    b"<lolz>&lol2;</lolz>"
)


def parts_of(data: bytes) -> Parts:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def zipped(parts: Parts | list[tuple[str, bytes]]) -> bytes:
    out = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns of a duplicate name
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, data in parts.items() if isinstance(parts, dict) else parts:
                archive.writestr(name, data)
    return out.getvalue()


def changed(change: Callable[[Parts], None]) -> bytes:
    parts = parts_of((DEFAULT / "reference.docx").read_bytes())
    change(parts)
    return zipped(parts)


def replace_in(name: str, old: str, new: str) -> Callable[[Parts], None]:
    def change(parts: Parts) -> None:
        text = parts[name].decode()
        assert old in text
        parts[name] = text.replace(old, new).encode()

    return change


def duplicated_styles() -> bytes:
    parts = parts_of((DEFAULT / "reference.docx").read_bytes())
    return zipped([*parts.items(), ("word/styles.xml", parts["word/styles.xml"])])


UNUSABLE = {
    "password": (
        reference_package.OLE_MAGIC + bytes(512),
        "is protected by a password or is an old Word 97-2003 (.doc) file; remove the "
        "password (File > Info > Protect Document)",
    ),
    "not-a-zip": (b"not a zip", "is not a Word document (.docx): File is not a zip file"),
    "no-document": (
        changed(lambda parts: parts.pop("word/document.xml")),
        "has no main document part (word/document.xml)",
    ),
    "macros": (
        changed(replace_in("[Content_Types].xml", WORD_CT + "document.main+xml",
                           "application/vnd.ms-word.document.macroEnabled.main+xml")),
        "holds macros (it is a .docm or .dotm file)",
    ),
    "strict": (
        changed(replace_in("_rels/.rels",
                           "http://schemas.openxmlformats.org/officeDocument/2006/",
                           "http://purl.oclc.org/ooxml/officeDocument/")),
        "is saved as 'Strict Open XML Document', which councilkit does not read; open it in "
        "Word and save it again as 'Word Document (.docx)'",
    ),
    "bomb-in-styles": (
        changed(lambda parts: parts.update({"word/styles.xml": BOMB})),
        "declares a document type in 'word/styles.xml'",
    ),
    "bomb-in-a-part-kept-as-is": (
        changed(lambda parts: parts.update({"customXml/item1.xml": BOMB})),
        "declares a document type in 'customXml/item1.xml'",
    ),
    "two-parts-of-one-name": (duplicated_styles(), "has two parts named 'word/styles.xml'"),
    "broken-xml": (
        changed(lambda parts: parts.update({"word/settings.xml": b"<w:settings"})),
        "holds XML that cannot be read in 'word/settings.xml'",
    ),
}  # fmt: skip


def department(tmp_path: Path, reference: bytes) -> Path:
    layout = tmp_path / "layouts" / "department"
    shutil.copytree(DEFAULT, layout, ignore=shutil.ignore_patterns("*.py", "*pptx*"))
    (layout / "reference.docx").write_bytes(reference)
    return layout


@pytest.mark.invalid_ooxml  # the broken reference.docx is the point
@pytest.mark.parametrize("case", sorted(UNUSABLE))
def test_an_unusable_reference_is_one_error_naming_the_file_and_the_reason(
    tmp_path: Path, small: Small, render_docx: Callable[..., Rendered], case: str
) -> None:
    reference, reason = UNUSABLE[case]
    layout = department(tmp_path, reference)
    project, group, document = small()
    rendered = render_docx(project, group, document, Language.EN, layout_dir=layout)
    assert rendered.data == b""
    [problem] = rendered.diagnostics
    assert problem.code == "layout-bad-reference" and problem.is_error
    assert problem.location.path == (layout / "reference.docx").as_posix()
    assert problem.message.startswith(f"'{layout / 'reference.docx'}' ")
    assert reason in problem.message


@pytest.mark.invalid_ooxml
def test_a_part_too_large_is_refused_before_it_is_read(
    tmp_path: Path,
    small: Small,
    render_docx: Callable[..., Rendered],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(reference_package, "MAX_PART_BYTES", 4 * 1024 * 1024)
    layout = department(
        tmp_path, changed(lambda parts: parts.update({"word/media/big.bin": bytes(5 << 20)}))
    )
    project, group, document = small()
    rendered = render_docx(project, group, document, Language.EN, layout_dir=layout)
    [problem] = rendered.diagnostics
    assert problem.code == "layout-bad-reference"
    assert "has a part 'word/media/big.bin' of 5 MB once unpacked (the most councilkit " in (
        problem.message
    )


def test_a_template_dotx_is_used_as_a_document(
    tmp_path: Path, small: Small, render_docx: Callable[..., Rendered]
) -> None:
    reference = changed(
        replace_in(
            "[Content_Types].xml", WORD_CT + "document.main+xml", WORD_CT + "template.main+xml"
        )
    )
    layout = department(tmp_path, reference)
    project, group, document = small()
    rendered = render_docx(project, group, document, Language.EN, layout_dir=layout)
    assert rendered.diagnostics == ()
    types = parts_of(rendered.data)["[Content_Types].xml"].decode()
    assert WORD_CT + "document.main+xml" in types and "template.main" not in types
    assert docx.Document(io.BytesIO(rendered.data)).paragraphs


@pytest.mark.invalid_ooxml
def test_the_build_stops_on_an_unusable_reference_and_writes_no_word_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    content = tmp_path / "content"
    shutil.copytree(REPO / "content", content)
    layout = content / "layouts" / "default"
    shutil.copytree(DEFAULT, layout, ignore=shutil.ignore_patterns("*.py"))
    (layout / "reference.docx").write_bytes(UNUSABLE["password"][0])
    before = {p: p.read_bytes() for p in content.rglob("*") if p.is_file()}
    out = tmp_path / "out"
    assert main(["build", str(content), "-o", str(out)]) == 1
    captured = capsys.readouterr()
    err = captured.out + captured.err  # problems on stdout, the verdict on stderr
    assert f"{layout / 'reference.docx'}:1:1: error: '{layout / 'reference.docx'}' is " in err
    assert "remove the password" in err and "[layout-bad-reference]" in err
    assert "Traceback" not in err
    assert {p: p.read_bytes() for p in content.rglob("*") if p.is_file()} == before
    assert list(out.glob("*.docx")) == []  # the decks do not use reference.docx
