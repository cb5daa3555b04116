"""The project: the organisation, its councils, settings, and every working group."""

from __future__ import annotations

from dataclasses import dataclass

from councilkit.diagnostics import Location
from councilkit.model.documents import Document, Edition
from councilkit.model.group import WorkingGroup
from councilkit.model.markings import DEFAULT_DRAFT_LABEL, Classification
from councilkit.model.schema import SLUG_HELP, SLUG_PATTERN, location, location_of, spec
from councilkit.model.text import BilingualText, Language


@dataclass(frozen=True, slots=True, kw_only=True)
class Council:
    """A council that working groups report to."""

    id: str = spec(pattern=SLUG_PATTERN, help=SLUG_HELP)
    name: BilingualText
    acronym: BilingualText | None = None
    loc: Location | None = location()


@dataclass(frozen=True, slots=True, kw_only=True)
class LanguageSuffixes:
    """The file-name suffix of each language edition (the GC's ``-eng`` / ``-fra``)."""

    en: str = spec(default="eng", pattern=r"[A-Za-z0-9_]{1,10}", help="use letters and digits")
    fr: str = spec(default="fra", pattern=r"[A-Za-z0-9_]{1,10}", help="use letters and digits")
    loc: Location | None = location()

    def for_language(self, language: Language) -> str:
        return self.en if language is Language.EN else self.fr


BILINGUAL_SUFFIX = "bil"
"""The suffix of a side-by-side bilingual edition's file name."""

STEM_FIELDS = ("group", "document", "kind")
"""The fields an output stem may use."""

_STEM_PART = r"[A-Za-z0-9_.-]|\{(?:group|document|kind)\}"
STEM_PATTERN = rf"(?!.*\.\.)(?:[A-Za-z0-9_]|\{{(?:group|document|kind)\}})(?:{_STEM_PART})*"
"""A stem that makes a safe file name on every system: letters, digits, '-', '_' and '.',
and the known fields; it starts with a letter, a digit or a field, and never holds '..'."""

STEM_HELP = (
    "use letters, digits, '-', '_' and '.', and only the fields {group}, {document} and "
    "{kind}; start with a letter, a digit or a field, and never write '..'"
)


@dataclass(frozen=True, slots=True, kw_only=True)
class OutputSettings:
    """How output files are named and how the two languages are published.

    ``stem`` may use ``{group}`` (the group's folder), ``{document}`` (the document's file
    name) and ``{kind}``; the language suffix is added as ``-eng`` / ``-fra``.
    """

    stem: str = spec(default="{group}-{document}", pattern=STEM_PATTERN, help=STEM_HELP)
    suffixes: LanguageSuffixes = spec(factory=LanguageSuffixes)
    edition: Edition = Edition.SEPARATE
    first_language: Language = Language.EN
    loc: Location | None = location()
    stem_loc: Location | None = location_of("stem")

    def file_stem(self, group_id: str, document_id: str, kind: str) -> str:
        """The stem filled in for one document, such as ``my-group-mandate``.

        >>> OutputSettings().file_stem("data-wg", "mandate", "mandate")
        'data-wg-mandate'
        """
        return self.stem.format(group=group_id, document=document_id, kind=kind)

    def suffix(self, language: Language | None) -> str:
        """The file-name suffix of a language edition; None names the side-by-side one."""
        return BILINGUAL_SUFFIX if language is None else self.suffixes.for_language(language)


DEFAULT_LANGUAGES: tuple[Language, ...] = (Language.EN, Language.FR)


@dataclass(frozen=True, slots=True, kw_only=True)
class ProjectSettings:
    """What ``project.yaml`` says: names, languages, default layout and markings."""

    organization: BilingualText
    councils: tuple[Council, ...] = ()
    languages: tuple[Language, ...] = DEFAULT_LANGUAGES
    source_language: Language = Language.EN
    layout: str = spec(default="default", pattern=SLUG_PATTERN, help=SLUG_HELP)
    classification: Classification = Classification.UNCLASSIFIED
    draft_label: BilingualText = spec(default=DEFAULT_DRAFT_LABEL)
    output: OutputSettings = spec(factory=OutputSettings)
    loc: Location | None = location()
    layout_loc: Location | None = location_of("layout")


@dataclass(frozen=True, slots=True, kw_only=True)
class Project:
    """Everything in a content folder, loaded and typed."""

    settings: ProjectSettings
    groups: tuple[WorkingGroup, ...] = ()

    def group(self, group_id: str) -> WorkingGroup | None:
        """The group with that id (its folder name)."""
        return next((g for g in self.groups if g.id == group_id), None)

    def council(self, council_id: str) -> Council | None:
        """The council with that id."""
        return next((c for c in self.settings.councils if c.id == council_id), None)

    def documents(self) -> tuple[tuple[WorkingGroup, Document], ...]:
        """Every (group, document) pair, in group then file order."""
        return tuple((g, d) for g in self.groups for d in g.documents)

    def classification_of(self, document: Document) -> Classification:
        """The document's marking: its own, or the project's."""
        return document.classification or self.settings.classification

    def source_language_of(self, document: Document) -> Language:
        """The language the document was written in first."""
        return document.source_language or self.settings.source_language

    def edition_of(self, document: Document) -> Edition:
        """How the document's two languages are published."""
        return document.edition or self.settings.output.edition

    def files_of(
        self, document: Document, languages: tuple[Language, ...] | None = None
    ) -> list[tuple[Language | None, Language]]:
        """The files of one document, each as ``(language named in the file, language
        drawn first)``: one per language, or, for a mandate or terms of reference in a
        bilingual edition (side by side, tête-bêche), one file named for neither language."""
        if self.edition_of(document).bilingual and document.KIND != "deck":
            return [(None, self.settings.output.first_language)]
        return [(lang, lang) for lang in (languages or self.settings.languages)]

    def layout_of(self, document: Document) -> str:
        """The layout the document is drawn with."""
        return document.layout or self.settings.layout
