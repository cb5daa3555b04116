"""The localize step: one language of the bilingual model, ready for a renderer.

Renderers never choose a language themselves. They hold a :class:`Localizer` bound to one
language and ask it for the runs of a text, a formatted date, a fixed word, a marking.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import NamedTuple

from councilkit.localize import typography
from councilkit.localize.catalog import look_up, words
from councilkit.localize.dates import LANGUAGE_TAGS, format_date, format_month
from councilkit.localize.numbers import format_quantity, number_format
from councilkit.model import (
    BilingualText,
    ChartUnit,
    Document,
    Language,
    MemberRole,
    Project,
    WorkingGroup,
    has_markup,
    parse_inline,
)


class Run(NamedTuple):
    """A run of one-language text with its inline properties and the language it is in
    (a text not yet translated in a draft stays in the other language, and is tagged so).
    A named tuple rather than a frozen dataclass: documents make thousands, and a tuple is
    made in a third of the time."""

    text: str
    bold: bool = False
    italic: bool = False
    href: str | None = None
    language: Language = Language.EN


class Localizer:
    """The project's texts in one ``language``, for one render job: the fixed words are
    taken from the catalogs when first asked, and held for the job's other words (a
    catalog edited while a build runs is caught by the build's check of what it read)."""

    def __init__(self, project: Project, language: Language) -> None:
        self.project = project
        self.language = language
        self._words: Mapping[str, str] | None = None

    @property
    def tag(self) -> str:
        """The BCP 47 tag of the language: ``en-CA`` or ``fr-CA``."""
        return LANGUAGE_TAGS[self.language]

    def runs(self, text: BilingualText | None) -> tuple[Run, ...]:
        """The runs of ``text`` in this language, typography applied. A text missing in
        this language (allowed in drafts) comes out in the other language, after a
        bracketed "To translate" note, so that nothing is silently lost."""
        if text is None:
            return ()
        value = text.get(self.language)
        language = self.language
        prefix: tuple[Run, ...] = ()
        if not value:
            value = text.get(self.language.other)
            if not value:
                return ()
            language = self.language.other
            note = f"[{self.tr('To translate')}] "
            prefix = (Run(note, italic=True, language=self.language),)
        return prefix + _runs_of(value, language)

    def plain(self, text: BilingualText | None) -> str:
        """The text of ``text`` in this language without markup."""
        return "".join(run.text for run in self.runs(text))

    def typeset(self, text: str) -> str:
        """Typography of this language applied to a text written in code or data."""
        return self._typeset(text, self.language)

    def tr(self, msgid: str, context: str | None = None) -> str:
        """A fixed word of the documents in this language; ``context`` is its message
        context (``msgctxt``) when the English word has another translation elsewhere."""
        if self.language is Language.EN:
            return msgid
        if self._words is None:
            self._words = words(self.language)
        return look_up(msgid, self.language, self._words, context)

    def date(self, date: datetime.date) -> str:
        """A long date: ``September 14, 2016`` / ``14 septembre 2016``."""
        return format_date(date, self.language)

    def month(self, date: datetime.date) -> str:
        """A short month name for timelines."""
        return format_month(date, self.language)

    def quantity(self, value: float, *, unit: ChartUnit, decimals: int) -> str:
        """A chart value as read: ``1 000,5``, ``37,5 %``, ``1 000 $`` in French."""
        return format_quantity(value, self.language, unit=unit, decimals=decimals)

    def number_format(self, *, unit: ChartUnit, decimals: int) -> str:
        """The number format code that draws chart values as :meth:`quantity` writes them."""
        return number_format(self.language, unit=unit, decimals=decimals)

    def lead_separator(self, lead: str = "") -> str:
        """What follows a bold lead term: ``: `` in English, `` : `` (no-break) in French.
        An English lead that ends in ``?`` or ``!`` is followed by a space alone."""
        if self.language is Language.EN:
            return " " if lead.rstrip().endswith(("?", "!")) else ": "
        return f"{typography.NBSP}: "

    def marking(self, document: Document) -> str:
        """The security marking of ``document``: ``UNCLASSIFIED`` / ``NON CLASSIFIÉ``."""
        marking = self.project.classification_of(document).marking.get(self.language)
        assert marking is not None
        return marking

    def draft_label(self, document: Document) -> str | None:
        """The draft banner while ``document`` is a draft, else None."""
        return self.plain(self.project.settings.draft_label) if document.is_draft else None

    def document_title(self, group: WorkingGroup, document: Document) -> str:
        """The document's title: its own, or its kind and the group's name
        ("Terms of reference – Joint Councils Framework Working Group")."""
        if document.title is not None:
            return self.plain(document.title)
        kind = self.tr(_KIND_WORDS.get(document.KIND, "Mandate"))
        return f"{kind} – {self.plain(group.name)}"

    def status(self, document: Document) -> str:
        label = document.status.label.get(self.language)
        assert label is not None
        return label

    def role(self, role: MemberRole, *, co_chair: bool = False) -> str:
        """A member's role as printed in membership tables."""
        if co_chair:
            return self.tr("Co-chair")
        return self.tr(_ROLE_WORDS[role])

    def _typeset(self, text: str, language: Language) -> str:
        return typography.french(text) if language is Language.FR else typography.english(text)


MEMO_LIMIT = 10_000
"""Texts whose runs are remembered at most (a long-lived process forgets them all past this)."""

_RUNS: dict[tuple[str, Language], tuple[Run, ...]] = {}
"""The runs of a text by its value and language: they depend on nothing else (markup and
typography), and a build writes the same names and phrases in many documents."""


def _runs_of(value: str, language: Language) -> tuple[Run, ...]:
    """The runs of ``value``, a text in ``language``, typography applied."""
    runs = _RUNS.get((value, language))
    if runs is None:
        typeset = typography.french if language is Language.FR else typography.english
        if not has_markup(value):  # most texts: one run, no spans to make
            runs = (Run(typeset(value), False, False, None, language),)
        else:
            runs = tuple(
                Run(typeset(span.text), span.bold, span.italic, span.href, language)
                for span in parse_inline(value)
            )
        if len(_RUNS) >= MEMO_LIMIT:
            _RUNS.clear()
        _RUNS[value, language] = runs
    return runs


_KIND_WORDS = {
    "mandate": "Mandate",
    "terms-of-reference": "Terms of reference",
    "deck": "Briefing deck",
}

_ROLE_WORDS = {
    MemberRole.MEMBER: "Member",
    MemberRole.OBSERVER: "Observer",
    MemberRole.EX_OFFICIO: "Ex officio member",
    MemberRole.ADVISOR: "Advisor",
}
