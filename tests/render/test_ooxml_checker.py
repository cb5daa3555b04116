"""The OOXML checker run after every test (tests/support/ooxml.py) finds what Word refuses:
each case is a tiny package broken in one way, next to its mended neighbour that passes."""

from __future__ import annotations

import io
import re
from pathlib import Path

import docx
import pptx
import pytest
from lxml import etree
from ooxml import package_problems
from ooxml_schemas import SCHEMAS, OfflineResolver, schema
from packages import PNG, part, rewrite

pytestmark = pytest.mark.invalid_ooxml  # the broken packages here are the point


@pytest.fixture
def word(tmp_path: Path) -> Path:
    """python-docx's empty document, which Word opens."""
    path = tmp_path / "empty.docx"
    docx.Document().save(str(path))
    return path


def with_body(word: Path, fragment: str, target: Path) -> Path:
    """``word`` with ``fragment`` inserted at the start of its body."""
    document = part(word, "word/document.xml").replace("<w:body>", "<w:body>" + fragment, 1)
    return rewrite(word, target, {"word/document.xml": document})


def test_python_docx_and_python_pptx_defaults_pass(word: Path, tmp_path: Path) -> None:
    deck = pptx.Presentation()
    for layout in deck.slide_layouts:
        deck.slides.add_slide(layout)
    deck.save(str(tmp_path / "deck.pptx"))
    assert package_problems(word) == []
    assert package_problems(tmp_path / "deck.pptx") == []


def test_contextual_spacing_before_spacing_is_a_schema_error(word: Path, tmp_path: Path) -> None:
    wrong = "<w:p><w:pPr><w:contextualSpacing/><w:spacing w:after='0'/></w:pPr></w:p>"
    right = "<w:p><w:pPr><w:spacing w:after='0'/><w:contextualSpacing/></w:pPr></w:p>"
    problems = package_problems(with_body(word, wrong, tmp_path / "wrong.docx"))
    assert problems == [
        "word/document.xml:2: /w:document/w:body/w:p/w:pPr/w:spacing: Element 'w:spacing': "
        "This element is not expected. Expected is one of ( w:mirrorIndents, w:suppressOverlap,"
        " w:jc, w:textDirection, w:textAlignment, w:textboxTightWrap, w:outlineLvl, w:divId,"
        " w:cnfStyle, w:rPr )."
    ]
    assert package_problems(with_body(word, right, tmp_path / "right.docx")) == []


def cell_table(cell: str) -> str:
    return (
        "<w:tbl><w:tblPr/><w:tblGrid><w:gridCol w:w='2000'/></w:tblGrid>"
        f"<w:tr><w:tc><w:tcPr><w:tcW w:w='2000' w:type='dxa'/></w:tcPr>{cell}</w:tc></w:tr>"
        "</w:tbl><w:p/>"
    )


def test_a_cell_ending_with_a_table_needs_a_closing_paragraph(word: Path, tmp_path: Path) -> None:
    nested = cell_table("<w:p/>").removesuffix("<w:p/>")
    broken = with_body(word, cell_table(nested), tmp_path / "nested.docx")
    assert package_problems(broken) == [
        "word/document.xml:2: /w:document/w:body/w:tbl/w:tr/w:tc: w:tc ends with w:tbl;"
        " Word needs a w:p as the last element of every table cell"
    ]
    mended = with_body(word, cell_table(nested + "<w:p/>"), tmp_path / "mended.docx")
    assert package_problems(mended) == []


@pytest.mark.parametrize("name", ["word/document.xml", "WORD/Document.xml"])
def test_a_duplicate_zip_entry_is_found_whatever_its_case(
    word: Path, tmp_path: Path, name: str
) -> None:
    copy = rewrite(word, tmp_path / "twice.docx", add=[(name, part(word, "word/document.xml"))])
    problems = package_problems(copy)
    assert "word/document.xml: duplicate zip entry (2 entries with this name)" in problems


def test_a_part_without_content_type_is_named(word: Path, tmp_path: Path) -> None:
    copy = rewrite(word, tmp_path / "extra.docx", add=[("word/media/extra.bin", b"x")])
    assert package_problems(copy) == [
        "word/media/extra.bin: no content type (add a Default for extension 'bin'"
        " or an Override for '/word/media/extra.bin' in [Content_Types].xml)"
    ]
    types = part(word, "[Content_Types].xml").replace(
        "<Default ", '<Default Extension="BIN" ContentType="application/octet-stream"/><Default ', 1
    )
    mended = rewrite(
        word,
        tmp_path / "typed.docx",
        {"[Content_Types].xml": types},
        [("word/media/extra.bin", b"x")],
    )
    assert package_problems(mended) == []


