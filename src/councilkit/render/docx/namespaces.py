"""The namespace prefixes of the parts councilkit writes into: ``w:``, ``r:``, ``wp:``, ``a:``,
``pic:`` and the others Word uses, whatever prefixes the program that saved the reference
chose.

XML does not care which prefix names a namespace, but content written into a part as
markup does: a header saved with ``ns0:`` (or a default namespace) for WordprocessingML
cannot take paragraphs written with ``w:``. :func:`normalized` gives every known namespace
its usual prefix, declares every namespace of the part on its root (so ``mc:Ignorable``
keeps naming declared prefixes), and renames the prefixes that ``mc:`` attributes list.
"""

from __future__ import annotations

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_MS = "http://schemas.microsoft.com/office/"
_DRAWING = "http://schemas.openxmlformats.org/drawingml/2006/"

PREFIXES: dict[str, str] = {
    W: "w",
    R: "r",
    MC: "mc",
    _DRAWING + "wordprocessingDrawing": "wp",
    _DRAWING + "main": "a",
    _DRAWING + "picture": "pic",
    _DRAWING + "chart": "c",
    "http://schemas.openxmlformats.org/officeDocument/2006/math": "m",
    "http://schemas.openxmlformats.org/schemaLibrary/2006/main": "sl",
    "urn:schemas-microsoft-com:vml": "v",
    "urn:schemas-microsoft-com:office:office": "o",
    "urn:schemas-microsoft-com:office:word": "w10",
    _MS + "word/2010/wordml": "w14",
    _MS + "word/2012/wordml": "w15",
    _MS + "word/2015/wordml/symex": "w16se",
    _MS + "word/2016/wordml/cid": "w16cid",
    _MS + "word/2018/wordml": "w16",
    _MS + "word/2018/wordml/cex": "w16cex",
    _MS + "word/2020/wordml/sdtdatahash": "w16sdtdh",
    _MS + "word/2023/wordml/word16du": "w16du",
    _MS + "word/2006/wordml": "wne",
    _MS + "word/2010/wordprocessingDrawing": "wp14",
    _MS + "word/2010/wordprocessingShape": "wps",
    _MS + "word/2010/wordprocessingGroup": "wpg",
    _MS + "word/2010/wordprocessingCanvas": "wpc",
    _MS + "word/2010/wordprocessingInk": "wpi",
    _MS + "drawing/2014/chartex": "cx",
    _MS + "drawing/2016/ink": "aink",
    _MS + "drawing/2017/model3d": "am3d",
}
"""The usual prefix of each namespace Word writes."""

_PREFIX_LISTS = frozenset(
    f"{{{MC}}}{name}"
    for name in ("Ignorable", "ProcessContent", "MustUnderstand", "PreserveElements",
                 "PreserveAttributes")
)  # fmt: skip


def normalized(root: etree._Element, *, declare: tuple[str, ...] = (W, R)) -> etree._Element:
    """``root`` with the usual prefixes, every namespace of the part and ``declare``
    declared on it (the same element when nothing had to change)."""
    declared = _declarations(root)
    for uri in declare:
        declared.setdefault(uri, [PREFIXES[uri]])
    nsmap, renamed = _prefixes(declared)
    if not renamed and _all_on_root(root, nsmap):
        return root
    if renamed:
        return _copy(root, nsmap, renamed)
    new_root = etree.Element(root.tag, dict(root.attrib), nsmap=nsmap)
    new_root.text = root.text
    new_root.extend(list(root))
    return new_root


def _declarations(root: etree._Element) -> dict[str, list[str | None]]:
    """Each namespace declared in the part, by URI, with the prefixes it is given."""
    found: dict[str, list[str | None]] = {}
    for _, (prefix, uri) in etree.iterwalk(root, events=("start-ns",)):
        prefixes = found.setdefault(uri, [])
        if (prefix or None) not in prefixes:
            prefixes.append(prefix or None)
    return found


def _prefixes(declared: dict[str, list[str | None]]) -> tuple[dict[str, str], dict[str, str]]:
    """The prefix of each namespace, and the old prefixes that change (by old prefix; the
    default namespace as "")."""
    nsmap: dict[str, str] = {}
    taken = {PREFIXES[uri] for uri in declared if uri in PREFIXES}
    renamed: dict[str, str] = {}
    for uri, prefixes in declared.items():
        new = PREFIXES.get(uri)
        if new is None:
            first = prefixes[0]
            new = first if first is not None and first not in taken else _free(taken)
            taken.add(new)
        nsmap[new] = uri
        renamed.update((prefix or "", new) for prefix in prefixes if prefix != new)
    return nsmap, renamed


def _free(taken: set[str]) -> str:
    number = 0
    while f"ns{number}" in taken:
        number += 1
    return f"ns{number}"


def _all_on_root(root: etree._Element, nsmap: dict[str, str]) -> bool:
    on_root = root.nsmap
    return all(on_root.get(prefix) == uri for prefix, uri in nsmap.items())


def _copy(root: etree._Element, nsmap: dict[str, str], renamed: dict[str, str]) -> etree._Element:
    new_root = etree.Element(root.tag, nsmap=nsmap)
    _fill(new_root, root, renamed)
    return new_root


def _fill(target: etree._Element, source: etree._Element, renamed: dict[str, str]) -> None:
    for name, value in source.attrib.items():
        if name in _PREFIX_LISTS or (name == "Requires" and source.tag == f"{{{MC}}}Choice"):
            value = " ".join(_rename(token, renamed) for token in value.split())
        target.set(name, value)
    target.text = source.text
    for child in source:
        if isinstance(child.tag, str):
            copied = etree.SubElement(target, child.tag)
            _fill(copied, child, renamed)
        else:  # a comment or processing instruction
            copied = copy_node(child)
            target.append(copied)
        copied.tail = child.tail


def copy_node(node: etree._Element) -> etree._Element:
    if isinstance(node, etree._ProcessingInstruction):
        return etree.ProcessingInstruction(node.target, node.text)
    return etree.Comment(node.text)


def _rename(token: str, renamed: dict[str, str]) -> str:
    prefix, colon, local = token.partition(":")
    if not colon:
        return renamed.get(token, token)
    return f"{renamed.get(prefix, prefix)}:{local}"
