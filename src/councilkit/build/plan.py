"""Planning a build: which files to write, with what, checked before anything is written."""

from __future__ import annotations

import datetime
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from councilkit.build.layouts import find_layout
from councilkit.build.naming import output_name
from councilkit.build.shard import Shard
from councilkit.errors import UsageError
from councilkit.localize import Localizer
from councilkit.model import Document, Language, Project, WorkingGroup
from councilkit.package import timestamp_from_epoch
from councilkit.render import RenderJob, renderer_for


@dataclass(frozen=True, slots=True)
class PlannedOutput:
    """One file the build will write."""

    name: str
    group: WorkingGroup
    document: Document
    language: Language
    job: RenderJob


def plan_outputs(
    project: Project,
    content_root: Path,
    *,
    languages: tuple[Language, ...],
    groups: tuple[WorkingGroup, ...],
    epoch: int | None,
) -> list[PlannedOutput]:
    """Every file to write, checked for clashing names and missing layouts before any is
    written."""
    plan: list[PlannedOutput] = []
    for group in groups:
        for document in group.documents:
            renderer = renderer_for(document.KIND)
            layout_dir = find_layout(project.layout_of(document), content_root)
            timestamp = (
                timestamp_from_epoch(epoch) if epoch is not None else _midnight(document.date)
            )
            for named, language in project.files_of(document, languages):
                localizer = Localizer(project, language)
                job = RenderJob(
                    project=project,
                    group=group,
                    document=document,
                    localizer=localizer,
                    layout_dir=layout_dir,
                    content_root=content_root,
                    timestamp=timestamp,
                    side_by_side=Localizer(project, language.other) if named is None else None,
                )
                name = output_name(
                    project.settings.output, group, document, named, renderer.extension
                )
                plan.append(PlannedOutput(name, group, document, language, job))
    refuse_clashes([p.name for p in plan])
    return plan


def output_names(
    project: Project, groups: tuple[WorkingGroup, ...], shard: Shard | None = None
) -> list[str]:
    """The names of every file the groups' documents give (those of ``shard`` only, when
    given), in every language of the project: what a full build writes."""
    return [
        output_name(
            project.settings.output, group, document, named, renderer_for(document.KIND).extension
        )
        for group in groups
        for document in group.documents
        for named, _ in project.files_of(document)
        if shard is None or shard.holds(group.id, document.id)
    ]


def refuse_clashes(names: list[str]) -> None:
    clashes = sorted(name for name, count in Counter(names).items() if count > 1)
    if clashes:
        raise UsageError(
            f"two documents would be written to the same file ({', '.join(clashes)}); "
            "make output.stem in project.yaml include {group} and {document}"
        )


def chosen_languages(
    languages: tuple[Language, ...], wanted: Sequence[str] | None
) -> tuple[Language, ...]:
    if not wanted:
        return languages
    known = {lang.value: lang for lang in languages}
    unknown = [w for w in wanted if w not in known]
    if unknown:
        raise UsageError(f"unknown language '{unknown[0]}'; this project has: {', '.join(known)}")
    return tuple(known[w] for w in dict.fromkeys(wanted))


def selected_groups(known: list[str], wanted: Sequence[str] | None) -> set[str]:
    if not wanted:
        return set(known)
    unknown = [w for w in wanted if w not in known]
    if unknown:
        raise UsageError(f"no group '{unknown[0]}' in the content; known: {', '.join(known)}")
    return set(wanted)


def _midnight(date: datetime.date) -> datetime.datetime:
    return datetime.datetime(date.year, date.month, date.day, tzinfo=datetime.UTC)
