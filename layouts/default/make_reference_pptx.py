"""Generate ``reference.pptx``: the 16:9 template of councilkit's default deck layout.

A restrained Government of Canada house style: white slides, dark blue (#26374A) titles
and bars, Arial text (Liberation Sans, its metric twin, where Arial is missing), footer
with marking, date and slide number. Four layouts: Title Slide, Title and Content,
Section Header (white on dark blue), Title Only. ``pptx.yaml`` maps slide kinds to them.

Run from the repository root; the output is byte-identical from run to run::

    /work/.venv/bin/python layouts/default/make_reference_pptx.py
"""

from __future__ import annotations

import datetime
import io
import re
from pathlib import Path

from pptx import Presentation
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.oxml import parse_xml
from pptx.util import Emu

from councilkit.package import normalize_ooxml

OUT = Path(__file__).with_name("reference.pptx")
EMU = 914400  # per inch
WIDTH, HEIGHT = 13.333, 7.5
NS = (
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"'
)
FONT = "Arial"
COLOURS = {
    "dk1": "1F1F1F",
    "lt1": "FFFFFF",
    "dk2": "26374A",
    "lt2": "EAEFF4",
    "accent1": "26374A",
    "accent2": "AF3C43",
    "accent3": "335075",
    "accent4": "8497AD",
    "accent5": "5C7A99",
    "accent6": "2E5E3E",
    "hlink": "284162",
    "folHlink": "7834BC",
}
TITLE_BOX = (0.6, 0.35, 12.133, 0.95)
BODY_BOX = (0.6, 1.55, 12.133, 5.05)
FOOTER_Y, FOOTER_H = 6.92, 0.4


def emu(inches: float) -> int:
    return round(inches * EMU)


def xfrm(box: tuple[float, float, float, float]) -> str:
    x, y, w, h = box
    return (
        f'<a:xfrm><a:off x="{emu(x)}" y="{emu(y)}"/><a:ext cx="{emu(w)}" cy="{emu(h)}"/></a:xfrm>'
    )


def placeholder(
    shape_id: int,
    name: str,
    ph: str,
    box: tuple[float, float, float, float] | None,
    *,
    anchor: str = "t",
    lst: str = "",
    text: str = "",
) -> str:
    geometry = f"<p:spPr>{xfrm(box)}</p:spPr>" if box else "<p:spPr/>"
    paragraph = (
        f'<a:p><a:r><a:rPr lang="en-CA"/><a:t>{text}</a:t></a:r></a:p>'
        if text
        else '<a:p><a:endParaRPr lang="en-CA"/></a:p>'
    )
    return (
        f'<p:sp><p:nvSpPr><p:cNvPr id="{shape_id}" name="{name}"/>'
        f'<p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr>{ph}</p:nvPr></p:nvSpPr>'
        f"{geometry}<p:txBody>"
        f'<a:bodyPr vert="horz" lIns="73152" tIns="45720" rIns="73152" bIns="45720" '
        f'rtlCol="0" anchor="{anchor}"><a:noAutofit/></a:bodyPr>'
        f"<a:lstStyle>{lst}</a:lstStyle>{paragraph}</p:txBody></p:sp>"
    )


def rectangle(shape_id: int, name: str, box: tuple[float, float, float, float], colour: str) -> str:
    return (
        f'<p:sp><p:nvSpPr><p:cNvPr id="{shape_id}" name="{name}" descr=""/>'
        f'<p:cNvSpPr/><p:nvPr userDrawn="1"/></p:nvSpPr>'
        f'<p:spPr>{xfrm(box)}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        f'<a:solidFill><a:srgbClr val="{colour}"/></a:solidFill><a:ln><a:noFill/></a:ln>'
        f"</p:spPr></p:sp>"
    )


def colour_fill(scheme: str) -> str:
    return f'<a:solidFill><a:schemeClr val="{scheme}"/></a:solidFill>'


def level(
    n: int,
    size: int,
    *,
    bold: bool = False,
    colour: str = "tx1",
    align: str = "l",
    bullet: bool = False,
    margin: float = 0.0,
) -> str:
    marker = (
        (
            '<a:buClr><a:schemeClr val="tx2"/></a:buClr><a:buFont typeface="Arial"/>'
            '<a:buChar char="•"/>'
        )
        if bullet
        else "<a:buNone/>"
    )
    indent = (
        f' marL="{emu(margin + 0.3)}" indent="{-emu(0.3)}"' if bullet else ' marL="0" indent="0"'
    )
    return (
        f'<a:lvl{n}pPr{indent} algn="{align}">'
        f'<a:lnSpc><a:spcPct val="100000"/></a:lnSpc>'
        f'<a:spcBef><a:spcPts val="{size * 45 // 100 * 100 // 100}00"/></a:spcBef>{marker}'
        f'<a:defRPr sz="{size}00" b="{int(bold)}">{colour_fill(colour)}'
        f'<a:latin typeface="+mn-lt"/><a:ea typeface="+mn-ea"/><a:cs typeface="+mn-cs"/>'
        f"</a:defRPr></a:lvl{n}pPr>"
    )


