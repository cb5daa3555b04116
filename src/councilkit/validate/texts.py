"""Rules on texts: both languages written, and inline markup that can be read."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from councilkit.diagnostics import Diagnostic, Location, error, warning
from councilkit.model import (
    BilingualText,
    Language,
    MarkupError,
    Project,
    has_markup,
    parse_inline,
)
from councilkit.validate.scope import Scope
from councilkit.validate.walk import iter_texts

_LANGUAGE_NAMES = {Language.EN: "English", Language.FR: "French"}
_TO_WRITE = re.compile(r"\[(To write|À rédiger)\b[^\]]*\]")
_VAGUE_LINK_TEXT = re.compile(
    r"^(https?://\S+|www\.\S+|click here|here|cliquez ici|ici|link|lien)$", re.IGNORECASE
)


def check_texts(project: Project, scope: Scope) -> Iterator[Diagnostic]:
    """Missing translations and unreadable markup in every text of the project."""
    languages = project.settings.languages
    source = project.settings.source_language
    yield from _texts(project.settings, languages, source, fallback=None, draft=False)
    for group in project.groups:
        yield from _texts(group, languages, source, fallback=group.loc, draft=False)
        for document in group.documents:
            yield from _texts(
                document,
                languages,
                project.source_language_of(document),
                fallback=document.loc,
                draft=document.is_draft,
            )


def _texts(
    record: Any,
    languages: tuple[Language, ...],
    source: Language,
    *,
    fallback: Location | None,
    draft: bool,
) -> Iterator[Diagnostic]:
    for text in iter_texts(record):
        where = text.loc or fallback
        if where is None:
            continue  # a default written in code, complete by construction
        for language in languages:
            value = text.get(language)
            if value is None:
                yield _missing(text, language, where, draft)
            else:
                yield from _markup(value, language, where)
        yield from _to_write(text, languages, where)
        if text.is_stale(source):
            yield _stale(text, source, where, draft)


def _missing(text: BilingualText, language: Language, where: Location, draft: bool) -> Diagnostic:
    other = text.get(language.other)
    name = _LANGUAGE_NAMES[language]
    message = f"missing {name} text; add '{language.value}:'"
    if other:
        excerpt = other if len(other) <= 60 else other[:57] + "…"
        message += f" (the {_LANGUAGE_NAMES[language.other]} reads: “{excerpt}”)"
    if draft:
        return warning(where, "missing-translation", message + "; allowed while a draft")
    return error(where, "missing-translation", message)


def _stale(text: BilingualText, source: Language, where: Location, draft: bool) -> Diagnostic:
    target = _LANGUAGE_NAMES[source.other]
    message = (
        f"the {_LANGUAGE_NAMES[source]} text changed after this {target} translation was "
        f"made; update the {target}, then run 'councilkit i18n confirm' (or re-import it)"
    )
    if draft:
        return warning(where, "stale-translation", message + "; allowed while a draft")
    return error(where, "stale-translation", message)


def _markup(value: str, language: Language, where: Location) -> Iterator[Diagnostic]:
    if not has_markup(value):  # one plain span, without a link: nothing to say
        return
    try:
        spans = parse_inline(value)
    except MarkupError as exc:
        yield error(where, "markup", f"in the {_LANGUAGE_NAMES[language]} text: {exc}")
        return
    for span in spans:
        if span.href and _VAGUE_LINK_TEXT.match(span.text.strip()):
            yield warning(
                where,
                "link-text",
                f"link text '{span.text}' does not say where it leads; describe the "
                "destination (screen readers list links by their text)",
            )


def _to_write(
    text: BilingualText, languages: tuple[Language, ...], where: Location
) -> Iterator[Diagnostic]:
    placeholders = [lang for lang in languages if _TO_WRITE.search(text.get(lang) or "")]
    if placeholders:
        names = " and ".join(_LANGUAGE_NAMES[lang] for lang in placeholders)
        yield warning(
            where,
            "to-write",
            f"text still to write in {names}: replace the template's '[To write …]' "
            "placeholder with the real text",
        )
