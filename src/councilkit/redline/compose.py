"""One redline: a mandate or terms of reference planned in one language at both versions
(printed, and with its words as written: :mod:`.written`), its sections and blocks matched
(:mod:`.sections`, :mod:`.blocks`), a summary put first (:mod:`.summary`), and the new
version written as a Word document with tracked changes."""

from __future__ import annotations

import dataclasses
import datetime
from typing import Any, cast

from councilkit.build.layouts import find_layout
from councilkit.diagnostics import Diagnostic
from councilkit.document import plan, separate
from councilkit.document.model import Block
from councilkit.document.model import Document as Planned
from councilkit.errors import ContentError
from councilkit.localize import Localizer
from councilkit.model import Document, Language, WorkingGroup
from councilkit.package import write_package
from councilkit.redline import summary
from councilkit.redline.blocks import Differ, numbered_headings
from councilkit.redline.sections import known_as, revised_body, section_ids
from councilkit.redline.source import Version
from councilkit.redline.written import AsWritten, Texts
from councilkit.render.docx.canvas import Canvas
from councilkit.render.docx.layout import load_layout
from councilkit.render.docx.parts import document_parts
from councilkit.render.docx.properties import core_properties
from councilkit.render.docx.revisions import RevisedLines, Stamp


@dataclasses.dataclass(frozen=True, slots=True)
class Side:
    """One document at one version."""

    version: Version
    group: WorkingGroup
    document: Document

    def planned(
        self, language: Language, texts: Texts, *, numbered: bool, levels: int
    ) -> tuple[Planned, list[str]]:
        """The document planned in ``language`` (its words as written added to
        ``texts``), and its sections' YAML paths."""
        project = self.version.project
        printed, written = (
            plan(self.document, self.group, loc, numbered=numbered, toc_levels=levels)
            for loc in (Localizer(project, language), AsWritten(project, language))
        )
        texts.add(printed, written)
        return printed, section_ids(self.document, self.group, numbered=numbered)


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
    texts = Texts()
    before, old_ids = old.planned(language, texts, numbered=numbered, levels=levels)
    after, new_ids = new.planned(language, texts, numbered=numbered, levels=levels)
    timestamp = (
        datetime.datetime.fromtimestamp(epoch, datetime.UTC)
        if epoch is not None
        else datetime.datetime.combine(new.document.date, datetime.time(), datetime.UTC)
    )
    stamp = Stamp(
        author or loc.plain(project.settings.organization),
        timestamp.strftime("%Y-%m-%dT%H:%M:%SZ"),
    )
    differ = Differ(stamp, texts, {"old": old.version.root, "new": new.version.root})
    front = _on_a_new_page(differ.revise(before.title_page, after.title_page, last=False))
    new_ids = known_as(old.document, new.document, new_ids)
    body = revised_body(differ, before, after, old_ids, new_ids)
    if not summary.changed([*front, *body]):
        return None
    changes = summary.by_section(front, body, loc, numbered=numbered)
    opening = summary.summary_blocks(
        changes,
        _named(old, loc),
        _named(new, loc),
        loc,
        summary.document_line(new.document, new.group, loc),
    )
    numbered_anchors = (numbered_headings(before), numbered_headings(after))
    contents = differ.contents(before.contents, after.contents, numbered_anchors)
    edition = separate(after)
    blocks: list[Any] = [*opening, *front, contents, *body]
    section = dataclasses.replace(
        edition.sections[0], blocks=cast(tuple[Block, ...], tuple(blocks))
    )
    edition = dataclasses.replace(edition, sections=(section,))
    canvas = Canvas(layout.reference, layout.styles, edition.tag, new.version.root)
    core = core_properties(edition, timestamp)
    return write_package(document_parts(canvas, edition, core), timestamp)


def _on_a_new_page(blocks: list[Any]) -> list[Any]:
    """``blocks`` starting on a new page (the title page, after the summary)."""
    if not blocks or not isinstance(blocks[0], RevisedLines):
        return blocks
    first, *rest = blocks[0].lines
    look = dataclasses.replace(first.look, page_break=True)
    was = None if first.was is None else dataclasses.replace(first.was, page_break=True)
    lines = (first._replace(look=look, was=was), *rest)
    return [RevisedLines(lines, blocks[0].stamp), *blocks[1:]]


def _named(side: Side, loc: Localizer) -> str:
    """A version as the summary names it."""
    return summary.named(side.version, side.document.version, side.document.date, loc)
