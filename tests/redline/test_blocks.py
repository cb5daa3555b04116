"""Matching the blocks of two versions, on planned blocks (no file is written): a
paragraph set otherwise keeps its words and says how it was set; a numbered list's
deleted item is numbered with the items kept; the last paragraph keeps its mark. And in a
redline of the example content, in both languages: accepting gives the new version's
styles and bold words, rejecting the old version's."""

from __future__ import annotations

from pathlib import Path

import pytest
from redlinekit import W, body, compared, looks, resolve

from councilkit.document.model import ListBlock, ListEntry, Paragraph
from councilkit.localize import Run
from councilkit.redline.blocks import Differ
from councilkit.redline.written import Texts
from councilkit.render.docx.revisions import DELETED, KEPT, Look, RevisedLines, Stamp

DIFFER = Differ(Stamp("Secretariat", "2016-12-07T00:00:00Z"), Texts())


def paragraph(text: str) -> Paragraph:
    return Paragraph("body", (Run(text),))


def items(*texts: str, numbered: bool = False) -> ListBlock:
    return ListBlock(tuple(ListEntry((Run(t),)) for t in texts), numbered=numbered)


def test_a_paragraph_become_a_list_item_keeps_its_words_and_its_former_look() -> None:
    (revised,) = DIFFER.revise((paragraph("Reviewed yearly."),), (items("Reviewed yearly."),))
    assert isinstance(revised, RevisedLines)
    (line,) = revised.lines
    assert (line.look.role, line.was, line.mark) == ("list_bullet", Look("body"), KEPT)
    assert [s.kind for s in line.segments] == [KEPT]


def test_a_bulleted_list_become_numbered_says_so_item_by_item() -> None:
    (revised,) = DIFFER.revise((items("One.", "Two."),), (items("One.", "Two.", numbered=True),))
    assert [(line.look.role, line.was and line.was.role) for line in revised.lines] == [
        ("list_number", "list_bullet"),
        ("list_number", "list_bullet"),
    ]


def test_a_deleted_item_is_numbered_with_the_list_it_was_in() -> None:
    old = items("One.", "Two.", "Three.", numbered=True)
    new = items("One.", "Three.", numbered=True)
    (revised,) = DIFFER.revise((old,), (new,))
    assert [line.mark for line in revised.lines] == [KEPT, DELETED, KEPT]
    assert len({line.look.list_key for line in revised.lines}) == 1
    assert all(line.was is None for line in revised.lines)


def test_a_deleted_last_paragraph_keeps_its_paragraph_mark() -> None:
    first, last = paragraph("One."), paragraph("Two.")
    (revised,) = DIFFER.revise((first, last), (first,))
    assert [line.mark for line in revised.lines] == [KEPT, KEPT]
    assert revised.lines[1].segments[0].kind == DELETED
    (inner,) = DIFFER.revise((first, last), (first,), last=False)
    assert inner.lines[1].mark == DELETED  # not the last of a cell or of the body


@pytest.mark.parametrize("language", ["en", "fr"])
def test_accepting_gives_the_new_styles_and_rejecting_the_old(
    repository: Path, old_content: Path, tmp_path: Path, language: str
) -> None:
    redline, new_body, old_body = compared(repository, old_content, tmp_path, language)
    new, old = looks(new_body), looks(old_body)
    accepted = looks(resolve(body(redline), accept=True))
    rejected = looks(resolve(body(redline), accept=False))
    opening = len(accepted) - len(new)
    assert accepted[opening:] == new
    assert rejected[opening:] == old
    # the review paragraph became a list item; "email" became bold
    changed = [a for a, r in zip(accepted[opening:], rejected[opening:], strict=False) if a != r]
    assert any(a[0] == "ListBullet" for a in changed)
    assert any(a[2] in ("email", "courriel") for a in changed)
    root = body(redline)
    restyled = root.find(f".//{W}rPrChange/..")
    assert restyled is not None and restyled.find(f"{W}b") is not None
    assert restyled.find(f"{W}rPrChange/{W}rPr/{W}b") is None  # it was not bold
    former = root.find(f".//{W}pPrChange/{W}pPr/{W}pStyle")
    assert former is not None and former.get(f"{W}val") != "ListBullet"
