"""Golden tests of the Word emitter: small values of the document model, and the exact
markup each gives (as pandoc's OOXML tests do, part by part)."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest

from councilkit.document.model import (
    Cell,
    Columns,
    Field,
    Heading,
    ListBlock,
    ListEntry,
    Paragraph,
    Picture,
    Row,
    Tab,
    Table,
    TableOfContents,
    TocEntry,
)
from councilkit.localize import Run
from councilkit.model import Language
from councilkit.render.docx._wml import Out
from councilkit.render.docx.canvas import Canvas
from councilkit.render.docx.emit import Emitter, Room
from councilkit.render.docx.layout import load_layout

LAYOUT = Path(__file__).resolve().parents[3] / "layouts" / "default"
EN, FR = Language.EN, Language.FR


@pytest.fixture
def canvas(tmp_path: Path) -> Canvas:
    layout, problems = load_layout(LAYOUT)
    assert layout is not None and layout.styles is not None, problems
    return Canvas(layout.reference, layout.styles, "en-CA", content_root=tmp_path)


def emit(canvas: Canvas, *blocks: object, width: int = 9000) -> str:
    out: Out = []
    Emitter(canvas).blocks(out, blocks, Room(width))  # type: ignore[arg-type]
    return "".join(out)


def test_paragraph_with_bold_a_link_and_a_french_run(canvas: Canvas) -> None:
    paragraph = Paragraph(
        "body",
        (
            Run("See ", language=EN),
            Run("the page", href="https://example.gc.ca/a?b=1&c=2", language=EN),
            Run(" now", bold=True, href="https://example.gc.ca/a?b=1&c=2", language=EN),
            Run(" « ici »", language=FR),
        ),
    )
    rid = f"rId{canvas.reference.next_rid}"
    assert emit(canvas, paragraph) == (
        '<w:p><w:pPr><w:pStyle w:val="Normal"/></w:pPr>'
        '<w:r><w:t xml:space="preserve">See </w:t></w:r>'
        f'<w:hyperlink r:id="{rid}" w:history="1">'
        '<w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t>the page</w:t></w:r>'
        '<w:r><w:rPr><w:rStyle w:val="Hyperlink"/><w:b/><w:bCs/></w:rPr>'
        '<w:t xml:space="preserve"> now</w:t></w:r></w:hyperlink>'
        '<w:r><w:rPr><w:lang w:val="fr-CA"/></w:rPr>'
        '<w:t xml:space="preserve"> « ici »</w:t></w:r></w:p>'
    )
    [link] = canvas.relationships
    assert (link.rid, link.target, link.external) == (rid, "https://example.gc.ca/a?b=1&c=2", True)


def test_heading_is_bookmarked_once_per_anchor(canvas: Canvas) -> None:
    heading = Heading(1, (Run("1. ", language=EN), Run("Purpose", language=EN)), 4, page_break=True)
    first = canvas.reference.seeds.max_bookmark_id + 1
    assert emit(canvas, heading) == (
        '<w:p><w:pPr><w:pStyle w:val="Heading1"/><w:pageBreakBefore/></w:pPr>'
        f'<w:bookmarkStart w:id="{first}" w:name="_Toc{first:08d}"/>'
        '<w:r><w:t xml:space="preserve">1. </w:t></w:r><w:r><w:t>Purpose</w:t></w:r>'
        f'<w:bookmarkEnd w:id="{first}"/></w:p>'
    )
    assert canvas.ids.bookmark(0, 4) == first
    assert canvas.ids.bookmark(1, 4) == first + 1  # another half of the file


def test_table_with_a_header_row(canvas: Canvas) -> None:
    def cell(text: str) -> Cell:
        return Cell((Paragraph("table_text", (Run(text),)),))

    table = Table(
        (Row((cell("Version"), cell("Date")), header=True), Row((cell("1.0"), Cell(())))),
        (1, 3),
        caption=(Run("History"),),
        title="History",
    )
    assert emit(canvas, table, width=4000) == (
        '<w:p><w:pPr><w:pStyle w:val="Caption"/></w:pPr><w:r><w:t>History</w:t></w:r></w:p>'
        '<w:tbl><w:tblPr><w:tblStyle w:val="GCTable"/><w:tblW w:w="4000" w:type="dxa"/>'
        '<w:tblLayout w:type="fixed"/><w:tblLook w:val="0420" w:firstRow="1" w:lastRow="0" '
        'w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>'
        '<w:tblCaption w:val="History"/></w:tblPr>'
        '<w:tblGrid><w:gridCol w:w="1000"/><w:gridCol w:w="3000"/></w:tblGrid>'
        "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"
        '<w:tc><w:tcPr><w:tcW w:w="1000" w:type="dxa"/></w:tcPr>'
        '<w:p><w:pPr><w:pStyle w:val="TableText"/></w:pPr>'
        "<w:r><w:t>Version</w:t></w:r></w:p></w:tc>"
        '<w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr>'
        '<w:p><w:pPr><w:pStyle w:val="TableText"/></w:pPr><w:r><w:t>Date</w:t></w:r></w:p></w:tc>'
        "</w:tr><w:tr><w:trPr><w:cantSplit/></w:trPr>"
        '<w:tc><w:tcPr><w:tcW w:w="1000" w:type="dxa"/></w:tcPr>'
        '<w:p><w:pPr><w:pStyle w:val="TableText"/></w:pPr><w:r><w:t>1.0</w:t></w:r></w:p></w:tc>'
        '<w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr>'
        '<w:p><w:pPr><w:pStyle w:val="TableText"/></w:pPr></w:p></w:tc>'
        "</w:tr></w:tbl>"
    )


def test_numbered_list_restarts_and_nests(canvas: Canvas) -> None:
    block = ListBlock((ListEntry((Run("One"),)), ListEntry((Run("One a"),), 1)), numbered=True)
    num = canvas.reference.next_num_id
    assert emit(canvas, block) == (
        f'<w:p><w:pPr><w:pStyle w:val="ListNumber"/><w:numPr><w:ilvl w:val="0"/>'
        f'<w:numId w:val="{num}"/></w:numPr></w:pPr><w:r><w:t>One</w:t></w:r></w:p>'
        f'<w:p><w:pPr><w:pStyle w:val="ListNumber"/><w:numPr><w:ilvl w:val="1"/>'
        f'<w:numId w:val="{num}"/></w:numPr></w:pPr><w:r><w:t>One a</w:t></w:r></w:p>'
    )
    [instance] = canvas.nums
    assert instance.startswith(f'<w:num w:numId="{num}">')
    assert '<w:startOverride w:val="1"/>' in instance


def test_bulleted_list_top_level_takes_the_style_numbering(canvas: Canvas) -> None:
    block = ListBlock((ListEntry((Run("A"),)), ListEntry((Run("B"),), 1)))
    style_num = canvas.list_style_num("ListBullet")
    assert emit(canvas, block) == (
        '<w:p><w:pPr><w:pStyle w:val="ListBullet"/></w:pPr><w:r><w:t>A</w:t></w:r></w:p>'
        f'<w:p><w:pPr><w:pStyle w:val="ListBullet"/><w:numPr><w:ilvl w:val="1"/>'
        f'<w:numId w:val="{style_num}"/></w:numPr></w:pPr><w:r><w:t>B</w:t></w:r></w:p>'
    )
    assert canvas.nums == []


def png(width: int, height: int) -> bytes:
    """A one-colour PNG of ``width`` × ``height`` pixels at 96 dpi."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = b"".join(b"\x00" + b"\x00\x00\x00" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    dpi = struct.pack(">IIB", 3780, 3780, 1)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"pHYs", dpi)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def test_picture_with_alt_text_and_caption(canvas: Canvas, tmp_path: Path) -> None:
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "chart.png").write_bytes(png(96, 48))
    picture = Picture("images/chart.png", 'Sales "up" & more', (Run("Figure 1"),))
    drawing = canvas.reference.next_shape_id
    markup = emit(canvas, picture, picture)
    one_inch = 914400
    expected = (
        '<w:p><w:pPr><w:pStyle w:val="Normal"/></w:pPr><w:r><w:drawing><wp:inline '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        f'<wp:extent cx="{one_inch}" cy="{one_inch // 2}"/>'
        f'<wp:docPr id="{drawing}" name="Picture {drawing}" '
        'descr="Sales &quot;up&quot; &amp; more"/>'
    )
    assert markup.startswith(expected)
    assert markup.count("<wp:docPr") == 2 and f'<wp:docPr id="{drawing + 1}"' in markup
    assert markup.count('<w:pStyle w:val="Caption"/></w:pPr><w:r><w:t>Figure 1</w:t>') == 2
    [media] = canvas.added  # stored once, shown twice
    assert media.part == "word/media/image1.png"
    [relationship] = canvas.relationships
    assert relationship.target == "media/image1.png"
    assert f'r:embed="{relationship.rid}"' in markup


