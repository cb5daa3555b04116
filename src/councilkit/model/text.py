"""Bilingual text: the value type behind every word a reader sees."""

from __future__ import annotations

import enum
import hashlib
from dataclasses import dataclass, field

from councilkit.diagnostics import Location


class Language(enum.StrEnum):
    """An official language of Canada, by its ISO 639-1 code."""

    EN = "en"
    FR = "fr"

    @property
    def other(self) -> Language:
        """The other official language."""
        return Language.FR if self is Language.EN else Language.EN


@dataclass(frozen=True, slots=True, kw_only=True)
class BilingualText:
    """A text in English and French, each written in councilkit's inline markup.

    Either language may be missing while a document is a draft; ``check`` reports it.

    >>> BilingualText(en="Purpose", fr="Objet").get(Language.FR)
    'Objet'
    """

    en: str | None = None
    fr: str | None = None
    translated_from: str | None = None
    """The fingerprint of the source-language text this translation was made from
    (written when a translation is imported or confirmed); see :func:`fingerprint`."""
    loc: Location | None = field(default=None, compare=False, repr=False)

    def get(self, language: Language) -> str | None:
        """The text in ``language``, or None when it has not been written."""
        return self.en if language is Language.EN else self.fr

    def is_stale(self, source: Language) -> bool:
        """True when the source text changed after the translation was made from it."""
        original = self.get(source)
        return bool(self.translated_from and original) and (
            self.translated_from != fingerprint(original or "")
        )

    def missing(self) -> tuple[Language, ...]:
        """The languages this text lacks."""
        return tuple(lang for lang in Language if not self.get(lang))


def fingerprint(text: str) -> str:
    """A short, stable fingerprint of a source text, insensitive to line wrapping.

    >>> fingerprint("Notre but")
    'dc4d6a14a6'
    """
    normalized = " ".join(text.split())
    return hashlib.sha256(normalized.encode("utf-8")).hexdigest()[:10]


def bilingual(en: str, fr: str) -> BilingualText:
    """A complete bilingual text, for defaults written in code."""
    return BilingualText(en=en, fr=fr)
