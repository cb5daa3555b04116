"""The planner: a mandate or terms of reference of the bilingual model, in one language, as
a :class:`~.model.Document` (title page, table of contents, sections, header and footer
words, properties). No file is read and no markup written: tests plan documents without
opening a file."""

from __future__ import annotations

from councilkit.document import outline
from councilkit.document.model import (
    Block,
    Document,
    Field,
    Heading,
    Inline,
    Markings,
    Paragraph,
    Part,
    Properties,
    Section,
    TableOfContents,
    TocEntry,
)
from councilkit.document.parts import PartPlanner
from councilkit.localize import Localizer, Run
from councilkit.model import Document as ContentDocument
from councilkit.model import WorkingGroup

PAGE_FOOTER = "Page {page} of {pages}"


def kind_words(document: ContentDocument) -> str:
    """The message id naming the document's kind."""
    return "Mandate" if document.KIND == "mandate" else "Terms of reference"


def plan(
    document: ContentDocument,
    group: WorkingGroup,
    loc: Localizer,
    *,
    numbered: bool = True,
    toc_levels: int = 2,
) -> Document:
    """``document`` in the language of ``loc``; ``numbered`` numbers the sections,
    ``toc_levels`` is how many heading levels the table of contents lists."""
    planner = PartPlanner(loc, group)
    outlined = outline.plan_document(document, group, numbered=numbered)
    sections = tuple(
        _section(planner, section, numbered, first=index == 0)
        for index, section in enumerate(outlined)
    )
    return Document(
        language=loc.language,
        tag=loc.tag,
        title_page=title_page(planner, document, group),
        contents=contents(planner, sections, levels=toc_levels),
        sections=sections,
        markings=Markings(loc.marking(document), loc.draft_label(document)),
        footer=page_footer(loc),
        properties=properties(document, group, loc),
    )


def heading_runs(planner: PartPlanner, section: outline.Section, numbers: bool) -> tuple[Run, ...]:
    """A section's heading: its number, then its fixed words or its own title."""
    if section.heading is not None:
        runs = planner.words(section.heading)
    else:
        runs = planner.loc.runs(section.title)
    if numbers and section.number:
        return (planner.text(f"{section.number}. "), *runs)
    return runs


def subheading_runs(planner: PartPlanner, msgid: str, number: str | None) -> tuple[Run, ...]:
    runs = planner.words(msgid)
    return (planner.text(f"{number} "), *runs) if number else runs


def _section(
    planner: PartPlanner, section: outline.Section, numbers: bool, *, first: bool
) -> Section:
    numbered = numbers and section.number is not None
    runs = heading_runs(planner, section, numbers)
    heading = Heading(1, runs, section.anchor, page_break=first, numbered=numbered)
    parts: list[Part] = []
    for part in section.parts:
        if isinstance(part, outline.Subsection):
            number = part.number if numbers else None
            runs = subheading_runs(planner, part.heading, number)
            sub = Heading(2, runs, part.anchor, numbered=number is not None)
            parts.append(Part((sub,)))
            parts.extend(Part(planner.part(p)) for p in part.parts)
        else:
            parts.append(Part(planner.part(part)))
    return Section(heading, tuple(p for p in parts if p.blocks))


def title_page(
    planner: PartPlanner, document: ContentDocument, group: WorkingGroup
) -> tuple[Block, ...]:
    """Organisation, group, kind, version, status, date, marking, and the note that the
    other language version exists (role ``title_note``, left out where both are given)."""
    loc = planner.loc
    subtitle = loc.runs(document.title) if document.title else planner.words(kind_words(document))
    blocks: list[Block] = [
        Paragraph("organization", loc.runs(loc.project.settings.organization)),
        Paragraph("title", loc.runs(group.name)),
        Paragraph("subtitle", subtitle),
    ]
    details = (
        ("Version", document.version),
        ("Status", loc.status(document)),
        ("Date", loc.date(document.date)),
    )
    for msgid, value in details:
        runs = planner.lead(planner.words(msgid), (planner.text(value),))
        blocks.append(Paragraph("title_details", runs))
    blocks.append(Paragraph("marking", (planner.text(loc.marking(document)),)))
    note = loc.tr("This document is also available in French.")
    blocks.append(Paragraph("title_note", (planner.text(note),)))
    return tuple(blocks)


def contents(
    planner: PartPlanner, sections: tuple[Section, ...], *, levels: int
) -> TableOfContents:
    """The "Table of contents" heading and an entry for each planned heading (of level 2
    too when ``levels`` is 2 or more), with the same words and anchor."""
    entries: list[TocEntry] = []
    for section in sections:
        for heading in (
            section.heading,
            *(b for part in section.parts for b in part.blocks if isinstance(b, Heading)),
        ):
            if heading.anchor is not None and heading.level <= levels:
                entries.append(TocEntry(heading.level, heading.anchor, heading.content))
    levels = max(1, min(levels, 3))
    return TableOfContents(planner.words("Table of contents"), tuple(entries), levels)


def page_footer(loc: Localizer, pages: str = "NUMPAGES") -> tuple[Inline, ...]:
    """``Page X of Y`` in this language, X and Y being fields."""
    before, _, rest = loc.tr(PAGE_FOOTER).partition("{page}")
    middle, _, after = rest.partition("{pages}")
    language = loc.language
    content: list[Inline] = [Run(before, language=language), Field("PAGE")]
    content += [Run(middle, language=language), Field(pages)]
    if after:
        content.append(Run(after, language=language))
    return tuple(content)


def document_title(document: ContentDocument, group: WorkingGroup, loc: Localizer) -> str:
    """The document's title as its properties give it: its own title, or its kind and the
    group (``Terms of reference – Joint Councils Framework Working Group``)."""
    if document.title is not None:
        return loc.plain(document.title)
    return f"{loc.tr(kind_words(document))} – {loc.plain(group.name)}"


def properties(document: ContentDocument, group: WorkingGroup, loc: Localizer) -> Properties:
    """Title (not the file name), subject, author, keywords, category, status, version."""
    words = [loc.plain(group.name)]
    if group.acronym is not None:
        words.append(loc.plain(group.acronym))
    for ref in group.councils:
        council = loc.project.council(ref.id)
        if council is not None and council.acronym is not None:
            words.append(loc.plain(council.acronym))
    words.append(loc.tr(kind_words(document)))
    return Properties(
        title=document_title(document, group, loc),
        subject=loc.plain(group.name),
        author=loc.plain(loc.project.settings.organization),
        keywords=tuple(words),
        category=loc.tr(kind_words(document)),
        status=loc.status(document),
        version=document.version,
        identifier=f"{group.id}/{document.id}",
    )
