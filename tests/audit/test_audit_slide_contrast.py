"""Text contrast on slides: the colours PowerPoint draws (run, list styles, placeholders
of the layout and master, the master's text styles, theme colours and their transforms)
against what is behind (shape fill, a filled shape under the text, backgrounds)."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree
from office_files import codes, deck, messages, titled_slide
from pictures import picture
from pptx.dml.color import RGBColor
from pptx.enum.dml import MSO_THEME_COLOR
from pptx.enum.shapes import MSO_SHAPE
from pptx.util import Inches, Pt

from councilkit.audit import audit_file
from councilkit.audit.drawing_colours import DEFAULT_MAP, Palette, transformed

A = "http://schemas.openxmlformats.org/drawingml/2006/main"
P = "http://schemas.openxmlformats.org/presentationml/2006/main"
BODY = 'ppt/slides/slide1.xml:slide 1, shape "Content Placeholder 2" "Spending rose"'


def _body(presentation: object, points: float | None = None) -> object:
    """A titled slide whose body says "Spending rose"; its run, for colouring."""
    slide = titled_slide(presentation)  # type: ignore[arg-type]
    slide.placeholders[1].text = "Spending rose"  # type: ignore[attr-defined]
    run = slide.placeholders[1].text_frame.paragraphs[0].runs[0]  # type: ignore[attr-defined]
    if points:
        run.font.size = Pt(points)
    return run


def _rgb(hex_colour: str, points: float | None = None) -> object:
    def fill(presentation: object) -> None:
        _body(presentation, points).font.color.rgb = RGBColor.from_string(hex_colour)  # type: ignore[attr-defined]

    return fill


def test_a_light_run_on_a_white_slide_is_an_error(tmp_path: Path) -> None:
    # the body's 32 pt comes from the master's body style: large text, 3:1
    broken = deck(tmp_path / "broken.pptx", _rgb("AAAAAA"))
    assert messages(broken, "text-contrast") == [
        f"{BODY}: text #AAAAAA on #FFFFFF has a contrast of 2.3:1, under 3:1 for large "
        "text: choose a darker text colour (or a lighter background)"
    ]
    assert codes(deck(tmp_path / "fixed.pptx", _rgb("595959"))) == []


def test_the_size_decides_between_3_and_4_5_to_1(tmp_path: Path) -> None:
    assert codes(deck(tmp_path / "large.pptx", _rgb("888888"))) == []  # 3.5:1 at 32 pt
    small = deck(tmp_path / "small.pptx", _rgb("888888", points=18))
    assert codes(small) == []  # 18 pt is large text
    smaller = deck(tmp_path / "smaller.pptx", _rgb("888888", points=17))
    assert codes(smaller) == ["small-slide-text", "text-contrast"]


def _theme(colour: MSO_THEME_COLOR, brightness: float) -> object:
    def fill(presentation: object) -> None:
        font = _body(presentation).font  # type: ignore[attr-defined]
        font.color.theme_color = colour
        font.color.brightness = brightness

    return fill


def test_a_theme_colour_is_followed_with_its_luminance_change(tmp_path: Path) -> None:
    # "White, Background 1, Darker 25%": lumMod 75% of white
    broken = deck(tmp_path / "broken.pptx", _theme(MSO_THEME_COLOR.BACKGROUND_1, -0.25))
    assert messages(broken, "text-contrast") == [
        f"{BODY}: text #BFBFBF on #FFFFFF has a contrast of 1.8:1, under 3:1 for large "
        "text: choose a darker text colour (or a lighter background)"
    ]
    # "Black, Text 1, Lighter 25%": lumMod 75% and lumOff 25% of black
    fixed = deck(tmp_path / "fixed.pptx", _theme(MSO_THEME_COLOR.TEXT_1, 0.25))
    assert codes(fixed) == []


def test_tints_and_shades_are_computed_as_office_does() -> None:
    def colour(xml: str) -> str:
        return transformed(
            "000000", etree.fromstring(f'<a:schemeClr xmlns:a="{A}">{xml}</a:schemeClr>')
        )

    # tint and shade work in linear light: a 75% tint of black is Office's footer grey
    assert colour('<a:tint val="75000"/>') == "898989"
    assert (
        transformed("FFFFFF", etree.fromstring(f'<a:x xmlns:a="{A}"><a:shade val="50000"/></a:x>'))
        == "BCBCBC"
    )
    assert colour('<a:lumMod val="75000"/><a:lumOff val="25000"/>') == "404040"
    palette = Palette({"dk1": "000000", "lt1": "FFFFFF"}, {**DEFAULT_MAP, "tx1": "lt1"})
    element = etree.fromstring(f'<a:schemeClr xmlns:a="{A}" val="tx1"/>')
    assert palette.of(element) == "FFFFFF"  # through the colour map


def _master_body_colour(colour_xml: str | None) -> object:
    def fill(presentation: object) -> None:
        if colour_xml is not None:
            master = presentation.slide_master  # type: ignore[attr-defined]
            [properties] = master.element.xpath("p:txStyles/p:bodyStyle/a:lvl1pPr/a:defRPr")
            properties.remove(properties.find(f"{{{A}}}solidFill"))
            properties.insert(
                0, etree.fromstring(f'<a:solidFill xmlns:a="{A}">{colour_xml}</a:solidFill>')
            )
        _body(presentation)

    return fill


def test_the_master_s_body_style_is_inherited(tmp_path: Path) -> None:
    # a department's master with light grey body text: bg1 darkened 25%
    grey = '<a:schemeClr val="bg1"><a:lumMod val="75000"/></a:schemeClr>'
    broken = deck(tmp_path / "broken.pptx", _master_body_colour(grey))
    assert messages(broken, "text-contrast") == [
        f"{BODY}: text #BFBFBF on #FFFFFF has a contrast of 1.8:1, under 3:1 for large "
        "text: choose a darker text colour (or a lighter background)"
    ]
    fixed = '<a:schemeClr val="tx1"><a:lumMod val="75000"/><a:lumOff val="25000"/></a:schemeClr>'
    assert codes(deck(tmp_path / "fixed.pptx", _master_body_colour(fixed))) == []


def test_a_layout_placeholder_s_list_style_is_inherited(tmp_path: Path) -> None:
    def layout_colour(presentation: object, hex_colour: str) -> None:
        layout = presentation.slide_layouts[1]  # type: ignore[attr-defined]
        style = layout.placeholders[1].element.txBody.find(f"{{{A}}}lstStyle")
        style.append(
            etree.fromstring(
                f'<a:lvl1pPr xmlns:a="{A}"><a:defRPr><a:solidFill><a:srgbClr val="{hex_colour}"/>'
                "</a:solidFill></a:defRPr></a:lvl1pPr>"
            )
        )
        _body(presentation)

    broken = deck(tmp_path / "broken.pptx", lambda p: layout_colour(p, "C0C0C0"))
    assert codes(broken) == ["text-contrast"]
    assert codes(deck(tmp_path / "fixed.pptx", lambda p: layout_colour(p, "1F3864"))) == []


def _dark_background(text: str | None = None, remap: bool = False) -> object:
    def fill(presentation: object) -> None:
        run = _body(presentation)
        slide = presentation.slides[0]  # type: ignore[attr-defined]
        slide.background.fill.solid()
        slide.background.fill.fore_color.rgb = RGBColor(0x1F, 0x38, 0x64)
        if text:
            for shape in slide.placeholders:
                for paragraph in shape.text_frame.paragraphs:
                    for each in paragraph.runs:
                        each.font.color.rgb = RGBColor.from_string(text)
        if remap:  # light text on dark: the slide maps text 1 to light 1
            override = slide.element.find(f"{{{P}}}clrMapOvr")
            override.remove(override[0])
            mapping = " ".join(
                f'{k}="{v}"' for k, v in {**DEFAULT_MAP, "tx1": "lt1", "bg1": "dk1"}.items()
            )
            override.append(etree.fromstring(f'<a:overrideClrMapping xmlns:a="{A}" {mapping}/>'))
        assert run is not None

    return fill


def test_a_dark_slide_background_is_what_is_behind(tmp_path: Path) -> None:
    broken = deck(tmp_path / "broken.pptx", _dark_background())
    assert [m.split(": ")[1][:40] for m in messages(broken, "text-contrast")] == [
        "text #000000 on #1F3864 has a contrast o",
        "text #000000 on #1F3864 has a contrast o",
    ]
    assert messages(broken, "text-contrast")[0].endswith(
        "contrast of 1.8:1, under 3:1 for large text: choose a darker text colour (or a "
        "lighter background)"
    )
    assert codes(deck(tmp_path / "white.pptx", _dark_background(text="FFFFFF"))) == []
    assert codes(deck(tmp_path / "remapped.pptx", _dark_background(remap=True))) == []


def test_a_dark_master_background_is_inherited(tmp_path: Path) -> None:
    def dark_master(presentation: object, light_text: bool) -> None:
        master = presentation.slide_master  # type: ignore[attr-defined]
        master.background.fill.solid()
        master.background.fill.fore_color.rgb = RGBColor(0x1F, 0x38, 0x64)
        run = _body(presentation)
        title = presentation.slides[0].shapes.title.text_frame.paragraphs[0].runs[0]  # type: ignore[attr-defined]
        if light_text:
            for each in (run, title):
                each.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)  # type: ignore[attr-defined]

    broken = deck(tmp_path / "broken.pptx", lambda p: dark_master(p, light_text=False))
    assert codes(broken) == ["text-contrast", "text-contrast"]
    assert codes(deck(tmp_path / "fixed.pptx", lambda p: dark_master(p, light_text=True))) == []


def _box(fill: str | None, points: float = 12) -> object:
    """An auto shape saying "Budget" in its style's font colour (light 1), filled with
    ``fill``, else accent 1 (its style's gradient, which cannot be judged, made solid)."""

    def draw(presentation: object) -> None:
        slide = titled_slide(presentation, layout=5)  # type: ignore[arg-type]
        shape = slide.shapes.add_shape(
            MSO_SHAPE.RECTANGLE, Inches(1), Inches(2), Inches(3), Inches(1)
        )  # type: ignore[attr-defined]
        shape.text_frame.text = "Budget"
        shape.text_frame.paragraphs[0].runs[0].font.size = Pt(points)
        shape.fill.solid()
        if fill:
            shape.fill.fore_color.rgb = RGBColor.from_string(fill)
        else:
            shape.fill.fore_color.theme_color = MSO_THEME_COLOR.ACCENT_1

    return draw


def test_a_shape_s_style_fill_and_font_colour_are_followed(tmp_path: Path) -> None:
    # white on accent 1 (#4F81BD): 4.0:1, enough for large text only
    broken = deck(tmp_path / "broken.pptx", _box(None))
    assert [m.split(": ", 1)[1] for m in messages(broken, "text-contrast")] == [
        "text #FFFFFF on #4F81BD has a contrast of 4.0:1, under 4.5:1 for normal text: "
        "choose a lighter text colour (or a darker background)"
    ]
    assert codes(deck(tmp_path / "large.pptx", _box(None, points=18))) == []
    assert codes(deck(tmp_path / "fixed.pptx", _box("1F3864"))) == []


def _text_box_over(fill: str | None) -> object:
    """White text in a text box (no fill) drawn over a rectangle, or over the slide."""

    def draw(presentation: object) -> None:
        slide = titled_slide(presentation, layout=5)  # type: ignore[arg-type]
        shapes = slide.shapes  # type: ignore[attr-defined]
        if fill:
            under = shapes.add_shape(
                MSO_SHAPE.RECTANGLE, Inches(1), Inches(2), Inches(6), Inches(3)
            )
            under.fill.solid()
            under.fill.fore_color.rgb = RGBColor.from_string(fill)
        box = shapes.add_textbox(Inches(2), Inches(3), Inches(3), Inches(1))
        box.text_frame.text = "Budget"
        box.text_frame.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)

    return draw


