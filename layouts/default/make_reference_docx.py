"""Writes ``reference.docx``, the default layout's Word styles, from scratch and reproducibly.

Run it from anywhere: ``python layouts/default/make_reference_docx.py``. The file it writes
depends only on this script (fixed zip times, no dates, no revision ids), so regenerating it
gives the same bytes and a review sees only real changes.

The look is that of a Government of Canada document: US Letter, 1-inch margins, Arial (Liberation
Sans is its metric-compatible stand-in where Arial is missing), headings in GC dark blue
(#26374A, contrast 11.9:1 on white), left-aligned text, list styles tied to numbering
definitions, and a table style whose header row is shaded.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
TARGET = HERE / "reference.docx"

FONT = "Arial"
BLUE = "26374A"  # GC dark blue: 11.9:1 on white
TEXT = "333333"  # body grey-black: 12.6:1 on white
RED = "A8201A"  # draft banner: 6.8:1 on white
LINK = "284162"  # canada.ca link colour: 11.4:1 on white
RULE = "7D828B"  # table borders (non-text, 3.9:1)
TEXT_WIDTH = 9360  # 6.5 inches in twentieths of a point

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def content_types() -> str:
    ct = "application/vnd.openxmlformats-officedocument.wordprocessingml"
    overrides = {
        "/word/document.xml": f"{ct}.document.main+xml",
        "/word/styles.xml": f"{ct}.styles+xml",
        "/word/numbering.xml": f"{ct}.numbering+xml",
        "/word/settings.xml": f"{ct}.settings+xml",
        "/word/fontTable.xml": f"{ct}.fontTable+xml",
        "/docProps/core.xml": "application/vnd.openxmlformats-package.core-properties+xml",
        "/docProps/app.xml": (
            "application/vnd.openxmlformats-officedocument.extended-properties+xml"
        ),
    }
    parts = "".join(f'<Override PartName="{k}" ContentType="{v}"/>' for k, v in overrides.items())
    return (
        DECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        f"{parts}</Types>"
    )


def package_rels() -> str:
    base = "http://schemas.openxmlformats.org"
    return (
        DECL + f'<Relationships xmlns="{PKG}">'
        f'<Relationship Id="rId1" Type="{base}/officeDocument/2006/relationships/officeDocument" '
        'Target="word/document.xml"/>'
        f'<Relationship Id="rId2" Type="{base}/package/2006/relationships/metadata/'
        'core-properties" Target="docProps/core.xml"/>'
        f'<Relationship Id="rId3" Type="{base}/officeDocument/2006/relationships/'
        'extended-properties" Target="docProps/app.xml"/>'
        "</Relationships>"
    )


def document_rels() -> str:
    base = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    targets = {"rId1": "styles", "rId2": "numbering", "rId3": "settings", "rId4": "fontTable"}
    rels = "".join(
        f'<Relationship Id="{rid}" Type="{base}/{name}" Target="{name}.xml"/>'
        for rid, name in targets.items()
    )
    return DECL + f'<Relationships xmlns="{PKG}">{rels}</Relationships>'


def core() -> str:
    return (
        DECL + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
        'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/'
        'XMLSchema-instance"><dc:title>councilkit default layout</dc:title>'
        "<dc:creator>councilkit</dc:creator><cp:lastModifiedBy>councilkit</cp:lastModifiedBy>"
        "<cp:revision>1</cp:revision></cp:coreProperties>"
    )


def app() -> str:
    return (
        DECL + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
        'extended-properties"><Application>councilkit</Application>'
        "<DocSecurity>0</DocSecurity></Properties>"
    )


def document() -> str:
    return (
        DECL + f'<w:document xmlns:w="{W}" xmlns:r="{R}"><w:body>'
        '<w:sectPr><w:pgSz w:w="12240" w:h="15840"/>'
        '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="720" '
        'w:footer="720" w:gutter="0"/><w:cols w:space="720"/></w:sectPr></w:body></w:document>'
    )


def settings() -> str:
    return (
        DECL + f'<w:settings xmlns:w="{W}"><w:zoom w:percent="100"/>'
        '<w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>'
        '<w:compat><w:compatSetting w:name="compatibilityMode" '
        'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
        '<w:themeFontLang w:val="en-CA"/><w:decimalSymbol w:val="."/>'
        '<w:listSeparator w:val=","/></w:settings>'
    )


def font_table() -> str:
    return (
        DECL + f'<w:fonts xmlns:w="{W}"><w:font w:name="{FONT}"><w:panose1 w:val='
        '"020B0604020202020204"/><w:charset w:val="00"/><w:family w:val="swiss"/>'
        '<w:pitch w:val="variable"/></w:font><w:font w:name="Symbol"><w:charset w:val="02"/>'
        '<w:family w:val="roman"/><w:pitch w:val="variable"/></w:font></w:fonts>'
    )


# -- styles -----------------------------------------------------------------------------


def rpr(
    *,
    size: float | None = None,
    bold: bool = False,
    italic: bool = False,
    color: str | None = None,
    caps: bool = False,
    underline: bool = False,
) -> str:
    out = ""
    if bold:
        out += "<w:b/><w:bCs/>"
    if italic:
        out += "<w:i/><w:iCs/>"
    if caps:
        out += "<w:caps/>"
    if color:
        out += f'<w:color w:val="{color}"/>'
    if size:
        half = round(size * 2)
        out += f'<w:sz w:val="{half}"/><w:szCs w:val="{half}"/>'
    if underline:
        out += '<w:u w:val="single"/>'
    return f"<w:rPr>{out}</w:rPr>" if out else ""


def spacing(before: int = 0, after: int = 0, line: int | None = None) -> str:
    line_attr = f' w:line="{line}" w:lineRule="auto"' if line else ""
    return f'<w:spacing w:before="{before}" w:after="{after}"{line_attr}/>'


def paragraph_style(
    style_id: str,
    name: str,
    *,
    based_on: str | None = "Normal",
    next_style: str | None = None,
    ppr: str = "",
    run: str = "",
    default: bool = False,
    ui_priority: int | None = None,
    hidden: bool = False,
) -> str:
    attrs = ' w:default="1"' if default else ""
    out = f'<w:style w:type="paragraph"{attrs} w:styleId="{style_id}"><w:name w:val="{name}"/>'
    if based_on:
        out += f'<w:basedOn w:val="{based_on}"/>'
    if next_style:
        out += f'<w:next w:val="{next_style}"/>'
    if ui_priority is not None:
        out += f'<w:uiPriority w:val="{ui_priority}"/>'
    if hidden:
        out += "<w:semiHidden/><w:unhideWhenUsed/>"
    out += "<w:qFormat/>"
    if ppr:
        out += f"<w:pPr>{ppr}</w:pPr>"
    return out + run + "</w:style>"


def heading(level: int, size: float, color: str, before: int, after: int) -> str:
    ppr = (
        "<w:keepNext/><w:keepLines/>"
        + spacing(before, after)
        + f'<w:outlineLvl w:val="{level - 1}"/>'
    )
    return paragraph_style(
        f"Heading{level}",
        f"heading {level}",
        next_style="Normal",
        ppr=ppr,
        run=rpr(size=size, bold=True, color=color),
        ui_priority=9,
    )


def table_style() -> str:
    border = f'w:val="single" w:sz="4" w:space="0" w:color="{RULE}"'
    borders = "".join(
        f"<w:{side} {border}/>" for side in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    return (
        '<w:style w:type="table" w:styleId="GCTable"><w:name w:val="GC Table"/>'
        '<w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/><w:qFormat/>'
        f"<w:pPr>{spacing(40, 40, 252)}</w:pPr>{rpr(size=10)}"
        f"<w:tblPr><w:tblBorders>{borders}</w:tblBorders><w:tblCellMar>"
        '<w:top w:w="40" w:type="dxa"/><w:left w:w="100" w:type="dxa"/>'
        '<w:bottom w:w="40" w:type="dxa"/><w:right w:w="100" w:type="dxa"/></w:tblCellMar>'
        "</w:tblPr>"
        '<w:tblStylePr w:type="firstRow"><w:pPr><w:keepNext/></w:pPr>'
        f"{rpr(bold=True, color='FFFFFF')}<w:tblPr/><w:trPr><w:tblHeader/></w:trPr>"
        f'<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="{BLUE}"/></w:tcPr>'
        "</w:tblStylePr></w:style>"
    )


def styles() -> str:
    defaults = (
        f'<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" '
        f'w:eastAsia="{FONT}" w:cs="{FONT}"/><w:color w:val="{TEXT}"/><w:sz w:val="22"/>'
        '<w:szCs w:val="22"/><w:lang w:val="en-CA" w:eastAsia="en-CA" w:bidi="ar-SA"/>'
        f"</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>{spacing(0, 160, 264)}</w:pPr>"
        "</w:pPrDefault></w:docDefaults>"
    )
    tab_right = f'<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="{TEXT_WIDTH}"/></w:tabs>'
    header_tabs = (
        f'<w:tabs><w:tab w:val="center" w:pos="{TEXT_WIDTH // 2}"/>'
        f'<w:tab w:val="right" w:pos="{TEXT_WIDTH}"/></w:tabs>'
    )
    title_rule = (
        f'<w:pBdr><w:bottom w:val="single" w:sz="12" w:space="6" w:color="{BLUE}"/></w:pBdr>'
    )
    items = [
        paragraph_style("Normal", "Normal", based_on=None, default=True, ui_priority=0),
        heading(1, 16, BLUE, 360, 120),
        heading(2, 13, BLUE, 240, 80),
        heading(3, 11, TEXT, 200, 60),
        paragraph_style(
            "Title",
            "Title",
            next_style="Subtitle",
            ui_priority=10,
            ppr=spacing(2880, 120, 240),
            run=rpr(size=28, bold=True, color=BLUE),
        ),
        paragraph_style(
            "Subtitle",
            "Subtitle",
            next_style="Normal",
            ui_priority=11,
            ppr=spacing(0, 720, 240),
            run=rpr(size=20, color=TEXT),
        ),
        paragraph_style(
            "TitleOrganization",
            "Title Organization",
            next_style="Title",
            ppr=title_rule + spacing(0, 0),
            run=rpr(size=13, bold=True, color=BLUE),
        ),
        paragraph_style("TitleDetails", "Title Details", ppr=spacing(0, 60), run=rpr(size=12)),
        paragraph_style("TitleNote", "Title Note", ppr=spacing(480, 0), run=rpr(italic=True)),
        paragraph_style(
            "SecurityMarking", "Security Marking", ppr=spacing(240, 60), run=rpr(bold=True)
        ),
        paragraph_style(
            "DraftBanner", "Draft Banner", based_on="Header", run=rpr(bold=True, color=RED)
        ),
        paragraph_style(
            "Header",
            "header",
            ppr=header_tabs + spacing(0, 0) + '<w:jc w:val="right"/>',
            run=rpr(size=9),
            hidden=True,
        ),
        paragraph_style(
            "Footer", "footer", ppr=header_tabs + spacing(0, 0), run=rpr(size=9), hidden=True
        ),
        paragraph_style(
            "ListBullet",
            "List Bullet",
            ppr='<w:numPr><w:numId w:val="1"/></w:numPr>'
            + spacing(0, 100)
            + "<w:contextualSpacing/>",
            hidden=True,
        ),
        paragraph_style(
            "ListNumber",
            "List Number",
            ppr='<w:numPr><w:numId w:val="2"/></w:numPr>'
            + spacing(0, 100)
            + "<w:contextualSpacing/>",
            hidden=True,
        ),
        paragraph_style(
            "Caption",
            "caption",
            next_style="Normal",
            ppr="<w:keepNext/>" + spacing(200, 80),
            run=rpr(size=10, bold=True, color=BLUE),
            hidden=True,
        ),
        paragraph_style("TableText", "Table Text", ppr=spacing(0, 40, 252), run=rpr(size=10)),
        paragraph_style(
            "TOCHeading",
            "TOC Heading",
            based_on="Heading1",
            next_style="Normal",
            ppr='<w:pageBreakBefore/><w:outlineLvl w:val="9"/>',
            hidden=True,
        ),
        paragraph_style(
            "TOC1", "toc 1", next_style="Normal", ppr=tab_right + spacing(120, 60), hidden=True
        ),
        paragraph_style(
            "TOC2",
            "toc 2",
            next_style="Normal",
            ppr=tab_right + spacing(0, 60) + '<w:ind w:left="440"/>',
            hidden=True,
        ),
        '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
        '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/>'
        "<w:unhideWhenUsed/></w:style>",
        '<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/>'
        '<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>'
        f"{rpr(color=LINK, underline=True)}</w:style>",
        '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal '
        'Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr>'
        '<w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
        '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/>'
        '<w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>',
        table_style(),
        '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/>'
        '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>',
    ]
    return DECL + f'<w:styles xmlns:w="{W}">{defaults}{"".join(items)}</w:styles>'


# -- numbering ----------------------------------------------------------------------------


def level(ilvl: int, fmt: str, text: str, *, font: str | None = None) -> str:
    left = 360 * (ilvl + 1)
    fonts = (
        f'<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:hint="default"/></w:rPr>'
        if font
        else ""
    )
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="{left}" w:hanging="360"/></w:pPr>{fonts}</w:lvl>'
    )


def numbering() -> str:
    bullets = "".join(level(i, "bullet", ("•", "–", "▪")[i % 3], font=FONT) for i in range(9))
    numbers = "".join(
        level(i, ("decimal", "lowerLetter", "lowerRoman")[i % 3], f"%{i + 1}.") for i in range(9)
    )
    return (
        DECL + f'<w:numbering xmlns:w="{W}">'
        f'<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>'
        f"{bullets}</w:abstractNum>"
        f'<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/>'
        f"{numbers}</w:abstractNum>"
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
        '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
        "</w:numbering>"
    )


PARTS = {
    "[Content_Types].xml": content_types,
    "_rels/.rels": package_rels,
    "docProps/core.xml": core,
    "docProps/app.xml": app,
    "word/document.xml": document,
    "word/_rels/document.xml.rels": document_rels,
    "word/styles.xml": styles,
    "word/numbering.xml": numbering,
    "word/settings.xml": settings,
    "word/fontTable.xml": font_table,
}


def main() -> None:
    with zipfile.ZipFile(TARGET, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, make in PARTS.items():
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o100644 << 16
            archive.writestr(info, make().encode("utf-8"))
    print(f"wrote {TARGET}")


if __name__ == "__main__":
    main()