def footers(first_id: int, colour: str, *, positioned: bool) -> str:
    y = FOOTER_Y
    boxes = {
        "ftr": (0.6, y, 4.8, FOOTER_H),
        "dt": (5.5, y, 4.0, FOOTER_H),
        "sldNum": (10.733, y, 2.0, FOOTER_H),
    }
    aligns = {"ftr": "l", "dt": "ctr", "sldNum": "r"}
    names = {
        "ftr": "Footer Placeholder",
        "dt": "Date Placeholder",
        "sldNum": "Slide Number Placeholder",
    }
    idx = (
        {"dt": 10, "ftr": 11, "sldNum": 12} if not positioned else {"dt": 2, "ftr": 3, "sldNum": 4}
    )
    size = {"dt": "half", "ftr": "quarter", "sldNum": "quarter"}
    parts = []
    for i, kind in enumerate(("dt", "ftr", "sldNum")):
        lst = (
            f'<a:lvl1pPr algn="{aligns[kind]}"><a:defRPr sz="1000">{colour_fill(colour)}'
            f"</a:defRPr></a:lvl1pPr>"
        )
        text = (
            (
                '<a:p><a:fld id="{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}" type="slidenum">'
                '<a:rPr lang="en-CA"/><a:t>‹#›</a:t></a:fld></a:p>'
            )
            if kind == "sldNum"
            else ""
        )
        sp = placeholder(
            first_id + i,
            f"{names[kind]} {first_id + i}",
            f'<p:ph type="{kind}" sz="{size[kind]}" idx="{idx[kind]}"/>',
            boxes[kind],
            anchor="ctr",
            lst=lst,
        )
        if text:
            sp = re.sub(r"<a:p>.*?</a:p>", text, sp)
        parts.append(sp)
    return "".join(parts)


def sp_tree(content: str) -> str:
    return (
        f'<p:spTree {NS}><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/>'
        '</p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/>'
        '<a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>'
        f"{content}</p:spTree>"
    )


def replace_tree(
    element: object, content: str, name: str | None = None, background: str | None = None
) -> None:
    c_sld = element.find("{http://schemas.openxmlformats.org/presentationml/2006/main}cSld")  # type: ignore[attr-defined]
    if name is not None:
        c_sld.set("name", name)
    p = "{http://schemas.openxmlformats.org/presentationml/2006/main}"
    for child in list(c_sld):
        if child.tag in (p + "spTree", p + "bg"):
            c_sld.remove(child)
    if background:
        c_sld.insert(
            0,
            parse_xml(
                f"<p:bg {NS}><p:bgPr>{colour_fill(background)}<a:effectLst/></p:bgPr></p:bg>"
            ),
        )
    c_sld.insert(1 if background else 0, parse_xml(sp_tree(content)))


def master_xml() -> str:
    title_lst = ""
    body_lst = ""
    return (
        placeholder(
            2,
            "Title Placeholder 1",
            '<p:ph type="title"/>',
            TITLE_BOX,
            anchor="b",
            lst=title_lst,
            text="Click to edit the title",
        )
        + placeholder(
            3,
            "Text Placeholder 2",
            '<p:ph type="body" idx="1"/>',
            BODY_BOX,
            lst=body_lst,
            text="Click to edit the text",
        )
        + footers(4, "tx1", positioned=True)
        + rectangle(7, "Title rule", (0.6, 1.36, 12.133, 0.03), COLOURS["dk2"])
        + rectangle(8, "Footer rule", (0.6, 6.88, 12.133, 0.01), "8497AD")
    )


def text_styles() -> str:
    title = (
        '<p:titleStyle><a:lvl1pPr algn="l"><a:lnSpc><a:spcPct val="100000"/></a:lnSpc>'
        '<a:spcBef><a:spcPct val="0"/></a:spcBef><a:buNone/>'
        f'<a:defRPr sz="2800" b="1" kern="1200">{colour_fill("tx2")}'
        '<a:latin typeface="+mj-lt"/><a:ea typeface="+mj-ea"/><a:cs typeface="+mj-cs"/>'
        "</a:defRPr></a:lvl1pPr></p:titleStyle>"
    )
    sizes = (20, 18, 16, 16, 16, 14, 14, 14, 14)
    body = "".join(level(n + 1, size, bullet=True, margin=0.3 * n) for n, size in enumerate(sizes))
    other = "".join(level(n + 1, 18) for n in range(9))
    return (
        f"<p:txStyles {NS}>{title}<p:bodyStyle>{body}</p:bodyStyle>"
        f"<p:otherStyle>{other}</p:otherStyle></p:txStyles>"
    )


