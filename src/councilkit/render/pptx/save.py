"""Writing a deck's package once: python-pptx's parts, in the order its ``save`` writes
them, finished (:func:`councilkit.package.finish_parts`) and zipped by
:mod:`councilkit.zipping`.

python-pptx's own ``save`` zips with the current time, and the package step had to unzip
and zip the deck again. The bytes written here are those of that second zip: the same
entries in the same order, with the same content. The template's parts that no deck
changes are taken as the template wrote them, compressed once
(:meth:`~councilkit.render.pptx.template.Template.kept_part`); ``[Content_Types].xml``
and the relationship files are written as text, as python-pptx serializes them.
"""

from __future__ import annotations

import datetime
import posixpath
import re
from collections.abc import Iterable, Sequence
from typing import Any

from pptx.opc.constants import CONTENT_TYPE as CT
from pptx.opc.constants import RELATIONSHIP_TARGET_MODE as RTM
from pptx.opc.spec import default_content_types

from councilkit.package import finish_parts, write_package
from councilkit.render.pptx.template import Template
from councilkit.xml_escape import attribute
from councilkit.zipping import Deflated

_OWN = re.compile(
    r"ppt/(slides/slide|notesSlides/notesSlide|charts/chart)\d+\.xml|ppt/embeddings/.*"
    r"|docProps/core\.xml"
)
"""Parts that differ in every deck (slides, notes, charts and their workbooks, core
properties): compressed for each deck, never remembered."""
RELS_LIMIT = 256
"""Relationship files remembered at most for one template."""
_DECLARATION = "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships"
_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types"
_DEFAULT_TYPES = frozenset(default_content_types)


def package_parts(
    presentation: Any,
    template: Template | None = None,
    core: bytes | None = None,
) -> list[tuple[str, bytes | Deflated]]:
    """The entries python-pptx's ``save`` writes for ``presentation``, in its order: the
    template's parts that no deck changes as ``template`` keeps them, the others as bytes
    (``core``: the core properties' content, when it is not the part's)."""
    package = presentation.part.package
    parts = package_order(package, template)
    if template is None:
        types = content_types(parts)
    else:
        kinds = tuple((part.partname, part.content_type) for part in parts)
        types = template.value(("content types", kinds), lambda: content_types(parts))
    entries: list[tuple[str, bytes | Deflated]] = [
        ("[Content_Types].xml", types),
        ("_rels/.rels", relationships_xml(package._rels)),
    ]
    memo = None if template is None else template.rels
    for part in parts:
        kept = None if template is None else template.kept_part(part)
        if kept is not None:
            entries.append((kept.name, kept.content))
            if kept.rels is not None:
                entries.append(kept.rels)
            continue
        partname = part.partname
        if core is not None and part.content_type == CT.OPC_CORE_PROPERTIES:
            entries.append((partname.membername, core))
        else:
            entries.append((partname.membername, part.blob))
        if part._rels:
            entries.append((_rels_name(partname), _rels_of(part, memo)))
    return entries


def package_order(package: Any, template: Template | None = None) -> list[Any]:
    """The parts of ``package`` in the order of python-pptx's ``iter_parts`` (each as
    first reached, depth first, through the relationships in their order); the targets
    of the parts ``template`` keeps are known without asking python-pptx again."""
    order: list[Any] = []
    seen: set[int] = set()

    def walk(targets: Iterable[Any]) -> None:
        for part in targets:
            if id(part) not in seen:
                seen.add(id(part))
                order.append(part)
                walk(_targets(part) if template is None else template.targets(part, _targets))

    walk(_targets(package))
    return order


def _targets(source: Any) -> list[Any]:
    """The parts ``source`` (a part or the package) is related to, in its order."""
    return [rel._target for rel in source._rels.values() if rel._target_mode != RTM.EXTERNAL]


