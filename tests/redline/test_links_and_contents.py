"""Links inside changed passages keep their target, and the table of contents is tracked:
accepting every change gives the new version's entries, rejecting the old version's; in
both languages."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree
from redlinekit import STEM, W, body, compared, part, redlined, resolve, texts

R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
RELATIONSHIPS = "{http://schemas.openxmlformats.org/package/2006/relationships}"


def targets(path: Path) -> dict[str, str]:
    rels = part(path, "word/_rels/document.xml.rels")
    return {r.get("Id"): r.get("Target") for r in rels.iter(f"{RELATIONSHIPS}Relationship")}


@pytest.mark.parametrize(
    ("language", "suffix", "inserted", "deleted"),
    [
        (
            "en",
            "eng",
            ("rules", "https://example.org/rules"),
            ("yearly report", "https://example.org/report"),
        ),
        (
            "fr",
            "fra",
            ("règles", "https://example.org/regles"),
            ("rapport annuel", "https://example.org/rapport"),
        ),
    ],
)
def test_a_link_inserted_or_deleted_keeps_its_target(
    repository: Path,
    tmp_path: Path,
    language: str,
    suffix: str,
    inserted: tuple[str, str],
    deleted: tuple[str, str],
) -> None:
    out = redlined(repository, tmp_path / "out", "--lang", language)
    redline = out / f"{STEM}-{suffix}-redline.docx"
    root, links = body(redline), targets(redline)
    found = {}
    for link in root.iter(f"{W}hyperlink"):
        rid = link.get(f"{R}id")
        if rid is None:
            continue  # an entry of the table of contents
        for mark in link:
            if mark.tag in (f"{W}ins", f"{W}del"):
                words = "".join(t.text or "" for t in mark.iter(f"{W}t", f"{W}delText"))
                found[etree.QName(mark).localname, words] = links[rid]
    assert found[("ins", inserted[0])] == inserted[1]
    assert found[("del", deleted[0])] == deleted[1]
    style = root.find(f".//{W}hyperlink/{W}ins/{W}r/{W}rPr/{W}rStyle")
    assert style is not None and style.get(f"{W}val") == "Hyperlink"


def contents(root: etree._Element) -> list[str]:
    """The entries of the table of contents."""
    return [
        texts(p)[0]
        for p in root.iter(f"{W}p")
        if p.find(f"{W}pPr/{W}pStyle[@{W}val='TOC1']") is not None
        or p.find(f"{W}pPr/{W}pStyle[@{W}val='TOC2']") is not None
    ]


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_table_of_contents_is_tracked(
    repository: Path, old_content: Path, tmp_path: Path, language: str
) -> None:
    redline, new_body, old_body = compared(repository, old_content, tmp_path, language)
    new, old = contents(new_body), contents(old_body)
    assert contents(resolve(body(redline), accept=True)) == new
    assert contents(resolve(body(redline), accept=False)) == old
    root = body(redline)
    entries = [
        p for p in root.iter(f"{W}p") if p.find(f"{W}pPr/{W}pStyle[@{W}val='TOC1']") is not None
    ]
    marks = {etree.QName(m).localname for p in entries for m in p.iter(f"{W}ins", f"{W}del")}
    assert marks == {"ins", "del"}
    kinds = [f.get(f"{W}fldCharType") for p in entries for f in p.iter(f"{W}fldChar")]
    assert kinds == ["begin", "separate", "end"]
    anchors = {h.get(f"{W}anchor") for p in entries for h in p.iter(f"{W}hyperlink")}
    names = {b.get(f"{W}name") for b in root.iter(f"{W}bookmarkStart")}
    assert anchors and anchors <= names  # every entry links to a heading that is there