def test_a_filled_shape_under_a_text_box_is_what_is_behind(tmp_path: Path) -> None:
    broken = deck(tmp_path / "broken.pptx", _text_box_over(None))
    assert [m.split(": ", 1)[1][:30] for m in messages(broken, "text-contrast")] == [
        "text #FFFFFF on #FFFFFF has a "
    ]
    assert codes(deck(tmp_path / "fixed.pptx", _text_box_over("1F3864"))) == []


def test_text_on_a_gradient_is_not_judged(tmp_path: Path) -> None:
    def gradient(presentation: object) -> None:
        _box(None)(presentation)
        shape = presentation.slides[0].shapes[-1]  # type: ignore[attr-defined]
        shape.fill.gradient()

    assert codes(deck(tmp_path / "solid.pptx", _box(None))) == ["text-contrast"]
    assert [d.code for d in audit_file(deck(tmp_path / "gradient.pptx", gradient))] == []


@pytest.mark.invalid_ooxml  # broken on purpose: a file from anywhere may be
def test_values_that_are_not_numbers_or_colours_are_no_crash(tmp_path: Path) -> None:
    def garbled(presentation: object) -> None:
        run = _body(presentation)
        run.font.color.rgb = RGBColor(0xAA, 0xAA, 0xAA)  # type: ignore[attr-defined]
        colour = run._r.rPr.find(f"{{{A}}}solidFill")[0]  # type: ignore[attr-defined]
        colour.append(etree.fromstring(f'<a:lumMod xmlns:a="{A}" val="1"/>'))
        colour[-1].set("val", "x")
        run._r.getparent().get_or_add_pPr().set("lvl", "x")  # type: ignore[attr-defined]

    # the garbled transform is left out: the grey is judged as written
    assert codes(deck(tmp_path / "garbled.pptx", garbled)) == ["text-contrast"]


def test_text_over_a_picture_is_not_judged(tmp_path: Path) -> None:
    def over_picture(presentation: object, photo: bool) -> None:
        slide = titled_slide(presentation, layout=5)  # type: ignore[arg-type]
        shapes = slide.shapes  # type: ignore[attr-defined]
        if photo:
            image = tmp_path / "photo.png"
            image.write_bytes(picture("PNG"))
            shapes.add_picture(str(image), Inches(1), Inches(2), Inches(6), Inches(3))
        box = shapes.add_textbox(Inches(2), Inches(3), Inches(3), Inches(1))
        box.text_frame.text = "Budget"
        box.text_frame.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)

    assert codes(deck(tmp_path / "white.pptx", lambda p: over_picture(p, False))) == [
        "text-contrast"
    ]
    over = deck(tmp_path / "picture.pptx", lambda p: over_picture(p, True))
    assert "text-contrast" not in codes(over)