def test_page_fields_and_tabs(canvas: Canvas) -> None:
    footer = Paragraph(
        "footer", (Tab(), Run("Page ", language=EN), Field("PAGE"), Run(" of "), Field("NUMPAGES"))
    )
    assert emit(canvas, footer) == (
        '<w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr><w:r><w:tab/></w:r>'
        '<w:r><w:t xml:space="preserve">Page </w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        '<w:r><w:t xml:space="preserve"> of </w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> NUMPAGES </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
    )


def test_table_of_contents_field_spans_its_entries(canvas: Canvas) -> None:
    toc = TableOfContents(
        (Run("Contents"),), (TocEntry(1, 1, (Run("Purpose"),)), TocEntry(2, 2, (Run("Scope"),)))
    )
    first = canvas.reference.seeds.max_bookmark_id + 1
    markup = emit(canvas, toc)
    assert markup == (
        '<w:p><w:pPr><w:pStyle w:val="TOCHeading"/></w:pPr><w:r><w:t>Contents</w:t></w:r></w:p>'
        '<w:p><w:pPr><w:pStyle w:val="TOC1"/></w:pPr>'
        '<w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> TOC \\o "1-2" \\h \\z \\u </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f'<w:hyperlink w:anchor="_Toc{first:08d}" w:history="1"><w:r><w:t>Purpose</w:t></w:r>'
        "</w:hyperlink></w:p>"
        '<w:p><w:pPr><w:pStyle w:val="TOC2"/></w:pPr>'
        f'<w:hyperlink w:anchor="_Toc{first + 1:08d}" w:history="1"><w:r><w:t>Scope</w:t></w:r>'
        '</w:hyperlink><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
    )


