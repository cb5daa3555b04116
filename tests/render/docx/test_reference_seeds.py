"""What a document written on a reference must not reuse (its part names, relationship ids,
drawing and bookmark ids), how the reference's XML is made ready to take content (usual
prefixes, schema order), and how a missing style is copied from councilkit's own."""

from __future__ import annotations

import base64
import io
import zipfile
import zlib

import docx
from lxml import etree

from councilkit.render.docx.canvas import Canvas
from councilkit.render.docx.layout import StyleNames
from councilkit.render.docx.namespaces import normalized
from councilkit.render.docx.reference import read_reference
from councilkit.render.docx.schema_order import NUMBERING, SECTION, insert_in_order
from councilkit.render.docx.style_supply import StyleSource, default_reference_path, supply_styles

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAAEElEQVR4nGP4z8DAwMDwHwAF/gL+YR3TnwAAAABJRU5ErkJggg=="
)


def with_header_logo() -> bytes:
    """python-docx's template with a logo in its header and a bookmark numbered 41."""
    document = docx.Document()
    header = document.sections[0].header
    header.is_linked_to_previous = False
    run = header.paragraphs[0].add_run()
    run.add_picture(io.BytesIO(PNG))
    bookmark = f'<w:bookmarkStart xmlns:w="{W}" w:id="41" w:name="logo"/>'
    run._r.addprevious(etree.fromstring(bookmark))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_seeds_list_every_name_and_the_largest_ids_of_the_reference() -> None:
    reference = read_reference(with_header_logo())
    seeds = reference.seeds
    with zipfile.ZipFile(io.BytesIO(with_header_logo())) as archive:
        assert set(archive.namelist()) <= seeds.part_names
    assert {"word/media/image1.png", "word/header1.xml", "customXml/item1.xml"} <= (
        seeds.part_names
    )
    assert seeds.max_drawing_id == 1  # the logo's wp:docPr
    assert seeds.max_bookmark_id == 41
    assert seeds.max_num_id == 9 and reference.next_num_id == 10
    assert seeds.max_abstract_num_id == 8
    assert "rId1" in seeds.relationship_ids and len(seeds.relationship_ids) > 5
    assert seeds.free_part_name("word/media", "image", "png") == "word/media/image2.png"
    assert seeds.free_part_name("word/media", "image", "png", "word/media/IMAGE2.PNG") == (
        "word/media/image3.png"
    )
    assert seeds.free_relationship_id() not in seeds.relationship_ids
    assert seeds.free_relationship_id("rId99") == f"rId{len(seeds.relationship_ids) + 1}"


def test_the_canvas_numbers_pictures_and_drawings_after_the_reference_s() -> None:
    reference = read_reference(with_header_logo())
    canvas = Canvas(reference, StyleNames(), "en-CA")
    rid = canvas.image(PNG, "png", "image/png")
    assert rid not in reference.seeds.relationship_ids
    assert [added.part for added in canvas.added] == ["word/media/image2.png"]
    assert canvas.relationships[0].target == "media/image2.png"
    assert canvas.image(PNG, "png", "image/png") == rid  # one part per picture
    assert canvas.image(PNG + b"other", "png", "image/png") != rid
    assert [added.part for added in canvas.added][-1] == "word/media/image3.png"
    assert canvas.ids.drawing() == 2


def test_a_part_with_other_prefixes_gets_the_usual_ones_keeping_every_namespace() -> None:
    part = (
        f'<ns0:hdr xmlns:ns0="{W}" xmlns:x14="{W14}" xmlns:mc="{MC}" xmlns:q="urn:q" '
        f'mc:Ignorable="x14 q"><!-- kept --><ns0:p><ns0:r><ns0:t xml:space="preserve"> a </ns0:t>'
        f'</ns0:r></ns0:p><x14:extra/><mc:AlternateContent><mc:Choice Requires="x14">'
        f"<ns0:p/></mc:Choice></mc:AlternateContent></ns0:hdr>"
    )
    root = normalized(etree.fromstring(part))
    text = etree.tostring(root).decode()
    assert text.startswith("<w:hdr ")
    assert root.nsmap["w"] == W and root.nsmap["w14"] == W14 and root.nsmap["q"] == "urn:q"
    assert root.nsmap["r"] == "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    assert root.get(f"{{{MC}}}Ignorable") == "w14 q"
    assert '<mc:Choice Requires="w14">' in text
    assert '<!-- kept --><w:p><w:r><w:t xml:space="preserve"> a </w:t></w:r></w:p><w14:extra/>' in (
        text
    )
    assert "ns0" not in text and "x14" not in text


def test_a_default_namespace_and_prefixes_declared_deep_inside_are_moved_to_the_root() -> None:
    wp = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
    part = f'<ftr xmlns="{W}"><p><r><drawing><wp:inline xmlns:wp="{wp}"/></drawing></r></p></ftr>'
    root = normalized(etree.fromstring(part))
    assert (
        etree.tostring(root)
        .decode()
        .endswith("><w:p><w:r><w:drawing><wp:inline/></w:drawing></w:r></w:p></w:ftr>")
    )
    usual = etree.fromstring(etree.tostring(root))
    assert normalized(usual) is usual  # nothing to change: the same element


def children(parent: etree._Element) -> list[str]:
    return [etree.QName(child).localname for child in parent]


