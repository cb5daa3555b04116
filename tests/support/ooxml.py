"""What Word would refuse in a .docx or .pptx: every part against the ECMA-376 transitional
schemas (after markup compatibility, as Word reads it), and the package rules Word enforces
that the schemas do not express (content types, relationship targets, unique names and ids,
a paragraph closing every table cell).

``package_problems(path)`` lists every problem, one line each: ``part:line: message``."""

from __future__ import annotations

import posixpath
import zipfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote

from lxml import etree
from ooxml_schemas import (
    CONTENT_TYPES,
    PACKAGE_RELS,
    SCHEMA_FOR_ROOT,
    WP,
    A,
    P,
    R,
    W,
    as_word_reads_it,
    schema,
    short_names,
)

PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)


@dataclass
class Package:
    """The parts of one package, read from its zip file."""

    names: list[str]
    data: dict[str, bytes]
    trees: dict[str, etree._Element] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    def find(self, part: str) -> str | None:
        """The zip entry of ``part``, compared without case as OPC part names are."""
        wanted = part.lower()
        return next((name for name in self.names if name.lower() == wanted), None)


def package_problems(path: Path) -> list[str]:
    """Every problem Word would have with the package at ``path``, one line each."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = [info.filename for info in archive.infolist()]
            data = {name: archive.read(name) for name in names if not name.endswith("/")}
    except zipfile.BadZipFile as error:
        return [f"{path.name}: not a zip package: {error}"]
    package = Package(names, data)
    _check_zip_entries(package)
    _parse_parts(package)
    _check_content_types(package)
    _check_relationships(package)
    _check_unique_ids(package)
    _check_table_cells(package)
    for part, root in package.trees.items():
        _validate(package, part, root)
    return package.problems


def where(part: str, element: etree._Element) -> str:
    """``part:line: /path/of/element``: single-line parts need the path to find anything."""
    path = element.getroottree().getpath(element)
    return f"{part}:{element.sourceline}: {path}"


def _check_zip_entries(package: Package) -> None:
    counts = Counter(name.lower() for name in package.names)
    for name, count in sorted(counts.items()):
        if count > 1:
            package.problems.append(f"{name}: duplicate zip entry ({count} entries with this name)")


def _parse_parts(package: Package) -> None:
    for name, data in package.data.items():
        if not name.lower().endswith((".xml", ".rels")):
            continue
        try:
            root = etree.fromstring(data, PARSER)
        except etree.XMLSyntaxError as error:
            package.problems.append(f"{name}:{error.lineno}: not well-formed XML: {error.msg}")
            continue
        as_word_reads_it(root)
        package.trees[name] = root


def _check_content_types(package: Package) -> None:
    root = package.trees.get("[Content_Types].xml")
    if root is None:
        package.problems.append("[Content_Types].xml: missing (every package needs one)")
        return
    defaults = {
        item.get("Extension", "").lower() for item in root.iter(f"{{{CONTENT_TYPES}}}Default")
    }
    overrides = {
        item.get("PartName", "").lower() for item in root.iter(f"{{{CONTENT_TYPES}}}Override")
    }
    for name in package.data:
        if name == "[Content_Types].xml" or "/" + name.lower() in overrides:
            continue
        base = posixpath.basename(name)
        extension = base.rpartition(".")[2].lower() if "." in base else ""
        if extension not in defaults:
            package.problems.append(
                f"{name}: no content type (add a Default for extension '{extension}'"
                f" or an Override for '/{name}' in [Content_Types].xml)"
            )


def _relationship_files(package: Package) -> Iterator[tuple[str, str, etree._Element]]:
    """(source part, .rels part, root) for every relationships part."""
    for name, root in package.trees.items():
        folder, base = posixpath.split(name)
        if posixpath.basename(folder) == "_rels" and base.endswith(".rels"):
            source = posixpath.join(posixpath.dirname(folder), base.removesuffix(".rels"))
            yield source, name, root


def _check_relationships(package: Package) -> None:
    ids_by_source: dict[str, set[str]] = {}
    for source, rels, root in _relationship_files(package):
        ids = ids_by_source.setdefault(source, set())  # duplicates: the schema's xs:ID
        for relationship in root.iter(f"{{{PACKAGE_RELS}}}Relationship"):
            line, rid = relationship.sourceline, relationship.get("Id", "")
            ids.add(rid)
            if relationship.get("TargetMode") == "External":
                continue
            target = unquote(relationship.get("Target", "").split("#")[0])
            if not target:
                continue
            base = "/" if target.startswith("/") else "/" + posixpath.dirname(source)
            resolved = posixpath.normpath(posixpath.join(base, target)).lstrip("/")
            if package.find(resolved) is None:
                package.problems.append(
                    f"{rels}:{line}: relationship '{rid}' targets '{resolved}',"
                    " which is not in the package"
                )
    for part, root in package.trees.items():
        _check_relationship_references(package, part, root, ids_by_source.get(part, set()))


def _check_relationship_references(
    package: Package, part: str, root: etree._Element, ids: set[str]
) -> None:
    """Every r:id, r:embed… of a part names a relationship of the part's .rels."""
    rels = posixpath.join(posixpath.dirname(part), "_rels", posixpath.basename(part) + ".rels")
    for element in root.iter(etree.Element):
        for name, value in element.attrib.items():
            if etree.QName(name).namespace == R and value and value not in ids:
                local = etree.QName(name).localname
                package.problems.append(
                    f'{where(part, element)}: r:{local}="{value}" names no relationship in {rels}'
                )


