"""The plan of a document's sections, without opening a file."""

from __future__ import annotations

from collections.abc import Callable

from councilkit.model import Document, Project, WorkingGroup
from councilkit.render.docx.sections import Subsection, plan_document

Small = Callable[..., tuple[Project, WorkingGroup, Document]]


def test_sections_are_numbered_and_anchored_once(small: Small) -> None:
    _, group, document = small()
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


def test_unnumbered_plan(small: Small) -> None:
    _, group, document = small()
    assert {s.number for s in plan_document(document, group, numbered=False)} == {None}


def test_every_example_section_has_a_french_heading(example_project: Project) -> None:
    from councilkit.localize import translate
    from councilkit.model import Language

    for group in example_project.groups:
        for document in group.documents:
            if document.KIND == "deck":
                continue
            for section in plan_document(document, group):
                if section.heading:
                    assert translate(section.heading, Language.FR)
                for sub in section.subsections:
                    assert translate(sub.heading, Language.FR)
