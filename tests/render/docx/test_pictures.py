"""A picture block in a document: embedded, no wider than the text, with alt text in the
document's language and its caption; a missing picture is a diagnostic, not a traceback."""

from __future__ import annotations

import base64
from pathlib import Path

import docx
from contentkit import MANDATE, content, lines

from councilkit.build import build

PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAAEElEQVR4nGP4z8DAwMDwHwAF/gL+YR3TnwAAAABJRU5ErkJggg=="
)
FIGURE = """\
  - image: images/chart.png
    alt:
      en: Bar chart of members by jurisdiction
      fr: Diagramme à barres des membres par administration
    caption: {en: "Figure 1: Members", fr: "Figure 1 : Membres"}
"""
WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"


def test_picture_with_alt_text_and_caption_in_each_language(tmp_path: Path) -> None:
    root = content(tmp_path / "content", groups__g__mandate=MANDATE + FIGURE)
    (root / "groups/g/images").mkdir()
    (root / "groups/g/images/chart.png").write_bytes(PNG)
    build(root, tmp_path / "out", source_date_epoch=0)
    for suffix, alt, caption in (
        ("eng", "Bar chart of members by jurisdiction", "Figure 1: Members"),
        ("fra", "Diagramme à barres des membres par administration", "Figure 1\u00a0: Membres"),
    ):
        document = docx.Document(str(tmp_path / f"out/g-mandate-{suffix}.docx"))
        (shape,) = document.inline_shapes
        assert shape._inline.find(f"{WP}docPr").get("descr") == alt
        assert shape.width <= document.sections[0].page_width
        image_parts = [p for p in document.part.package.parts if p.partname.endswith(".png")]
        assert [p.blob for p in image_parts] == [PNG]
        captions = [p.text for p in document.paragraphs if p.style.name == "Caption"]
        assert caption in captions


def test_a_missing_picture_is_a_diagnostic(tmp_path: Path) -> None:
    root = content(tmp_path / "content", groups__g__mandate=MANDATE + FIGURE)
    assert lines(root) == [
        "groups/g/mandate.yaml:9:12: error: 'images/chart.png' does not exist (looked for "
        "groups/g/images/chart.png in the content folder); check the name and its capitals "
        "[missing-file]"
    ]
