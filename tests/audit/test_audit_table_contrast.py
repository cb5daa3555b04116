"""Text contrast in slide tables: cell fills, the table style (from ppt/tableStyles.xml or
the built-in style python-pptx names without writing it), its firstRow/bandRow flags, theme
colours with transforms, and what is behind a clear cell."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from lxml import etree
from office_files import codes, deck, messages, titled_slide
from pptx.dml.color import RGBColor
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.util import Inches, Pt

A = "http://schemas.openxmlformats.org/drawingml/2006/main"
TABLE = 'ppt/slides/slide1.xml:slide 1, shape "Table 2"'
MEDIUM_STYLE_2 = "{073A0DAA-6AF3-43AB-8588-CEC1D06C72B9}"  # built in, never written here


def _table(change: Callable[[object], None] = lambda t: None) -> Callable[[object], None]:
    """A titled slide with python-pptx's 2 x 2 table ("Item", "Cost" over "Paper", "$4"),
    then whatever ``change`` does to it (python-pptx's table object)."""

    def fill(presentation: object) -> None:
        slide = titled_slide(presentation, layout=5)  # type: ignore[arg-type]
        frame = slide.shapes.add_table(  # type: ignore[attr-defined]
            2, 2, Inches(1), Inches(2), Inches(6), Inches(1)
        )
        for cell, text in zip(
            frame.table.iter_cells(), ("Item", "Cost", "Paper", "$4"), strict=True
        ):
            cell.text = text
            cell.text_frame.paragraphs[0].runs[0].font.size = Pt(14)
        change(frame.table)

    return fill


def _run(table: object, row: int, column: int) -> object:
    return table.cell(row, column).text_frame.paragraphs[0].runs[0]  # type: ignore[attr-defined]


def _text(hex_colour: str, row: int = 0) -> Callable[[object], None]:
    def change(table: object) -> None:
        _run(table, row, 0).font.color.rgb = RGBColor.from_string(hex_colour)  # type: ignore[attr-defined]

    return change


def test_python_pptx_s_table_in_its_built_in_style_passes(tmp_path: Path) -> None:
    # white on accent 1 (#4F81BD) in the header, black on its tints below
    assert codes(deck(tmp_path / "plain.pptx", _table())) == []


def test_header_text_on_the_built_in_style_s_accent_is_judged(tmp_path: Path) -> None:
    broken = deck(tmp_path / "broken.pptx", _table(_text("8EB4E3")))
    assert messages(broken, "text-contrast") == [
        f'{TABLE} row 1, column 1 "Item": text #8EB4E3 on #4F81BD has a contrast of 1.8:1, '
        "under 3:1 for large text: choose a lighter text colour (or a darker background)"
    ]  # 14 pt bold (the style's header is bold): large text
    assert codes(deck(tmp_path / "fixed.pptx", _table(_text("FFFFFF")))) == []


def test_body_text_on_the_style_s_band_tint_is_judged(tmp_path: Path) -> None:
    # band 1 of the rows: accent 1 with a 40% tint (#D0D8E8), normal 14 pt text
    broken = deck(tmp_path / "broken.pptx", _table(_text("7F7F7F", row=1)))
    assert messages(broken, "text-contrast") == [
        f'{TABLE} row 2, column 1 "Paper": text #7F7F7F on #D0D8E8 has a contrast of 2.7:1, '
        "under 4.5:1 for normal text: choose a darker text colour (or a lighter background)"
    ]
    assert codes(deck(tmp_path / "fixed.pptx", _table(_text("262626", row=1)))) == []


def test_the_first_row_flag_decides_the_header_s_colours(tmp_path: Path) -> None:
    def no_header(table: object) -> None:
        table.first_row = False  # type: ignore[attr-defined]
        table.horz_banding = False  # type: ignore[attr-defined]

    # without firstRow, row 1 is the whole table's: black on a 20% tint of accent 1
    assert codes(deck(tmp_path / "plain.pptx", _table(no_header))) == ["table-header"]

    def white_without_header(table: object) -> None:
        no_header(table)
        _text("FFFFFF")(table)

    broken = deck(tmp_path / "broken.pptx", _table(white_without_header))
    assert messages(broken, "text-contrast") == [
        f'{TABLE} row 1, column 1 "Item": text #FFFFFF on #E9EDF4 has a contrast of 1.1:1, '
        "under 4.5:1 for normal text: choose a lighter text colour (or a darker background)"
    ]


def _cell_fill(hex_colour: str) -> Callable[[object], None]:
    def change(table: object) -> None:
        cell = table.cell(1, 1)  # type: ignore[attr-defined]
        cell.fill.solid()
        cell.fill.fore_color.rgb = RGBColor.from_string(hex_colour)

    return change


def test_a_cell_s_own_fill_wins_over_the_style(tmp_path: Path) -> None:
    broken = deck(tmp_path / "broken.pptx", _table(_cell_fill("404040")))
    assert messages(broken, "text-contrast") == [
        f'{TABLE} row 2, column 2 "$4": text #000000 on #404040 has a contrast of 2.0:1, '
        "under 4.5:1 for normal text: choose a darker text colour (or a lighter background)"
    ]
    assert codes(deck(tmp_path / "fixed.pptx", _table(_cell_fill("FFFFFF")))) == []


def test_one_finding_for_each_pair_of_colours_in_a_table(tmp_path: Path) -> None:
    def pale_header(table: object) -> None:
        for column in (0, 1):
            _run(table, 0, column).font.color.rgb = RGBColor.from_string("8EB4E3")  # type: ignore[attr-defined]

    broken = deck(tmp_path / "broken.pptx", _table(pale_header))
    found = messages(broken, "text-contrast")
    assert len(found) == 1
    assert found[0].startswith(f'{TABLE} row 1, column 1 "Item": text #8EB4E3 on #4F81BD')


def _styles(presentation: object, style_xml: str) -> None:
    """Write ``style_xml`` (an ``a:tblStyle``) into the deck's ppt/tableStyles.xml."""
    part = presentation.part.part_related_by(RT.TABLE_STYLES)  # type: ignore[attr-defined]
    root = etree.fromstring(part.blob)
    root.append(etree.fromstring(style_xml))
    part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _own_style(text_colour: str) -> Callable[[object], None]:
    """A table in a style of the deck's own, whose whole-table text is ``text_colour``
    (scheme colour XML) on white."""
    style = (
        f'<a:tblStyle xmlns:a="{A}" styleId="{{11111111-2222-3333-4444-555555555555}}" '
        f'styleName="Department"><a:wholeTbl><a:tcTxStyle>{text_colour}</a:tcTxStyle>'
        '<a:tcStyle><a:fill><a:solidFill><a:schemeClr val="lt1"/></a:solidFill></a:fill>'
        "</a:tcStyle></a:wholeTbl></a:tblStyle>"
    )

    def fill(presentation: object) -> None:
        _styles(presentation, style)

        def restyle(table: object) -> None:
            table._tbl.tblPr.find(f"{{{A}}}tableStyleId").text = (  # type: ignore[attr-defined]
                "{11111111-2222-3333-4444-555555555555}"
            )

        _table(restyle)(presentation)

    return fill


def test_a_style_in_table_styles_xml_with_a_theme_colour_and_transform(tmp_path: Path) -> None:
    # "White, Background 1, Darker 15%": lumMod 85% of white
    pale = '<a:schemeClr val="bg1"><a:lumMod val="85000"/></a:schemeClr>'
    found = messages(deck(tmp_path / "broken.pptx", _own_style(pale)), "text-contrast")
    assert found == [
        f'{TABLE} row 1, column 1 "Item": text #D9D9D9 on #FFFFFF has a contrast of 1.4:1, '
        "under 4.5:1 for normal text: choose a darker text colour (or a lighter background)"
    ]
    dark = '<a:schemeClr val="tx1"><a:lumMod val="75000"/><a:lumOff val="25000"/></a:schemeClr>'
    assert codes(deck(tmp_path / "fixed.pptx", _own_style(dark))) == []


def _unknown_style(change: Callable[[object], None]) -> Callable[[object], None]:
    def restyle(table: object) -> None:
        tbl = table._tbl  # type: ignore[attr-defined]
        tbl.tblPr.find(f"{{{A}}}tableStyleId").text = MEDIUM_STYLE_2
        change(table)

    return _table(restyle)


def test_a_built_in_style_not_written_in_the_deck_is_not_guessed(tmp_path: Path) -> None:
    # Medium Style 2 is not in tableStyles.xml: its colours are not guessed...
    pale = _unknown_style(_text("8EB4E3"))
    assert codes(deck(tmp_path / "unknown.pptx", pale)) == []

    # ...but a cell whose fill and text colour are both its own is judged
    def both_set(table: object) -> None:
        _cell_fill("404040")(table)
        _run(table, 1, 1).font.color.rgb = RGBColor.from_string("000000")  # type: ignore[attr-defined]

    broken = deck(tmp_path / "broken.pptx", _unknown_style(both_set))
    assert codes(broken) == ["text-contrast"]


def test_a_table_without_a_style_id_judges_only_what_its_cells_set(tmp_path: Path) -> None:
    def no_style(table: object) -> None:
        tbl = table._tbl  # type: ignore[attr-defined]
        tbl.tblPr.remove(tbl.tblPr.find(f"{{{A}}}tableStyleId"))
        _text("8EB4E3")(table)

    assert codes(deck(tmp_path / "unstyled.pptx", _table(no_style))) == []


def test_a_clear_cell_shows_the_slide_s_background(tmp_path: Path) -> None:
    def clear_on_dark(presentation: object, text: str) -> None:
        def clear(table: object) -> None:
            cell = table.cell(1, 0)  # type: ignore[attr-defined]
            cell.fill.background()
            _run(table, 1, 0).font.color.rgb = RGBColor.from_string(text)  # type: ignore[attr-defined]

        _table(clear)(presentation)
        background = presentation.slides[0].background.fill  # type: ignore[attr-defined]
        background.solid()
        background.fore_color.rgb = RGBColor(0x1F, 0x38, 0x64)

    def in_table(path: Path) -> list[str]:
        return [m for m in messages(path, "text-contrast") if "Table 2" in m]

    broken = deck(tmp_path / "broken.pptx", lambda p: clear_on_dark(p, "404040"))
    assert in_table(broken) == [
        f'{TABLE} row 2, column 1 "Paper": text #404040 on #1F3864 has a contrast of 1.1:1, '
        "under 4.5:1 for normal text: choose a lighter text colour (or a darker background)"
    ]
    assert in_table(deck(tmp_path / "fixed.pptx", lambda p: clear_on_dark(p, "FFFFFF"))) == []


@pytest.mark.invalid_ooxml  # broken on purpose: a file from anywhere may be
def test_garbled_table_values_are_no_crash_and_not_judged(tmp_path: Path) -> None:
    def garbled(presentation: object) -> None:
        _styles(
            presentation,
            f'<a:tblStyle xmlns:a="{A}" styleId="{{22222222-2222-3333-4444-555555555555}}" '
            'styleName="Odd"><a:tblBg><a:fillRef idx="x"/></a:tblBg><a:wholeTbl><a:tcStyle>'
            '<a:fillRef idx="99"><a:schemeClr val="accent1"/></a:fillRef></a:tcStyle>'
            "</a:wholeTbl></a:tblStyle>",
        )

        def odd(table: object) -> None:
            tbl = table._tbl  # type: ignore[attr-defined]
            tbl.tblPr.find(f"{{{A}}}tableStyleId").text = "{22222222-2222-3333-4444-555555555555}"
            tbl.tblPr.set("bandRow", "maybe")
            cell = table.cell(1, 0)  # type: ignore[attr-defined]
            cell.fill.solid()
            cell.fill.fore_color.rgb = RGBColor(0, 0, 0)
            cell._tc.tcPr.xpath("a:solidFill/a:srgbClr")[0].set("val", "zz")
            _run(table, 1, 1).font.size = Pt(14)
            _run(table, 1, 1)._r.get_or_add_rPr().set("sz", "big")  # type: ignore[attr-defined]

        _table(odd)(presentation)

    # the style's fill is beyond the theme's list and the cell's colour is not one: unknown
    assert codes(deck(tmp_path / "garbled.pptx", garbled)) == []