def plain_lst(size: int, colour: str, *, bold: bool = False) -> str:
    return level(1, size, colour=colour, bold=bold)


def main() -> None:
    presentation = Presentation()
    presentation.slide_width = Emu(12192000)  # 13.333 in: 16:9
    presentation.slide_height = Emu(emu(HEIGHT))
    master = presentation.slide_masters[0]
    keep = {"Title Slide", "Title and Content", "Section Header", "Title Only"}
    for layout in list(master.slide_layouts):
        if layout.name not in keep:
            master.slide_layouts.remove(layout)

    # master: placeholders, decoration and text styles
    m = master._element
    replace_tree(m, master_xml())
    p = "{http://schemas.openxmlformats.org/presentationml/2006/main}"
    m.remove(m.find(p + "txStyles"))
    m.append(parse_xml(text_styles()))
    ext = m.find(p + "cSld").find(p + "extLst")
    if ext is not None:
        ext.getparent().remove(ext)

    for layout in master.slide_layouts:
        element = layout._element
        ext = element.find(p + "cSld").find(p + "extLst")
        if ext is not None:
            ext.getparent().remove(ext)
        if layout.name == "Title Slide":
            element.set("showMasterSp", "0")
            content = (
                rectangle(2, "Side bar", (0.0, 0.0, 0.35, HEIGHT), COLOURS["dk2"])
                + placeholder(
                    3,
                    "Title 1",
                    '<p:ph type="ctrTitle"/>',
                    (1.0, 1.4, 11.5, 2.0),
                    anchor="b",
                    lst=plain_lst(36, "tx2", bold=True),
                )
                + placeholder(
                    4,
                    "Subtitle 2",
                    '<p:ph type="subTitle" idx="1"/>',
                    (1.0, 3.6, 11.5, 2.9),
                    lst=plain_lst(20, "tx1"),
                )
                + rectangle(5, "Title rule", (1.08, 3.5, 2.5, 0.05), COLOURS["accent2"])
                + footers(6, "tx1", positioned=False)
            )
            replace_tree(element, content, "Title Slide")
        elif layout.name == "Section Header":
            element.set("showMasterSp", "0")
            content = (
                placeholder(
                    2,
                    "Title 1",
                    '<p:ph type="title"/>',
                    (1.0, 2.0, 11.5, 1.9),
                    anchor="b",
                    lst=plain_lst(36, "bg1", bold=True),
                )
                + placeholder(
                    3,
                    "Text Placeholder 2",
                    '<p:ph type="body" idx="1"/>',
                    (1.0, 4.05, 11.5, 1.8),
                    lst=plain_lst(22, "bg1"),
                )
                + rectangle(4, "Title rule", (1.08, 3.95, 2.5, 0.05), "FFFFFF")
                + footers(5, "bg1", positioned=False)
            )
            replace_tree(element, content, "Section Header", background="tx2")
        elif layout.name == "Title and Content":
            content = (
                placeholder(2, "Title 1", '<p:ph type="title"/>', None)
                + placeholder(3, "Content Placeholder 2", '<p:ph idx="1"/>', None)
                + footers(4, "tx1", positioned=False)
            )
            replace_tree(element, content, "Title and Content")
        else:
            content = placeholder(2, "Title 1", '<p:ph type="title"/>', None) + footers(
                3, "tx1", positioned=False
            )
            replace_tree(element, content, "Title Only")

    # theme: colours and fonts
    theme = master.part.part_related_by(RT.THEME)
    xml = theme.blob.decode("utf-8")
    for name, value in COLOURS.items():
        xml = re.sub(
            rf"<a:{name}>.*?</a:{name}>", f'<a:{name}><a:srgbClr val="{value}"/></a:{name}>', xml
        )
    xml = re.sub(r'(<a:(?:major|minor)Font><a:latin typeface=")[^"]*"', rf'\g<1>{FONT}"', xml)
    xml = xml.replace('name="Office Theme"', 'name="councilkit"')
    theme._blob = xml.encode("utf-8")

    # presentation defaults: Canadian English, 16:9
    pres = presentation.part._element
    for rpr in pres.iter("{http://schemas.openxmlformats.org/drawingml/2006/main}defRPr"):
        if rpr.get("lang"):
            rpr.set("lang", "en-CA")
    size = pres.find(p + "sldSz")
    size.attrib.pop("type", None)

    props = presentation.core_properties
    props.title = "councilkit default deck layout"
    props.author = "councilkit"
    props.last_modified_by = "councilkit"
    props.subject = "Template of briefing decks"
    props.revision = 1
    props.language = "en-CA"
    fixed = datetime.datetime(2016, 9, 14)
    props.created = props.modified = props.last_printed = fixed
    buffer = io.BytesIO()
    presentation.save(buffer)
    OUT.write_bytes(normalize_ooxml(buffer.getvalue(), fixed.replace(tzinfo=datetime.UTC)))
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