def test_new_children_go_where_the_schema_orders_them() -> None:
    numbering = etree.fromstring(
        f'<w:numbering xmlns:w="{W}"><w:abstractNum/><w:num/><w:numIdMacAtCleanup/></w:numbering>'
    )
    insert_in_order(numbering, etree.Element(f"{{{W}}}num"), NUMBERING)
    insert_in_order(numbering, etree.Element(f"{{{W}}}abstractNum"), NUMBERING)
    assert children(numbering) == ["abstractNum", "abstractNum", "num", "num", "numIdMacAtCleanup"]
    section = etree.fromstring(
        f'<w:sectPr xmlns:w="{W}"><w:headerReference/><w:pgSz/><w:pgMar/></w:sectPr>'
    )
    insert_in_order(section, etree.Element(f"{{{W}}}footerReference"), SECTION)
    insert_in_order(section, etree.Element(f"{{{W}}}titlePg"), SECTION)
    assert children(section) == ["headerReference", "footerReference", "pgSz", "pgMar", "titlePg"]
    extended = etree.fromstring(
        f'<w:numbering xmlns:w="{W}"><w14:x xmlns:w14="{W14}"/></w:numbering>'
    )
    insert_in_order(extended, etree.Element(f"{{{W}}}num"), NUMBERING)
    assert children(extended) == ["num", "x"]  # Word's extensions come last


def styles_without(*names: str) -> etree._Element:
    """The default reference's styles part without the styles ``names``."""
    source = StyleSource.read(default_reference_path())
    styles = etree.fromstring(etree.tostring(source.styles))
    for style in list(styles.iterchildren(f"{{{W}}}style")):
        if style.find(f"{{{W}}}name").get(f"{{{W}}}val") in names:
            styles.remove(style)
    return styles


def by_name(styles: etree._Element, name: str) -> etree._Element:
    found = styles.xpath("w:style[w:name/@w:val=$name]", namespaces={"w": W}, name=name)
    assert len(found) == 1, name
    return found[0]


def test_a_list_style_is_supplied_with_its_numbering_in_a_new_numbering_part() -> None:
    styles = styles_without("List Number", "Normal")
    supplied, numbering = supply_styles(
        styles, None, ["List Number"], StyleSource.read(default_reference_path())
    )
    assert supplied == ("List Number", "Normal")  # and the style it is based on
    assert numbering is not None
    assert children(numbering) == ["abstractNum", "num"]
    style = by_name(styles, "List Number")
    assert style.find(f"{{{W}}}pPr/{{{W}}}numPr/{{{W}}}numId").get(f"{{{W}}}val") == "1"
    assert numbering.find(f"{{{W}}}num/{{{W}}}abstractNumId").get(f"{{{W}}}val") == "0"
    assert style.find(f"{{{W}}}basedOn").get(f"{{{W}}}val") == "Normal"


def test_a_supplied_style_gets_a_free_id_and_drops_links_to_styles_the_reference_lacks() -> None:
    styles = styles_without("Title", "Subtitle")
    clash = by_name(styles, "Title Note")
    clash.set(f"{{{W}}}styleId", "Title")  # another style holds the id "Title"
    supplied, numbering = supply_styles(
        styles, None, ["Title", "heading 1"], StyleSource.read(default_reference_path())
    )
    assert supplied == ("Title",) and numbering is None
    title = by_name(styles, "Title")
    assert title.get(f"{{{W}}}styleId") == "Title1"
    assert title.find(f"{{{W}}}next") is None  # Subtitle is not in the reference
    assert children(styles)[-1] == "style"


def test_a_reference_lacking_styles_has_them_in_every_part_it_writes() -> None:
    out = io.BytesIO()
    docx.Document().save(out)
    wanted = ["GC Table", "Hyperlink", "Security Marking"]
    reference = read_reference(out.getvalue(), supply=wanted)
    assert reference.supplied == ("GC Table", "Hyperlink", "Security Marking")
    assert {"gc table", "hyperlink", "security marking"} <= set(reference.styles)
    styles_part = reference.language_parts("fr-CA")["word/styles.xml"]
    data = zlib.decompress(styles_part.stream, -15)
    assert b'w:styleId="GCTable"' in data and b'w:styleId="SecurityMarking"' in data
    assert b'<w:lang w:val="fr-CA"' in data


def test_language_settings_go_where_the_schema_orders_them_before_word_s_extensions() -> None:
    settings = (
        f'<w:settings xmlns:w="{W}" xmlns:w14="{W14}" xmlns:mc="{MC}" mc:Ignorable="w14">'
        '<w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/><w14:docId w14:val="1"/>'
        "</w:settings>"
    )
    out = io.BytesIO()
    docx.Document().save(out)
    with zipfile.ZipFile(io.BytesIO(out.getvalue())) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    parts["word/settings.xml"] = settings.encode()
    changed = io.BytesIO()
    with zipfile.ZipFile(changed, "w") as target:
        for name, data in parts.items():
            target.writestr(name, data)
    reference = read_reference(changed.getvalue())
    written = zlib.decompress(reference.language_parts("en-CA")["word/settings.xml"].stream, -15)
    assert children(etree.fromstring(written)) == [
        "zoom", "defaultTabStop", "updateFields", "themeFontLang", "docId"
    ]  # fmt: skip
