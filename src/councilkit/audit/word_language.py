"""The rule ``document-language`` in Word, run by run, as Word itself finds a run's
language: the run's ``w:lang``, else its character style's, its paragraph style's (each
with the styles it is based on), else the document defaults'. Right-to-left runs take
``w:bidi``, the others ``w:val`` (East Asian text's ``w:eastAsia`` is not checked).

Only runs with text matter. A document whose defaults give no language is fine when every
run with text gets one from itself or its styles. Text that gets none is an error: once,
at the document defaults, when they give none and every paragraph with text holds some;
else at each paragraph that holds such text. A language that is not a tag screen readers know
(:mod:`.language_tags`) is an error where it is set: the paragraph for a run's own, the
style, or the defaults (each named once).
"""

from __future__ import annotations

from collections.abc import Iterator

from lxml import etree

from councilkit.audit.language_tags import fix, tag_problem
from councilkit.audit.office import NS, OfficeFile, paragraph_place, text_parts
from councilkit.audit.registry import finding
from councilkit.audit.word_styles import DEFAULTS, WordStyles
from councilkit.diagnostics import Diagnostic

_W = f"{{{NS['w']}}}"
STYLES = "word/styles.xml"
_HOW = "select the text, then Review > Language > Set Proofing Language"


def audit(doc: OfficeFile) -> Iterator[Diagnostic]:
    """Each place in a Word file where text has no language, or one that is not a
    language tag."""
    path = str(doc.path)
    styles = WordStyles(doc)
    reported: set[tuple[str, str, str]] = set()
    lacking: list[tuple[str, str]] = []
    paragraphs_with_text = 0
    for part, root in text_parts(doc):
        for index, paragraph in enumerate(root.iter(f"{_W}p"), start=1):
            runs = _runs(paragraph)
            paragraphs_with_text += bool(runs)
            without = False
            for run in runs:
                found = _language(styles, run)
                if found is None:
                    without = True
                    continue
                tag, origin = found
                problem = tag_problem(tag)
                if problem is None:
                    continue
                place = (part, paragraph_place(index, paragraph))
                if origin != "run":
                    place = (STYLES, origin)
                if (*place, tag) not in reported:
                    reported.add((*place, tag))
                    yield finding(path, "document-language", *place, fix(problem))
            if without:
                lacking.append((part, paragraph_place(index, paragraph)))
    default = any(
        lang.get(f"{_W}val", "").strip()
        for p in styles.defaults
        for lang in p.iterfind("w:lang", NS)
    )
    if lacking and not default and len(lacking) == paragraphs_with_text:
        yield finding(
            path,
            "document-language",
            STYLES,
            DEFAULTS,
            "the document has no default language, so screen readers guess how to read it: "
            "select all, then Review > Language > Set Proofing Language",
        )
        return
    for part, where in lacking:
        yield finding(
            path,
            "document-language",
            part,
            where,
            f"text without a language, so screen readers guess how to read it: {_HOW}",
        )


def _runs(paragraph: etree._Element) -> list[etree._Element]:
    """The runs with text of a paragraph itself (not those of a text box in it)."""
    return [
        run
        for run in paragraph.xpath(".//w:r[normalize-space(w:t)]", namespaces=NS)
        if next(run.iterancestors(f"{_W}p"), None) is paragraph
    ]


def _language(styles: WordStyles, run: etree._Element) -> tuple[str, str] | None:
    """A run's language tag and where it is set (see :meth:`.WordStyles.origins`), or
    None when nothing gives it one."""
    right_to_left = run.xpath("w:rPr/w:rtl[not(@w:val='0' or @w:val='false')]", namespaces=NS)
    attribute = f"{_W}{'bidi' if right_to_left else 'val'}"
    for properties, origin in styles.origins(run):
        for lang in properties.iterfind("w:lang", NS):
            value = lang.get(attribute)
            if value is not None and value.strip():
                return value, origin
    return None
