"""A department's templates imported with ``layout import``: the example content then
builds on the new layout with no other change than ``layout: NAME`` (the files written are
checked against the OOXML schemas after each test, by tests/conftest.py)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from councilkit.cli import main


def use_layout(content: Path, name: str) -> None:
    project = content / "project.yaml"
    text = project.read_text(encoding="utf-8")
    assert "layout: default\n" in text
    project.write_text(text.replace("layout: default\n", f"layout: {name}\n"), encoding="utf-8")


@pytest.mark.parametrize(
    ("deck", "word"),
    [("pptx", "docx"), ("potx", "dotx")],
    ids=["python-docx-and-pptx-defaults", "the-same-as-templates"],
)
def test_default_templates_of_python_docx_and_pptx_build(
    content: Path, templates: dict[str, Path], tmp_path: Path, deck: str, word: str
) -> None:
    status = main(
        [
            "layout",
            "import",
            "dept",
            str(templates[deck]),
            str(templates[word]),
            "--content",
            str(content),
        ]
    )
    assert status == 0
    folder = content / "layouts" / "dept"
    assert sorted(p.name for p in folder.iterdir()) == [
        "docx.yaml",
        "pptx.yaml",
        "reference.docx",
        "reference.pptx",
    ]
    use_layout(content, "dept")
    out = tmp_path / "out"
    assert main(["build", str(content), "-o", str(out), "-q"]) == 0
    assert len(list(out.rglob("*.docx"))) > 0
    assert len(list(out.rglob("*.pptx"))) > 0


def test_templates_become_documents(content: Path, templates: dict[str, Path]) -> None:
    assert (
        main(
            [
                "layout",
                "import",
                "dept",
                str(templates["potx"]),
                str(templates["dotx"]),
                "--content",
                str(content),
            ]
        )
        == 0
    )
    for name, main_type in [
        ("reference.docx", b"wordprocessingml.document.main+xml"),
        ("reference.pptx", b"presentationml.presentation.main+xml"),
    ]:
        with zipfile.ZipFile(content / "layouts" / "dept" / name) as package:
            types = package.read("[Content_Types].xml")
        assert main_type in types
        assert b"template.main+xml" not in types


def test_libreoffice_templates_build(content: Path, tmp_path: Path, libreoffice: Path) -> None:
    status = main(
        [
            "layout",
            "import",
            "lo",
            str(libreoffice / "reference.pptx"),
            str(libreoffice / "reference.docx"),
            "--content",
            str(content),
        ]
    )
    assert status == 0
    use_layout(content, "lo")
    out = tmp_path / "out"
    assert main(["build", str(content), "-o", str(out), "-q"]) == 0
    assert len(list(out.rglob("*.pptx"))) > 0


@pytest.mark.parametrize("kind", ["pptx", "docx"])
def test_either_file_alone_gets_councilkits_other_half(
    content: Path, templates: dict[str, Path], tmp_path: Path, kind: str
) -> None:
    assert main(["layout", "import", "dept", str(templates[kind]), "--content", str(content)]) == 0
    folder = content / "layouts" / "dept"
    other = "docx" if kind == "pptx" else "pptx"
    default = Path(__file__).resolve().parents[2] / "layouts" / "default"
    assert (folder / f"reference.{kind}").read_bytes() == templates[kind].read_bytes()
    assert (folder / f"reference.{other}").read_bytes() == (
        default / f"reference.{other}"
    ).read_bytes()
    assert "No Word file" in (folder / "docx.yaml").read_text() or kind == "docx"
    assert "No PowerPoint file" in (folder / "pptx.yaml").read_text() or kind == "pptx"
    use_layout(content, "dept")
    out = tmp_path / "out"
    assert main(["build", str(content), "-o", str(out), "-q"]) == 0
    assert list(out.rglob("*.docx"))
    assert list(out.rglob("*.pptx"))
