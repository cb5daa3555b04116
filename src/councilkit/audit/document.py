"""Document-level rules: title, language, tracked changes and comments left in."""

from __future__ import annotations

from collections.abc import Iterator

from councilkit.audit import word_language
from councilkit.audit.language_tags import fix, tag_problem
from councilkit.audit.office import NS, OfficeFile, excerpt, shape_name, slides, text_of
from councilkit.audit.registry import finding
from councilkit.diagnostics import Diagnostic

CORE = "docProps/core.xml"


def audit(doc: OfficeFile) -> Iterator[Diagnostic]:
    """Every document-level problem of ``doc``."""
    yield from _title(doc)
    if doc.kind == "word":
        yield from word_language.audit(doc)
        yield from _word_revisions(doc)
    else:
        yield from _slide_language(doc)


def _title(doc: OfficeFile) -> Iterator[Diagnostic]:
    core = doc.xml(CORE)
    titles = [] if core is None else core.xpath("dc:title/text()", namespaces=NS)
    if not "".join(titles).strip():
        yield finding(
            str(doc.path),
            "document-title",
            CORE,
            "",
            "the document has no title; screen readers announce it first: set one in "
            "File > Info > Properties > Title",
        )


def _word_revisions(doc: OfficeFile) -> Iterator[Diagnostic]:
    part, body = doc.main()
    changes = body.xpath(".//w:ins | .//w:del", namespaces=NS)
    if changes:
        yield finding(
            str(doc.path),
            "tracked-changes",
            part,
            f"{len(changes)} changes",
            "tracked changes are left in the document: Review > Accept (or Reject) All Changes",
        )
    for comments_part in doc.related(part, "/comments"):
        comments = doc.xml(comments_part)
        if comments is not None and len(comments.xpath("w:comment", namespaces=NS)):
            count = len(comments.xpath("w:comment", namespaces=NS))
            yield finding(
                str(doc.path),
                "comments",
                comments_part,
                f"{count} comments",
                "comments are left in the document: Review > Delete > Delete All Comments",
            )


def _slide_language(doc: OfficeFile) -> Iterator[Diagnostic]:
    """A run with text (in a shape or a table) has a language when it sets one, or its
    paragraph, its shape's or cell's list style or the presentation's default text style
    does (that default covers every run). A language that is not a tag screen readers
    know is an error where it is set: the default text style, or the shape (once for each
    tag)."""
    path = str(doc.path)
    main, presentation = doc.main()
    defaults = presentation.xpath("p:defaultTextStyle//a:defRPr/@lang[. != '']", namespaces=NS)
    for tag in dict.fromkeys(str(t) for t in defaults):
        problem = tag_problem(tag)
        if problem:
            yield finding(path, "document-language", main, "default text style", fix(problem))
    for number, slide_part, slide in slides(doc):
        for shape in slide.xpath(".//p:sp | .//p:graphicFrame[.//a:tbl]", namespaces=NS):
            where = f"slide {number}, {shape_name(shape)} {excerpt(text_of(shape))}"
            lacking = not defaults and shape.xpath(
                ".//a:r[normalize-space(a:t)][not(a:rPr/@lang)"
                " and not(ancestor::a:p/a:pPr/a:defRPr/@lang)"
                " and not(ancestor::*[self::p:txBody or self::a:txBody]/a:lstStyle"
                "//a:defRPr/@lang)]",
                namespaces=NS,
            )
            if lacking:
                paragraph = next(lacking[0].iterancestors(f"{{{NS['a']}}}p"))
                yield finding(
                    path,
                    "document-language",
                    slide_part,
                    f"slide {number}, {shape_name(shape)} {excerpt(text_of(paragraph))}",
                    "text without a language, so screen readers guess how to read it: select "
                    "the text, then Review > Language > Set Proofing Language",
                )
            tags = shape.xpath(
                ".//a:r[normalize-space(a:t)]/a:rPr/@lang | .//a:pPr/a:defRPr/@lang"
                " | .//a:lstStyle//a:defRPr/@lang",
                namespaces=NS,
            )
            for tag in dict.fromkeys(str(t) for t in tags):
                problem = tag_problem(tag)
                if problem:
                    yield finding(path, "document-language", slide_part, where, fix(problem))