def _duplicates(package: Package, parts: list[str], tag: str, attribute: str, what: str) -> None:
    """Report every second use of one value of ``attribute`` of ``tag`` across ``parts``."""
    first: dict[str, str] = {}
    for part in parts:
        for element in package.trees[part].iter(tag):
            value = element.get(attribute)
            if value is None:
                continue
            here = where(part, element)
            if value in first:
                package.problems.append(
                    f"{here}: duplicate {what} id '{value}' (first at {first[value]})"
                )
            else:
                first[value] = here


def _parts_in(package: Package, namespace: str) -> list[str]:
    return [
        part for part, root in package.trees.items() if etree.QName(root).namespace == namespace
    ]


def _check_unique_ids(package: Package) -> None:
    word_parts = _parts_in(package, W)
    for part in word_parts:
        _duplicates(package, [part], f"{{{W}}}bookmarkStart", f"{{{W}}}id", "w:bookmarkStart")
    # Drawing ids are unique across the document's stories: body, headers, footers, notes.
    _duplicates(package, word_parts, f"{{{WP}}}docPr", "id", "wp:docPr")
    for part in _parts_in(package, P):
        _duplicates(package, [part], f"{{{P}}}cNvPr", "id", "p:cNvPr")
    for part in _parts_in(package, A):
        _duplicates(package, [part], f"{{{A}}}cNvPr", "id", "a:cNvPr")


def _last_block(element: etree._Element) -> etree._Element | None:
    """The last block of a cell, looking inside content controls and custom XML."""
    children = [child for child in element if isinstance(child.tag, str)]
    last = children[-1] if children else None
    if last is not None and last.tag == f"{{{W}}}sdt":
        content = last.find(f"{{{W}}}sdtContent")
        return _last_block(content) if content is not None else last
    if last is not None and last.tag == f"{{{W}}}customXml":
        return _last_block(last)
    return last


def _check_table_cells(package: Package) -> None:
    for part in _parts_in(package, W):
        for cell in package.trees[part].iter(f"{{{W}}}tc"):
            last = _last_block(cell)
            if last is None or last.tag != f"{{{W}}}p":
                ends = "nothing" if last is None else short_names(str(last.tag))
                package.problems.append(
                    f"{where(part, cell)}: w:tc ends with {ends};"
                    " Word needs a w:p as the last element of every table cell"
                )


def _validate(package: Package, part: str, root: etree._Element) -> None:
    relative = SCHEMA_FOR_ROOT.get(etree.QName(root).namespace or "")
    if relative is None:
        return  # custom XML data and parts of other vocabularies have no schema here
    checker = schema(relative)
    if checker.validate(root):
        return
    for error in checker.error_log:
        where = short_names(error.path or "")
        package.problems.append(f"{part}:{error.line}: {where}: {short_names(error.message)}")