def _rels_name(partname: str) -> str:
    """The entry name of the relationship file of the part ``partname`` (python-pptx's
    ``partname.rels_uri.membername``)."""
    folder, _, name = partname.rpartition("/")
    return f"{folder[1:]}/_rels/{name}.rels" if folder else f"_rels/{name}.rels"


def _rels_of(part: Any, memo: dict[tuple[Any, ...], bytes] | None) -> bytes:
    """The relationship file of ``part``; ``memo``: those already written, by the
    relationships they hold (the rels of slides on the same layout are the same file)."""
    rels = part._rels
    if memo is None:
        return relationships_xml(rels)
    # what the file says: each target relative to the part's folder, taken here by the
    # target's absolute part name (the same for every file of one folder, and quicker)
    key = (part.partname.baseURI, *map(_relationship, rels.values()))
    xml = memo.get(key)
    if xml is None:
        if len(memo) >= RELS_LIMIT:
            memo.clear()
        xml = memo[key] = relationships_xml(rels)
    return xml


def _relationship(rel: Any) -> tuple[str, str, str, str]:
    """A relationship as plain data: id, type, target mode and target (a part's name)."""
    target = rel._target
    name = target if isinstance(target, str) else target.partname
    return (rel._rId, rel._reltype, rel._target_mode, name)


def relationships_xml(rels: Any) -> bytes:
    """The relationship file of python-pptx's relationships ``rels``, as its ``xml``
    writes it: relationships in the order of their ids' numbers."""
    order = sorted(
        (int(rid[3:]) if rid.startswith("rId") and rid[3:].isdigit() else 0, rid) for rid in rels
    )
    lines = []
    for _, rid in order:
        rel = rels[rid]
        mode = ' TargetMode="External"' if rel.is_external else ""
        lines.append(
            f'<Relationship Id="{attribute(rid)}" Type="{attribute(rel.reltype)}" '
            f'Target="{attribute(rel.target_ref)}"{mode}/>'
        )
    if not lines:
        return f'{_DECLARATION}<Relationships xmlns="{_RELATIONSHIPS}"/>'.encode()
    body = "".join(lines)
    return f'{_DECLARATION}<Relationships xmlns="{_RELATIONSHIPS}">{body}</Relationships>'.encode()


def content_types(parts: Sequence[Any]) -> bytes:
    """``[Content_Types].xml`` of ``parts`` as python-pptx's save writes it: a default
    for each extension of a standard type (and for ``rels`` and ``xml``), an override for
    every other part, each list sorted."""
    defaults = {"rels": CT.OPC_RELATIONSHIPS, "xml": CT.XML}
    overrides: dict[str, str] = {}
    for part in parts:
        partname, content_type = part.partname, part.content_type
        extension = posixpath.splitext(partname)[1][1:]
        if (extension.lower(), content_type) in _DEFAULT_TYPES:
            defaults[extension.lower()] = content_type
        else:
            overrides[partname] = content_type
    lines = [
        f'<Default Extension="{attribute(extension)}" ContentType="{attribute(content_type)}"/>'
        for extension, content_type in sorted(defaults.items())
    ]
    lines += (
        f'<Override PartName="{attribute(name)}" ContentType="{attribute(content_type)}"/>'
        for name, content_type in sorted(overrides.items())
    )
    return f'{_DECLARATION}<Types xmlns="{_TYPES}">{"".join(lines)}</Types>'.encode()


def save_deck(
    presentation: Any,
    template: Template,
    timestamp: datetime.datetime,
    core: bytes | None = None,
) -> bytes:
    """The finished file of ``presentation`` (drawn on ``template``): fixed entry times,
    core dates at ``timestamp``, extended properties of the deck; ``core``: the content
    of its core properties, when it is not the part's."""
    entries = finish_parts(package_parts(presentation, template, core), timestamp)
    remembered: list[tuple[str, bytes | Deflated]] = [
        (name, content if _OWN.fullmatch(name) else template.deflate(content))
        if isinstance(content, bytes)
        else (name, content)
        for name, content in entries
    ]
    return write_package(remembered, timestamp)