def test_a_relationship_to_a_missing_part_is_named(word: Path, tmp_path: Path) -> None:
    rels = part(word, "word/_rels/document.xml.rels")
    dangling = rels.replace(
        "</Relationships>",
        '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/image" Target="media/missing.png"/></Relationships>',
    )
    problems = package_problems(
        rewrite(word, tmp_path / "dangling.docx", {"word/_rels/document.xml.rels": dangling})
    )
    assert problems == [
        "word/_rels/document.xml.rels:2: relationship 'rId99' targets 'word/media/missing.png',"
        " which is not in the package"
    ]
    external = dangling.replace(
        'Target="media/missing.png"', 'Target="x.png" TargetMode="External"'
    )
    mended = rewrite(word, tmp_path / "external.docx", {"word/_rels/document.xml.rels": external})
    assert package_problems(mended) == []


def test_duplicate_relationship_ids_and_unknown_references_are_found(
    word: Path, tmp_path: Path
) -> None:
    rels = part(word, "word/_rels/document.xml.rels")
    first = re.search(r'<Relationship Id="(\w+)"[^>]*/>', rels)
    assert first is not None
    twice = rels.replace("</Relationships>", first.group(0) + "</Relationships>")
    document = part(word, "word/document.xml").replace(
        "<w:body>",
        "<w:body><w:p><w:r><w:footnoteReference w:id='1'/></w:r></w:p>"
        '<w:p><w:hyperlink r:id="rId77"/></w:p>',
    )
    problems = package_problems(
        rewrite(
            word,
            tmp_path / "ids.docx",
            {"word/_rels/document.xml.rels": twice, "word/document.xml": document},
        )
    )
    assert problems == [
        'word/document.xml:2: /w:document/w:body/w:p[2]/w:hyperlink: r:id="rId77" names no'
        " relationship in word/_rels/document.xml.rels",
        f"word/_rels/document.xml.rels:2: /*/*[{rels.count('<Relationship ') + 1}]: Element"
        f" 'rel:Relationship', attribute 'Id': '{first.group(1)}' is not a valid value of the"
        " atomic type 'xs:ID'.",
    ]


