"""Fixtures of the Word renderer's tests: every example document rendered in English,
French and side by side (once per session), and a small project built in Python."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

import pytest
from small_documents import small_project, small_terms

from councilkit.api import load
from councilkit.localize import Localizer
from councilkit.model import Document, Edition, Language, Project, WorkingGroup
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
    edition: Edition = Edition.SIDE_BY_SIDE,
) -> Rendered:
    """One language, or when ``language`` is None both in one file as ``edition`` (side
    by side or tête-bêche, the first language first)."""
    first = language or project.settings.output.first_language
    if language is None:
        output = dataclasses.replace(project.settings.output, edition=edition)
        project = dataclasses.replace(
            project, settings=dataclasses.replace(project.settings, output=output)
        )
        document = dataclasses.replace(document, edition=None)
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
    ``<group>-<document>-<en|fr|bilingual|tete-beche>.docx`` (bilingual: side by side)."""
    out = tmp_path_factory.mktemp("docx")
    files: dict[str, Path] = {}
    for group in example_project.groups:
        for document in group.documents:
            if document.KIND == "deck":
                continue
            editions = (
                (Language.EN, "en", Edition.SEPARATE),
                (Language.FR, "fr", Edition.SEPARATE),
                (None, "bilingual", Edition.SIDE_BY_SIDE),
                (None, "tete-beche", Edition.TETE_BECHE),
            )
            for language, label, edition in editions:
                name = f"{group.id}-{document.id}-{label}"
                path = out / f"{name}.docx"
                rendered = render(example_project, group, document, language, edition=edition)
                path.write_bytes(packaged(rendered))
                files[name] = path
    return files


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
