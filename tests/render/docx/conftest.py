"""Fixtures of the Word renderer's tests: every example document rendered in English,
French and side by side (once per session), and a small project built in Python."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from pathlib import Path

import pytest

from councilkit.api import load
from councilkit.localize import Localizer
from councilkit.model import (
    Approval,
    Approver,
    BulletList,
    Document,
    FreeSection,
    HistoryEntry,
    Language,
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
from councilkit.package import normalize_ooxml, timestamp_from_epoch
from councilkit.render import Rendered, RenderJob
from councilkit.render.docx import WordRenderer

REPO = Path(__file__).resolve().parents[3]
EPOCH = 1473811200  # 2016-09-14
LAYOUT = REPO / "layouts" / "default"

Render = Callable[..., Rendered]


def render(
    project: Project,
    group: WorkingGroup,
    document: Document,
    language: Language | None,
    *,
    layout_dir: Path = LAYOUT,
    content_root: Path = REPO / "content",
) -> Rendered:
    """One edition: ``language``, or side by side (first language left) when None."""
    first = language or project.settings.output.first_language
    job = RenderJob(
        project=project,
        group=group,
        document=document,
        localizer=Localizer(project, first),
        layout_dir=layout_dir,
        content_root=content_root,
        timestamp=timestamp_from_epoch(EPOCH),
        side_by_side=Localizer(project, first.other) if language is None else None,
    )
    return WordRenderer().render(job)


def packaged(rendered: Rendered) -> bytes:
    """The bytes the pipeline writes."""
    assert not rendered.diagnostics, [d.format() for d in rendered.diagnostics]
    if rendered.packaged:
        return rendered.data
    return normalize_ooxml(rendered.data, timestamp_from_epoch(EPOCH))


@pytest.fixture(scope="session")
def example_project() -> Project:
    return load(REPO / "content")


@pytest.fixture(scope="session")
def example_outputs(
    example_project: Project, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, Path]:
    """Every example mandate and terms of reference, as files named
    ``<group>-<document>-<en|fr|bilingual>.docx``."""
    out = tmp_path_factory.mktemp("docx")
    files: dict[str, Path] = {}
    for group in example_project.groups:
        for document in group.documents:
            if document.KIND == "deck":
                continue
            for language in (Language.EN, Language.FR, None):
                edition = language.value if language else "bilingual"
                name = f"{group.id}-{document.id}-{edition}"
                path = out / f"{name}.docx"
                path.write_bytes(packaged(render(example_project, group, document, language)))
                files[name] = path
    return files


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


# Test modules cannot import this file (--import-mode=importlib): they take these helpers
# as fixtures.


@pytest.fixture
def render_docx() -> Callable[..., Rendered]:
    return render


@pytest.fixture
def docx_bytes() -> Callable[..., bytes]:
    """Renders one edition and returns the bytes the pipeline writes."""

    def make(
        project: Project, group: WorkingGroup, document: Document, language: Language | None
    ) -> bytes:
        return packaged(render(project, group, document, language))

    return make


@pytest.fixture
def small() -> Callable[..., tuple[Project, WorkingGroup, Document]]:
    """``small(**options)``: a small project around :func:`small_terms`."""

    def make(**options: object) -> tuple[Project, WorkingGroup, Document]:
        return small_project(small_terms(**options))  # type: ignore[arg-type]

    return make