def test_a_drawing_id_used_twice_in_one_document_is_found(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_picture(io.BytesIO(PNG))
    document.add_picture(io.BytesIO(PNG))
    document.save(str(tmp_path / "two.docx"))
    assert package_problems(tmp_path / "two.docx") == []
    body = part(tmp_path / "two.docx", "word/document.xml").replace('id="2"', 'id="1"')
    same = rewrite(tmp_path / "two.docx", tmp_path / "same.docx", {"word/document.xml": body})
    assert package_problems(same) == [
        "word/document.xml:2: /w:document/w:body/w:p[2]/w:r/w:drawing/wp:inline/wp:docPr:"
        " duplicate wp:docPr id '1' (first at word/document.xml:2:"
        " /w:document/w:body/w:p[1]/w:r/w:drawing/wp:inline/wp:docPr)"
    ]


def test_a_header_picture_numbered_like_a_body_picture_is_found(tmp_path: Path) -> None:
    """python-docx numbers drawings per part, so a header logo and a body picture collide."""
    document = docx.Document()
    document.add_picture(io.BytesIO(PNG))
    document.sections[0].header.paragraphs[0].add_run().add_picture(io.BytesIO(PNG))
    document.save(str(tmp_path / "logo.docx"))
    assert package_problems(tmp_path / "logo.docx") == [
        "word/header1.xml:2: /w:hdr/w:p/w:r/w:drawing/wp:inline/wp:docPr:"
        " duplicate wp:docPr id '1' (first at word/document.xml:2:"
        " /w:document/w:body/w:p/w:r/w:drawing/wp:inline/wp:docPr)"
    ]


def test_duplicate_bookmark_ids_are_found(word: Path, tmp_path: Path) -> None:
    marks = (
        "<w:p><w:bookmarkStart w:id='0' w:name='a'/><w:bookmarkEnd w:id='0'/>"
        "<w:bookmarkStart w:id='{}' w:name='b'/><w:bookmarkEnd w:id='{}'/></w:p>"
    )
    problems = package_problems(with_body(word, marks.format(0, 0), tmp_path / "dup.docx"))
    assert problems == [
        "word/document.xml:2: /w:document/w:body/w:p/w:bookmarkStart[2]:"
        " duplicate w:bookmarkStart id '0' (first at word/document.xml:2:"
        " /w:document/w:body/w:p/w:bookmarkStart[1])"
    ]
    assert package_problems(with_body(word, marks.format(1, 1), tmp_path / "ok.docx")) == []


def test_a_shape_id_used_twice_in_a_slide_is_found(tmp_path: Path) -> None:
    deck = pptx.Presentation()
    slide = deck.slides.add_slide(deck.slide_layouts[6])
    for left in (0, 2_000_000):
        slide.shapes.add_textbox(left, 0, 1_000_000, 500_000)
    deck.save(str(tmp_path / "deck.pptx"))
    assert package_problems(tmp_path / "deck.pptx") == []
    xml = part(tmp_path / "deck.pptx", "ppt/slides/slide1.xml").replace('id="3"', 'id="2"')
    same = rewrite(tmp_path / "deck.pptx", tmp_path / "same.pptx", {"ppt/slides/slide1.xml": xml})
    assert package_problems(same) == [
        "ppt/slides/slide1.xml:2: /p:sld/p:cSld/p:spTree/p:sp[2]/p:nvSpPr/p:cNvPr:"
        " duplicate p:cNvPr id '2' (first at ppt/slides/slide1.xml:2:"
        " /p:sld/p:cSld/p:spTree/p:sp[1]/p:nvSpPr/p:cNvPr)"
    ]


def test_a_slide_element_out_of_order_is_a_schema_error(tmp_path: Path) -> None:
    deck = pptx.Presentation()
    deck.slides.add_slide(deck.slide_layouts[6])
    deck.save(str(tmp_path / "deck.pptx"))
    xml = part(tmp_path / "deck.pptx", "ppt/slides/slide1.xml")
    moved = xml.replace("<p:cSld>", "<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr><p:cSld>")
    problems = package_problems(
        rewrite(tmp_path / "deck.pptx", tmp_path / "moved.pptx", {"ppt/slides/slide1.xml": moved})
    )
    assert len(problems) == 1
    assert problems == [
        "ppt/slides/slide1.xml:2: /p:sld/p:clrMapOvr[1]: Element 'p:clrMapOvr':"
        " This element is not expected. Expected is ( p:cSld )."
    ]


def alternate(fallback: str) -> str:
    """A run Word 2010 writes: a choice needing the wps namespace, and a fallback."""
    return (
        '<w:p xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><wps:unknown/></mc:Choice>'
        f"<mc:Fallback>{fallback}</mc:Fallback></mc:AlternateContent></w:r></w:p>"
    )


def test_alternate_content_is_read_through_its_fallback(word: Path, tmp_path: Path) -> None:
    kept = alternate("<w:t>picture</w:t>")
    assert package_problems(with_body(word, kept, tmp_path / "fallback.docx")) == []
    bad = alternate("<w:bogus/>")
    problems = package_problems(with_body(word, bad, tmp_path / "bad.docx"))
    assert len(problems) == 1
    assert "/w:document/w:body/w:p/w:r/w:bogus: Element 'w:bogus'" in problems[0]


def test_ignorable_namespaces_are_dropped_only_when_declared(word: Path, tmp_path: Path) -> None:
    paragraph = '<w:p w14:paraId="1A2B3C4D"><w:r><w:t>x</w:t></w:r></w:p>'
    assert package_problems(with_body(word, paragraph, tmp_path / "w14.docx")) == []
    document = part(word, "word/document.xml").replace(' mc:Ignorable="w14 wp14"', "")
    undeclared = document.replace("<w:body>", "<w:body>" + paragraph)
    problems = package_problems(
        rewrite(word, tmp_path / "strict.docx", {"word/document.xml": undeclared})
    )
    assert len(problems) == 1
    assert "w14:paraId" not in problems[0]  # lxml names the attribute by its namespace
    assert "The attribute" in problems[0] and "paraId" in problems[0]


def test_word_zoom_without_percent_is_the_known_erratum(word: Path, tmp_path: Path) -> None:
    settings = re.sub(
        r"<w:zoom [^>]*/>", '<w:zoom w:val="bestFit"/>', part(word, "word/settings.xml")
    )
    assert '<w:zoom w:val="bestFit"/>' in settings
    copy = rewrite(word, tmp_path / "zoom.docx", {"word/settings.xml": settings})
    assert package_problems(copy) == []


def test_not_a_zip_is_one_problem(tmp_path: Path) -> None:
    (tmp_path / "text.docx").write_text("not a package", encoding="utf-8")
    assert package_problems(tmp_path / "text.docx") == [
        "text.docx: not a zip package: File is not a zip file"
    ]


def test_every_schema_import_names_a_vendored_file() -> None:
    xsd = "{http://www.w3.org/2001/XMLSchema}"
    imports = 0
    for path in SCHEMAS.rglob("*.xsd"):
        for element in etree.parse(str(path)).iter(f"{xsd}import", f"{xsd}include"):
            location = element.get("schemaLocation")
            if location is not None:
                imports += 1
                assert (path.parent / location).is_file(), f"{path}: {location}"
    assert imports > 50
    assert (SCHEMAS / "README.md").is_file()


def test_schemas_compile_and_an_import_from_the_web_is_refused(tmp_path: Path) -> None:
    assert schema("iso-a/wml.xsd") is schema("iso-a/wml.xsd")  # compiled once
    remote = tmp_path / "remote.xsd"
    remote.write_text(
        '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">'
        '<xs:import namespace="urn:x" schemaLocation="http://example.org/x.xsd"/></xs:schema>',
        encoding="utf-8",
    )
    parser = etree.XMLParser(no_network=True)
    parser.resolvers.add(OfflineResolver())
    with pytest.raises(etree.XMLSchemaParseError):
        etree.XMLSchema(etree.parse(str(remote), parser))
