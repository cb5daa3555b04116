"""What frames the content: the title page, the header and footer of every page, and the
table of contents.

The header carries the security marking on every page (and the draft banner while the
document is a draft); the footer reads ``Page X of Y`` with real PAGE and NUMPAGES fields.
The table of contents is a TOC field whose result is written in advance from the plan, so it
is right where fields never refresh; Word refreshes it on open (``w:updateFields``).
"""

from __future__ import annotations

from collections.abc import Sequence

from councilkit.localize import Localizer, Run
from councilkit.model import Document, WorkingGroup
from councilkit.render.docx import _wml
from councilkit.render.docx._wml import Out
from councilkit.render.docx.blocks import Writer
from councilkit.render.docx.sections import Section, bookmark_name

PAGE_FOOTER = "Page {page} of {pages}"


def kind_words(document: Document) -> str:
    """The message id naming the document's kind."""
    return "Mandate" if document.KIND == "mandate" else "Terms of reference"


def document_title(document: Document, group: WorkingGroup, loc: Localizer) -> str:
    """The document's title as its properties give it: its own title, or its kind and the
    group (``Terms of reference – Joint Councils Framework Working Group``)."""
    if document.title is not None:
        return loc.plain(document.title)
    return f"{loc.tr(kind_words(document))} – {loc.plain(group.name)}"


def title_page(
    writer: Writer,
    parent: Out,
    document: Document,
    group: WorkingGroup,
    *,
    other_language_note: bool = True,
) -> None:
    """Organisation, group, kind, version, status, date, marking, and the note that the
    other language version exists."""
    loc, styles = writer.loc, writer.styles
    project = loc.project
    writer.paragraph(parent, styles.organization, loc.runs(project.settings.organization))
    writer.paragraph(parent, styles.title, loc.runs(group.name))
    subtitle = loc.runs(document.title) if document.title else writer.words(kind_words(document))
    writer.paragraph(parent, styles.subtitle, subtitle)
    details = (
        ("Version", document.version),
        ("Status", loc.status(document)),
        ("Date", loc.date(document.date)),
    )
    for msgid, value in details:
        runs = writer.lead(writer.words(msgid), (writer.text(value),))
        writer.paragraph(parent, styles.title_details, runs)
    writer.paragraph(parent, styles.marking, (writer.text(loc.marking(document)),))
    if other_language_note:
        note = loc.tr("This document is also available in French.")
        writer.paragraph(parent, styles.title_note, (writer.text(note),))


def table_of_contents(
    writer: Writer,
    parent: Out,
    plan: Sequence[Section],
    *,
    levels: int,
    numbers: bool = True,
) -> None:
    """The "Table of contents" heading (starting a new page) and a TOC field whose result
    lists the plan's headings, each linking to its bookmark."""
    styles = writer.styles
    writer.paragraph(parent, styles.toc_heading, writer.words("Table of contents"))
    entries: list[tuple[int, int, tuple[Run, ...]]] = []
    for section in plan:
        entries.append((1, section.anchor, heading_runs(writer, section, numbers)))
        if levels >= 2:
            for sub in section.subsections:
                number = sub.number if numbers else None
                entries.append((2, sub.anchor, subheading_runs(writer, sub.heading, number)))
    instruction = f'TOC \\o "1-{max(1, min(levels, 3))}" \\h \\z \\u'
    for index, (level, anchor, runs) in enumerate(entries):
        style = styles.toc_1 if level == 1 else styles.toc_2
        _wml.paragraph_start(parent, style)
        if index == 0:
            _wml.field_begin(parent, instruction, dirty=True)
        _wml.anchor_link(parent, bookmark_name(anchor))
        writer.add_runs(parent, runs)
        parent.append(_wml.HYPERLINK_END)
        if index == len(entries) - 1:
            _wml.field_end(parent)
        _wml.paragraph_end(parent)


def heading_runs(writer: Writer, section: Section, numbers: bool) -> tuple[Run, ...]:
    """A section's heading: its number, then its fixed words or its own title."""
    if section.heading is not None:
        runs = writer.words(section.heading)
    else:
        runs = writer.loc.runs(section.title)
    if numbers and section.number:
        return (writer.text(f"{section.number}. "), *runs)
    return runs


def subheading_runs(writer: Writer, msgid: str, number: str | None) -> tuple[Run, ...]:
    runs = writer.words(msgid)
    return (writer.text(f"{number} "), *runs) if number else runs


def header_and_footer(
    writers: Sequence[Writer], document: Document, header: Out, footer: Out
) -> None:
    """The marking (and the draft banner) in the header, ``Page X of Y`` in the footer, in
    each writer's language (two for a side-by-side edition)."""
    first = writers[0]
    styles = first.styles
    markings = [w.loc.marking(document) for w in writers]
    first.paragraph(header, styles.header, (first.text(" / ".join(dict.fromkeys(markings))),))
    banners = [w.loc.draft_label(document) for w in writers]
    if banners[0]:
        runs = _joined([(w, b) for w, b in zip(writers, banners, strict=True) if b])
        first.paragraph(header, styles.draft, runs)
    _wml.paragraph_start(footer, styles.footer)
    _wml.tab(footer)
    _wml.tab(footer)
    for index, writer in enumerate(writers):
        if index:
            writer.add_runs(footer, (writer.text(" / "),))
        pattern = writer.loc.tr(PAGE_FOOTER)
        before, _, rest = pattern.partition("{page}")
        middle, _, after = rest.partition("{pages}")
        writer.add_runs(footer, (writer.text(before),))
        _wml.simple_field(footer, "PAGE", "1")
        writer.add_runs(footer, (writer.text(middle),))
        _wml.simple_field(footer, "NUMPAGES", "1")
        if after:
            writer.add_runs(footer, (writer.text(after),))
    _wml.paragraph_end(footer)


def _joined(pairs: Sequence[tuple[Writer, str]]) -> tuple[Run, ...]:
    runs: list[Run] = []
    for index, (writer, text) in enumerate(pairs):
        if index:
            runs.append(writer.text(" / "))
        runs.append(writer.text(text))
    return tuple(runs)
