"""The word diff and the block matching, on planned blocks: no file is written."""

from __future__ import annotations

from councilkit.document.model import Paragraph
from councilkit.localize import Run
from councilkit.redline.blocks import revise
from councilkit.redline.words import diff
from councilkit.render.docx.revisions import DELETED, INSERTED, KEPT, RevisedParagraph, Stamp

STAMP = Stamp("Secretariat", "2016-12-07T00:00:00Z")


def words(*segments: tuple[str, tuple[Run, ...]]) -> list[tuple[str, str]]:
    return [(kind, "".join(r.text for r in runs)) for kind, runs in segments]


def test_a_changed_word_is_deleted_then_inserted_between_kept_words() -> None:
    old = (Run("Metadata, open licences and formats"),)
    new = (Run("Metadata, open licenses and formats"),)
    assert words(*diff(old, new)) == [
        (KEPT, "Metadata, open "),
        (DELETED, "licences"),
        (INSERTED, "licenses"),
        (KEPT, " and formats"),
    ]


def test_a_change_of_emphasis_is_a_change_of_words() -> None:
    old = (Run("must "), Run("not", bold=False))
    new = (Run("must "), Run("not", bold=True))
    segments = diff(old, new)
    assert [kind for kind, _ in segments] == [KEPT, DELETED, INSERTED]
    assert segments[2][1] == (Run("not", bold=True),)


def test_a_deleted_last_paragraph_keeps_its_paragraph_mark() -> None:
    first, last = Paragraph("body", (Run("One."),)), Paragraph("body", (Run("Two."),))
    revised = revise((first, last), (first,), STAMP)
    assert revised[0] is first
    assert isinstance(revised[1], RevisedParagraph)
    assert (revised[1].mark, revised[1].mark_end) == (DELETED, False)
    inner = revise((first, last), (first,), STAMP, last=False)
    assert inner[1].mark_end  # not the last of a cell or of the body: its mark goes too


def test_unchanged_blocks_are_the_new_blocks_themselves() -> None:
    blocks = (Paragraph("body", (Run("Same."),)),)
    assert revise(blocks, blocks, STAMP) == list(blocks)