def test_an_empty_table_of_contents_still_closes_its_field(canvas: Canvas) -> None:
    markup = emit(canvas, TableOfContents((Run("Contents"),), ()))
    assert markup.count('w:fldCharType="begin"') == markup.count('w:fldCharType="end"') == 1


def test_every_column_cell_ends_with_a_paragraph(canvas: Canvas) -> None:
    nested = Table((Row((Cell((Paragraph("table_text", (Run("x"),)),)),), header=True),), (1,))
    columns = Columns((((nested,), (Paragraph("body", (Run("y"),)),)), ((), ())))
    markup = emit(canvas, columns, width=9000)
    assert markup.count("<w:tc>") == 5
    assert markup.count("</w:tbl></w:tc>") == 0
    assert '</w:tbl><w:p><w:pPr><w:pStyle w:val="TableText"/></w:pPr></w:p></w:tc>' in markup
    # body text in a column is set as table text, the nested table fills the column
    assert '<w:p><w:pPr><w:pStyle w:val="TableText"/></w:pPr><w:r><w:t>y</w:t></w:r>' in markup
    assert '<w:gridCol w:w="4500"/><w:gridCol w:w="4500"/>' in markup
    assert '<w:tblW w:w="4284" w:type="dxa"/>' in markup


def test_a_remembered_run_is_written_as_the_first_time(monkeypatch: pytest.MonkeyPatch) -> None:
    from councilkit.render.docx._wml import runs

    monkeypatch.setattr(runs, "MEMO_LIMIT", 2)
    monkeypatch.setattr(runs, "_RUNS", {})
    bold = "<w:rPr><w:b/></w:rPr>"
    cases = [("a & b", ""), (" lead", ""), ("a & b", bold), ("a & b", "")]
    expected = [
        "<w:r><w:t>a &amp; b</w:t></w:r>",
        '<w:r><w:t xml:space="preserve"> lead</w:t></w:r>',
        f"<w:r>{bold}<w:t>a &amp; b</w:t></w:r>",
        "<w:r><w:t>a &amp; b</w:t></w:r>",
    ]
    assert [runs.run(*case) for case in cases] == expected
    assert [runs.run(*case) for case in cases] == expected
    assert len(runs._RUNS) <= 2
