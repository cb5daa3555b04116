"""One redline: a mandate or terms of reference planned in one language at both versions,
its blocks matched (:mod:`.blocks`), a summary put first (:mod:`.summary`), and the new
version written as a Word document with tracked changes."""

from __future__ import annotations

import dataclasses
import datetime
from typing import Any, cast

from councilkit.build.layouts import find_layout
from councilkit.diagnostics import Diagnostic
from councilkit.document import plan, separate
from councilkit.document.model import Block
from councilkit.errors import ContentError
from councilkit.localize import Localizer
from councilkit.model import Document, Language, WorkingGroup
from councilkit.package import write_package
from councilkit.redline import summary
from councilkit.redline.blocks import revise
from councilkit.redline.source import Version
from councilkit.render.docx.canvas import Canvas
from councilkit.render.docx.layout import load_layout
from councilkit.render.docx.parts import document_parts
from councilkit.render.docx.properties import core_properties
from councilkit.render.docx.revisions import Stamp


@dataclasses.dataclass(frozen=True, slots=True)
class Side:
    """One document at one version."""

    version: Version
    group: WorkingGroup
    document: Document


def redline(
    old: Side, new: Side, language: Language, *, author: str | None, epoch: int | None
) -> bytes | None:
    """The bytes of the redline of ``new`` against ``old`` in ``language``, or None when
    nothing changed."""
    project = new.version.project
    layout, problems = load_layout(find_layout(project.layout_of(new.document), new.version.root))
    if layout is None or layout.styles is None:
        errors = problems + (layout.style_problems if layout else ())
        raise ContentError(cast(list[Diagnostic], list(errors)))
    numbered, levels = layout.settings.section_numbers, layout.settings.toc_levels
    loc = Localizer(project, language)
    before = plan(
        old.document,
        old.group,
        Localizer(old.version.project, language),
        numbered=numbered,
        toc_levels=levels,
    )
    after = plan(new.document, new.group, loc, numbered=numbered, toc_levels=levels)
    timestamp = (
        datetime.datetime.fromtimestamp(epoch, datetime.UTC)
        if epoch is not None
        else datetime.datetime.combine(new.document.date, datetime.time(), datetime.UTC)
    )
    stamp = Stamp(
        author or loc.plain(project.settings.organization),
        timestamp.strftime("%Y-%m-%dT%H:%M:%SZ"),
    )
    front = revise(before.title_page, after.title_page, stamp, last=False)
    body = revise(before.body(), after.body(), stamp)
    if not summary.changed([*front, *body]):
        return None
    changes = summary.by_section(front, body, language)
    opening = summary.summary_blocks(
        changes,
        f"{old.version.label}, {old.document.version}, {old.document.date.isoformat()}",
        f"{new.version.label}, {new.document.version}, {new.document.date.isoformat()}",
        language,
    )
    edition = separate(after)
    blocks: list[Any] = [*opening, *front, after.contents, *body]
    section = dataclasses.replace(
        edition.sections[0], blocks=cast(tuple[Block, ...], tuple(blocks))
    )
    edition = dataclasses.replace(edition, sections=(section,))
    canvas = Canvas(layout.reference, layout.styles, edition.tag, new.version.root)
    core = core_properties(edition, timestamp)
    return write_package(document_parts(canvas, edition, core), timestamp)
