"""A small project around terms of reference with two numbered lists, a link, a free
section and a text not yet translated: for tests of the Word planner and renderer."""

from __future__ import annotations

import datetime

from councilkit.model import (
    Approval,
    Approver,
    BulletList,
    Document,
    FreeSection,
    HistoryEntry,
    ListItem,
    Member,
    NumberedList,
    Paragraph,
    Project,
    ProjectSettings,
    Scope,
    Status,
    TermsOfReference,
    WorkingGroup,
    bilingual,
)
from councilkit.model.jurisdictions import Jurisdiction
from councilkit.model.text import BilingualText


def text(en: str, fr: str | None) -> BilingualText:
    return BilingualText(en=en, fr=fr)


def small_terms(*, status: Status = Status.DRAFT, french_missing: bool = True) -> TermsOfReference:
    """Terms of reference with two numbered lists, a link, a free section and a text not
    yet translated."""
    numbered = (ListItem(text=bilingual("One", "Un")), ListItem(text=bilingual("Two", "Deux")))
    return TermsOfReference(
        id="terms-of-reference",
        version="0.2",
        status=status,
        date=datetime.date(2016, 7, 1),
        history=(
            HistoryEntry(
                version="0.1",
                date=datetime.date(2016, 6, 1),
                summary=bilingual("First draft", "Première ébauche"),
            ),
        ),
        purpose=(
            Paragraph(
                text=bilingual(
                    "See [the data standards page](https://example.gc.ca/data) for **more**.",
                    "Voir [la page des normes de données](https://example.gc.ca/donnees).",
                )
            ),
            NumberedList(items=numbered),
        ),
        scope=Scope(
            in_scope=(
                ListItem(
                    lead=bilingual("Data", "Données"),
                    text=bilingual("open data", "données ouvertes"),
                ),
            ),
        ),
        decision_making=(
            Paragraph(
                text=text(
                    "Decisions are made by consensus.", None if french_missing else "Par consensus."
                )
            ),
            NumberedList(items=numbered),
            BulletList(
                items=(
                    ListItem(text=bilingual("A", "A"), items=(ListItem(text=bilingual("B", "B")),)),
                )
            ),
        ),
        sections=(
            FreeSection(
                title=bilingual("Glossary", "Glossaire"),
                body=(Paragraph(text=bilingual("Terms.", "Termes.")),),
                after="purpose",
            ),
        ),
        approval=Approval(
            approvers=(Approver(position=bilingual("Co-chair", "Coprésident"), name="A. Person"),),
            effective=datetime.date(2016, 7, 1),
        ),
    )


def small_project(document: Document | None = None) -> tuple[Project, WorkingGroup, Document]:
    doc = document or small_terms()
    group = WorkingGroup(
        id="small",
        name=bilingual("Small Working Group", "Petit groupe de travail"),
        members=(
            Member(
                id="tbs",
                jurisdiction=Jurisdiction.FEDERAL,
                organization=bilingual("Treasury Board", "Conseil du Trésor"),
            ),
            Member(
                id="qc", jurisdiction=Jurisdiction.QC, organization=bilingual("Quebec", "Québec")
            ),
        ),
        documents=(doc,),
    )
    settings = ProjectSettings(organization=bilingual("Joint Councils", "Conseils mixtes"))
    return Project(settings=settings, groups=(group,)), group, doc
