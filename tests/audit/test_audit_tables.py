"""Table rules: a header row, no merged cells, no table inside a table."""

from __future__ import annotations

from pathlib import Path

from docx.oxml import parse_xml
from docx.oxml.ns import qn
from office_files import codes, deck, messages, titled_slide, word
from pptx.util import Inches

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _word_table(header: bool, merge: bool = False, nest: bool = False) -> object:
    def fill(document: object) -> None:
        table = document.add_table(rows=2, cols=2)  # type: ignore[attr-defined]
        table.cell(0, 0).text, table.cell(0, 1).text = "Year", "Budget"
        table.cell(1, 0).text, table.cell(1, 1).text = "2025", "$4M"
        if header:
            table.rows[0]._tr.get_or_add_trPr().append(parse_xml(f"<w:tblHeader {W}/>"))
        if merge:
            table.cell(1, 0).merge(table.cell(1, 1))
        if nest:
            inner = table.cell(1, 1).add_table(rows=1, cols=1)
            inner.rows[0]._tr.get_or_add_trPr().append(parse_xml(f"<w:tblHeader {W}/>"))
            inner.cell(0, 0).text = "Inner"

    return fill


def test_a_word_table_needs_a_repeating_header_row(tmp_path: Path) -> None:
    broken = word(tmp_path / "broken.docx", _word_table(header=False))
    assert messages(broken, "table-header") == [
        'word/document.xml:table 1 "YearBudget2025$4M": table without a header row: select '
        "its first row, then Table Properties > Row > Repeat as header row at the top of "
        "each page"
    ]
    assert codes(word(tmp_path / "fixed.docx", _word_table(header=True))) == []


def test_a_header_row_switched_off_is_no_header(tmp_path: Path) -> None:
    def off(document: object) -> None:
        _word_table(header=True)(document)
        document.tables[0].rows[0]._tr.trPr.find(qn("w:tblHeader")).set(qn("w:val"), "0")  # type: ignore[attr-defined]

    assert codes(word(tmp_path / "off.docx", off)) == ["table-header"]


def test_merged_word_cells_are_a_warning(tmp_path: Path) -> None:
    merged = word(tmp_path / "merged.docx", _word_table(header=True, merge=True))
    assert codes(merged) == ["merged-cells"]
    assert codes(word(tmp_path / "fixed.docx", _word_table(header=True))) == []


def test_a_table_inside_a_table_is_a_warning(tmp_path: Path) -> None:
    nested = word(tmp_path / "nested.docx", _word_table(header=True, nest=True))
    assert messages(nested, "nested-table") == [
        'word/document.xml:table 2 "Inner": table inside a table: screen readers lose '
        "their place; make it a table of its own"
    ]
    assert codes(word(tmp_path / "fixed.docx", _word_table(header=True))) == []


def _slide_table(header: bool, merge: bool = False) -> object:
    def fill(presentation: object) -> None:
        slide = titled_slide(presentation, layout=5)  # type: ignore[arg-type]
        frame = slide.shapes.add_table(2, 2, Inches(1), Inches(2), Inches(4), Inches(1))  # type: ignore[attr-defined]
        table = frame.table
        table.first_row = header
        for (row, col), text in {(0, 0): "Year", (0, 1): "Budget", (1, 0): "2025"}.items():
            table.cell(row, col).text = text
        if merge:
            table.cell(1, 0).merge(table.cell(1, 1))

    return fill


def test_a_slide_table_needs_a_header_row(tmp_path: Path) -> None:
    broken = deck(tmp_path / "broken.pptx", _slide_table(header=False))
    assert messages(broken, "table-header") == [
        'ppt/slides/slide1.xml:slide 1, shape "Table 2": table without a header row: select '
        "the table, then Table Design > Header Row"
    ]
    assert codes(deck(tmp_path / "fixed.pptx", _slide_table(header=True))) == []


def test_merged_slide_cells_are_a_warning(tmp_path: Path) -> None:
    merged = deck(tmp_path / "merged.pptx", _slide_table(header=True, merge=True))
    assert codes(merged) == ["merged-cells"]
    assert codes(deck(tmp_path / "fixed.pptx", _slide_table(header=True))) == []


def _blank_lines(blank_row: bool, blank_column: bool) -> object:
    """A 3×3 table with a header row: its middle row and/or last column left blank."""

    def fill(document: object) -> None:
        table = document.add_table(rows=3, cols=3)  # type: ignore[attr-defined]
        table.rows[0]._tr.get_or_add_trPr().append(parse_xml(f"<w:tblHeader {W}/>"))
        texts = [["Year", "Budget", "Notes"], ["2024", "$3M", "Flat"], ["2025", "$4M", "Up"]]
        for r, row in enumerate(texts):
            for c, text in enumerate(row):
                if (blank_row and r == 1) or (blank_column and c == 2):
                    continue
                table.cell(r, c).text = text

    return fill


def test_a_blank_row_or_column_in_a_word_table_is_a_warning(tmp_path: Path) -> None:
    row = word(tmp_path / "row.docx", _blank_lines(blank_row=True, blank_column=False))
    assert messages(row, "blank-table-cells") == [
        'word/document.xml:table 1 "YearBudgetNotes2025$4MUp": row 2 is blank: screen '
        "readers read every empty cell ('blank'), and a blank row or column often makes space "
        "or splits the table in two: delete it (Table Layout > Delete), or make two tables "
        "each with its header row"
    ]
    both = word(tmp_path / "both.docx", _blank_lines(blank_row=True, blank_column=True))
    assert [m.split(": ")[1] for m in messages(both, "blank-table-cells")] == [
        "row 2 and column 3 are blank"
    ]
    assert codes(word(tmp_path / "fixed.docx", _blank_lines(False, False))) == []


def test_blank_cells_that_are_not_a_whole_row_or_column_are_no_problem(tmp_path: Path) -> None:
    def signature(document: object) -> None:
        # an approval table: the header names every column, the cells to sign stay blank
        table = document.add_table(rows=2, cols=3)  # type: ignore[attr-defined]
        table.rows[0]._tr.get_or_add_trPr().append(parse_xml(f"<w:tblHeader {W}/>"))
        for c, text in enumerate(("Approved by", "Signature", "Date")):
            table.cell(0, c).text = text
        table.cell(1, 0).text = "Chair"

    assert codes(word(tmp_path / "signature.docx", signature)) == []


def _slide_blank_row(blank: bool) -> object:
    def fill(presentation: object) -> None:
        slide = titled_slide(presentation, layout=5)  # type: ignore[arg-type]
        frame = slide.shapes.add_table(3, 2, Inches(1), Inches(2), Inches(4), Inches(1))  # type: ignore[attr-defined]
        texts = [("Year", "Budget"), ("2024", "$3M"), ("2025", "$4M")]
        for r, row in enumerate(texts):
            if blank and r == 1:
                continue
            for c, text in enumerate(row):
                frame.table.cell(r, c).text = text

    return fill


def test_a_blank_row_in_a_slide_table_is_a_warning(tmp_path: Path) -> None:
    broken = deck(tmp_path / "broken.pptx", _slide_blank_row(blank=True))
    assert [m.split(": ")[:2] for m in messages(broken, "blank-table-cells")] == [
        ['ppt/slides/slide1.xml:slide 1, shape "Table 2"', "row 2 is blank"]
    ]
    assert codes(deck(tmp_path / "fixed.pptx", _slide_blank_row(blank=False))) == []
