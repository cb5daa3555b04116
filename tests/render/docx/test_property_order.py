"""Each property writer's order is the order of the schema's sequence (wml.xsd)."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest
from lxml import etree

from councilkit.render.docx._wml import properties
from councilkit.render.docx.section_properties import SECTION_ORDER

WML = Path(__file__).resolve().parents[2] / "schemas" / "ooxml" / "iso-a" / "wml.xsd"
XS = "{http://www.w3.org/2001/XMLSchema}"


def sequence(name: str) -> list[str]:
    """The element names of complex type or group ``name`` in document order, following
    group references and extension bases."""
    schema = _schema()
    found: list[str] = []

    def walk(node: etree._Element) -> None:
        for child in node:
            if child.tag == f"{XS}element" and child.get("name"):
                found.append(child.get("name"))
            elif child.tag == f"{XS}group" and child.get("ref"):
                walk(definition(child.get("ref")))
            elif child.tag == f"{XS}extension":
                walk(definition(child.get("base")))
                walk(child)
            elif isinstance(child.tag, str):
                walk(child)

    def definition(ref: str) -> etree._Element:
        for tag in ("complexType", "group"):
            node = schema.find(f"{XS}{tag}[@name='{ref}']")
            if node is not None:
                return node
        raise KeyError(ref)

    walk(definition(name))
    return found


@functools.cache
def _schema() -> etree._Element:
    return etree.parse(str(WML)).getroot()


def is_in_order(names: tuple[str, ...], schema: list[str]) -> bool:
    positions = [schema.index(name) for name in names]
    return positions == sorted(positions)


@pytest.mark.parametrize(
    ("order", "complex_type"),
    [
        (properties.PARAGRAPH_ORDER, "CT_PPr"),
        (properties.RUN_ORDER, "CT_RPr"),
        (properties.TABLE_ORDER, "CT_TblPr"),
        (properties.ROW_ORDER, "CT_TrPr"),
        (properties.CELL_ORDER, "CT_TcPr"),
        (SECTION_ORDER, "CT_SectPr"),
    ],
)
def test_writers_follow_the_schema_sequence(order: tuple[str, ...], complex_type: str) -> None:
    schema = sequence(complex_type)
    assert set(order) <= set(schema), set(order) - set(schema)
    assert is_in_order(order, schema)


def test_the_writers_write_in_their_declared_order() -> None:
    markup = properties.paragraph_properties(
        "Body", page_break=True, numbering=(3, 1), section="<w:sectPr/>"
    )
    assert markup == (
        '<w:pPr><w:pStyle w:val="Body"/><w:pageBreakBefore/>'
        '<w:numPr><w:ilvl w:val="1"/><w:numId w:val="3"/></w:numPr><w:sectPr/></w:pPr>'
    )
    assert properties.run_properties(
        style_id="Hyperlink", bold=True, italic=True, lang="fr-CA"
    ) == (
        '<w:rPr><w:rStyle w:val="Hyperlink"/><w:b/><w:bCs/><w:i/><w:iCs/>'
        '<w:lang w:val="fr-CA"/></w:rPr>'
    )
    assert properties.row_properties(header=True, min_height=900) == (
        '<w:trPr><w:cantSplit/><w:trHeight w:val="900" w:hRule="atLeast"/><w:tblHeader/></w:trPr>'
    )
    assert properties.paragraph_properties(None) == ""
    assert properties.run_properties() == ""
