"""Sections matched by their place in the content: a moved section is deleted where it
was and inserted where it is (no move markup), a renamed heading is a change of words, a
free section added before others does not shift them; in both languages."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from lxml import etree
from redlinekit import STEM, W, body, redlined

from councilkit.api import load_checked
from councilkit.model import BilingualText, FreeSection, TermsOfReference
from councilkit.redline.sections import known_as


def headings(root: etree._Element) -> list[tuple[str, str, str]]:
    """Each level-1 heading: its mark ("ins", "del" or ""), its kept, and its changed
    words."""
    found = []
    for p in root.iter(f"{W}p"):
        style = p.find(f"{W}pPr/{W}pStyle")
        if style is None or style.get(f"{W}val") != "Heading1":
            continue
        mark = p.find(f"{W}pPr/{W}rPr/*")
        changed = "".join(
            t.text or ""
            for m in p
            if m.tag in (f"{W}ins", f"{W}del")
            for t in m.iter()
            if t.tag in (f"{W}t", f"{W}delText")
        )
        kept = "".join(t.text or "" for r in p.findall(f"{W}r") for t in r.iter(f"{W}t"))
        found.append(("" if mark is None else etree.QName(mark).localname, kept, changed))
    return found


@pytest.mark.parametrize(
    ("language", "suffix", "moved", "renamed"),
    [
        ("en", "eng", "Communications", ("Working", "Ways")),
        ("fr", "fra", "Communications", ("Méthodes", "Façons")),
    ],
)
def test_a_moved_section_is_deleted_and_inserted_and_a_renamed_heading_changes_words(
    repository: Path,
    tmp_path: Path,
    language: str,
    suffix: str,
    moved: str,
    renamed: tuple[str, str],
) -> None:
    out = redlined(repository, tmp_path / "out", "--lang", language)
    root = body(out / f"{STEM}-{suffix}-redline.docx")
    assert not [e for e in root.iter() if etree.QName(e).localname.startswith("move")]
    found = headings(root)
    marks = [mark for mark, _, changed in found if moved in changed]
    assert marks == ["ins", "del"]  # now after the background, before where it was
    (heading,) = [h for h in found if renamed[0] in h[2]]
    assert heading[0] == "" and renamed[1] in heading[2]  # one heading, its words changed
    assert "Budget" in [changed.split(" ", 1)[-1] for mark, _, changed in found if mark == "ins"]


def terms_of_reference(content: Path) -> TermsOfReference:
    """The first terms of reference of ``content``."""
    project, _ = load_checked(content)
    assert project is not None
    found = [d for g in project.groups for d in g.documents if isinstance(d, TermsOfReference)]
    return found[0]


def with_free(document: TermsOfReference, *sections: tuple[str, str]) -> TermsOfReference:
    """``document`` with free sections of these titles, placed after these sections."""
    free = tuple(
        FreeSection(title=BilingualText(en=t, fr=t), body=(), after=a) for t, a in sections
    )
    return dataclasses.replace(document, sections=free)


def test_free_sections_are_known_by_title_then_place_then_position(
    example_content: Path,
) -> None:
    document = terms_of_reference(example_content)
    old = with_free(document, ("Communications", "reporting"), ("Working methods", "review"))
    new = with_free(
        document,
        ("Budget", "secretariat"),
        ("Ways of working", "review"),
        ("Communications", "background"),
    )
    ids = ["background", "sections[2]", "secretariat", "sections[0]", "review", "sections[1]"]
    # Communications by its title, Ways of working by its place after the review;
    # Budget is new (the first of the list, it is not the old first)
    assert known_as(old, new, ids) == [
        "background",
        "sections[0]",
        "secretariat",
        "new sections[0]",
        "review",
        "sections[1]",
    ]


def test_free_sections_untranslated_alike_are_not_the_same(example_content: Path) -> None:
    document = terms_of_reference(example_content)
    old = dataclasses.replace(
        document,
        sections=(FreeSection(title=BilingualText(en="Budget"), body=(), after="review"),),
    )
    new = dataclasses.replace(
        document,
        sections=(
            FreeSection(title=BilingualText(en="Audit"), body=(), after="scope"),
            FreeSection(title=BilingualText(en="Budget"), body=(), after="review"),
        ),
    )
    # "Audit" has no French title, as "Budget": it is not taken for it
    assert known_as(old, new, ["sections[0]", "sections[1]"]) == ["new sections[0]", "sections[0]"]
