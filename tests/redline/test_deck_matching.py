"""Pairing the slides of two versions of a deck: by id, by kind and title, then by place
among slides with a similar title; what moved against the others."""

from __future__ import annotations

from councilkit.model.slides import BulletsSlide, Slide, StatementSlide
from councilkit.model.text import BilingualText
from councilkit.redline.decks.matching import Pair, match


def bullets(title: str, id: str | None = None) -> Slide:
    return BulletsSlide(id=id, title=BilingualText(en=title, fr=f"{title} (fr)"), items=())


def statement(title: str) -> Slide:
    return StatementSlide(title=BilingualText(en=title, fr=title), statement=BilingualText())


A, B, C, D = (bullets(t) for t in ("Agenda", "Our scope", "Our goal", "Next steps"))


def test_the_same_slides_are_paired_in_place() -> None:
    assert match([A, B, C], [A, B, C]) == [Pair(0, 0), Pair(1, 1), Pair(2, 2)]


def test_a_slide_added_or_removed_does_not_move_the_others() -> None:
    assert match([A, B, C], [A, D, B, C]) == [Pair(0, 0), Pair(None, 1), Pair(1, 2), Pair(2, 3)]
    assert match([A, B, C], [A, C]) == [Pair(0, 0), Pair(1, None), Pair(2, 1)]
    assert match([A, B, C], [B, C]) == [Pair(0, None), Pair(1, 0), Pair(2, 1)]


def test_only_the_slide_taken_out_of_order_is_moved() -> None:
    assert match([A, B, C, D], [A, D, B, C]) == [
        Pair(0, 0),
        Pair(3, 1, moved=True),
        Pair(1, 2),
        Pair(2, 3),
    ]


def test_a_slide_retitled_in_place_is_the_same_slide() -> None:
    retitled = bullets("Our scope and limits")
    assert match([A, B, C], [A, retitled, C]) == [Pair(0, 0), Pair(1, 1), Pair(2, 2)]


def test_a_slide_of_another_kind_or_title_in_its_place_is_another_slide() -> None:
    # the removed slide comes right after the one it followed, before the one added
    replaced = [Pair(0, 0), Pair(1, None), Pair(None, 1), Pair(2, 2)]
    assert match([A, B, C], [A, bullets("Membership of the group"), C]) == replaced
    assert match([A, B, C], [A, statement("Our scope"), C]) == replaced


def test_ids_pair_slides_whatever_their_title_and_place() -> None:
    old = [bullets("Agenda", "agenda"), bullets("Our goal", "goal"), B]
    new = [B, bullets("What we aim for", "goal"), bullets("Agenda", "agenda")]
    assert match(old, new) == [Pair(2, 0), Pair(1, 1, moved=True), Pair(0, 2, moved=True)]


def test_a_slide_whose_id_is_kept_is_never_paired_with_another() -> None:
    old = [bullets("Our goal", "goal"), bullets("Our goal (old)", "old-goal")]
    new = [bullets("Our goal", "goal"), bullets("Our goal (old)", "new-goal")]
    # the second slide lost its id: paired by its kind and title
    assert match(old, new) == [Pair(0, 0), Pair(1, 1)]
    assert match([bullets("Goal", "goal")], [bullets("Goal")]) == [Pair(0, 0)]
    assert match(old[:1], [bullets("Our goal", "other"), old[0]]) == [
        Pair(None, 0),
        Pair(0, 1),
    ]
