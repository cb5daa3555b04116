"""The outline of a document's sections, without opening a file."""

from __future__ import annotations

from pathlib import Path

from small_documents import small_project

from councilkit.api import load
from councilkit.document.outline import Subsection, plan_document
from councilkit.model import Language

REPO = Path(__file__).resolve().parents[2]


def test_sections_are_numbered_and_anchored_once() -> None:
    _, group, document = small_project()
    plan = plan_document(document, group)
    assert [s.key for s in plan] == [
        "purpose",
        "free",
        "scope",
        "membership",
        "decision_making",
        "approval",
        "history",
    ]
    assert [s.number for s in plan] == ["1", "2", "3", "4", "5", "6", None]
    anchors = [s.anchor for s in plan] + [sub.anchor for s in plan for sub in s.subsections]
    assert len(set(anchors)) == len(anchors)
    scope = plan[2]
    assert [(sub.heading, sub.number) for sub in scope.subsections] == [("In scope", "3.1")]
    assert all(isinstance(p, Subsection) for p in scope.parts)


def test_unnumbered_plan() -> None:
    _, group, document = small_project()
    assert {s.number for s in plan_document(document, group, numbered=False)} == {None}


def test_every_example_section_has_a_french_heading() -> None:
    from councilkit.localize import translate

    for group in load(REPO / "content").groups:
        for document in group.documents:
            if document.KIND == "deck":
                continue
            for section in plan_document(document, group):
                if section.heading:
                    assert translate(section.heading, Language.FR)
                for sub in section.subsections:
                    assert translate(sub.heading, Language.FR)
