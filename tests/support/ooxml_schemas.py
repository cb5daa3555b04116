"""The ECMA-376 transitional schemas vendored in tests/schemas/ooxml, compiled once per process,
and the markup-compatibility preprocessing Word applies to a part before reading it."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

from lxml import etree

SCHEMAS = Path(__file__).resolve().parents[1] / "schemas" / "ooxml"

MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
P = "http://schemas.openxmlformats.org/presentationml/2006/main"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
CONTENT_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types"
PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
CORE = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
EXTENDED = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
CUSTOM = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
CHART = "http://schemas.openxmlformats.org/drawingml/2006/chart"

# The schema file for a part, by the namespace of its root element.
SCHEMA_FOR_ROOT = {
    W: "iso-a/wml.xsd",
    P: "iso-a/pml.xsd",
    A: "iso-a/dml-main.xsd",
    CHART: "iso-a/dml-chart.xsd",
    EXTENDED: "iso-a/shared-documentPropertiesExtended.xsd",
    CUSTOM: "iso-a/shared-documentPropertiesCustom.xsd",
    CONTENT_TYPES: "opc/opc-contentTypes.xsd",
    PACKAGE_RELS: "opc/opc-relationships.xsd",
    CORE: "opc/opc-coreProperties.xsd",
}

# Short names for namespaces in messages.
PREFIXES = {
    W: "w",
    P: "p",
    A: "a",
    R: "r",
    WP: "wp",
    MC: "mc",
    CHART: "c",
    CONTENT_TYPES: "ct",
    PACKAGE_RELS: "rel",
    CORE: "cp",
    EXTENDED: "ep",
    "http://schemas.openxmlformats.org/drawingml/2006/picture": "pic",
    "http://schemas.openxmlformats.org/officeDocument/2006/sharedTypes": "s",
    "http://purl.org/dc/elements/1.1/": "dc",
    "http://purl.org/dc/terms/": "dcterms",
}


class OfflineResolver(etree.Resolver):  # type: ignore[misc]
    """Lets a schema import only files of the vendored folder: nothing is fetched."""

    def resolve(self, url: str, pubid: str | None, context: Any) -> Any:
        path = Path(url.removeprefix("file://"))
        if path.is_absolute() and path.resolve().is_relative_to(SCHEMAS) and path.is_file():
            return None  # the default loader reads the vendored file
        raise etree.XMLSchemaParseError(f"schema import outside {SCHEMAS}: {url}")


@functools.cache
def schema(relative: str) -> etree.XMLSchema:
    """The compiled schema ``relative`` to the vendored folder (compiled once per process)."""
    parser = etree.XMLParser(no_network=True, resolve_entities=False)
    parser.resolvers.add(OfflineResolver())
    return etree.XMLSchema(etree.parse(str(SCHEMAS / relative), parser))


@functools.cache
def understood_namespaces() -> frozenset[str]:
    """The namespaces the vendored schemas define: those a reader "understands"."""
    found = set()
    for xsd in SCHEMAS.rglob("*.xsd"):
        target = etree.parse(str(xsd)).getroot().get("targetNamespace")
        if target:
            found.add(target)
    return frozenset(found)


def _namespaces_of(element: etree._Element, prefixes: str) -> set[str]:
    return {element.nsmap.get(prefix, prefix) for prefix in prefixes.split()}


def _chosen_branch(alternate: etree._Element) -> etree._Element | None:
    """The branch of an mc:AlternateContent a reader knowing our schemas keeps, as Word does:
    the first mc:Choice whose Requires namespaces it understands, else mc:Fallback."""
    for choice in alternate.findall(f"{{{MC}}}Choice"):
        if _namespaces_of(choice, choice.get("Requires", "")) <= understood_namespaces():
            return choice
    return alternate.find(f"{{{MC}}}Fallback")


def _unwrap_alternate_content(root: etree._Element) -> None:
    while (alternate := next(root.iter(f"{{{MC}}}AlternateContent"), None)) is not None:
        parent = alternate.getparent()
        branch = _chosen_branch(alternate)
        position = parent.index(alternate)
        parent.remove(alternate)
        for offset, child in enumerate(list(branch) if branch is not None else []):
            parent.insert(position + offset, child)


def _drop_ignorable(root: etree._Element) -> None:
    ignorable: set[str] = set()
    for element in root.iter(etree.Element):
        ignorable |= _namespaces_of(element, element.get(f"{{{MC}}}Ignorable", ""))
    ignorable -= understood_namespaces()
    ignorable.add(MC)  # mc: attributes themselves are consumed by the reader
    for element in list(root.iter(etree.Element)):
        if etree.QName(element).namespace in ignorable and element is not root:
            parent = element.getparent()
            if parent is not None:
                parent.remove(element)
            continue
        for name in list(element.attrib):
            if etree.QName(name).namespace in ignorable:
                del element.attrib[name]


def _mend_errata(root: etree._Element) -> None:
    """Known schema errata, so that what Word itself writes passes."""
    for zoom in root.iter(f"{{{W}}}zoom"):
        if zoom.get(f"{{{W}}}val") is not None and zoom.get(f"{{{W}}}percent") is None:
            zoom.set(f"{{{W}}}percent", "100")


def as_word_reads_it(root: etree._Element) -> None:
    """Apply markup compatibility in place: keep one branch of each mc:AlternateContent,
    drop the elements and attributes of ignorable namespaces, mend the schema errata."""
    _unwrap_alternate_content(root)
    _drop_ignorable(root)
    _mend_errata(root)


def short_names(message: str) -> str:
    """``{namespace}name`` in an lxml message written ``prefix:name``."""
    for namespace, prefix in PREFIXES.items():
        message = message.replace(f"{{{namespace}}}", f"{prefix}:")
    return message
