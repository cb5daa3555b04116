"""The fixed words of the documents ("Table of contents", "Page … of …"), from gettext
catalogs compiled with Babel.

Message ids are the English words. Each renderer keeps its words in its own catalog,
``catalogs/fr/<domain>.po``; this module compiles every catalog with Babel when first asked
and merges them. A message id missing from the French catalog is an error, not a silent
English word in a French document: :func:`translate` raises, and a test checks that every
id used in the code is in the catalog.
"""

from __future__ import annotations

import gettext
import io
import os
from collections.abc import Mapping
from functools import cache
from importlib import resources
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from councilkit.build.reads import FileStat, file_stat, is_racy
from councilkit.model import Language

CATALOG_PACKAGE = "councilkit.localize"
CATALOG_FOLDER = "catalogs"


class MissingTranslation(LookupError):
    """A fixed word of the documents has no French translation in the catalogs."""


def translate(msgid: str, language: Language) -> str:
    """``msgid`` in ``language``."""
    if language is Language.EN:
        return msgid
    return look_up(msgid, language, words(language))


def words(language: Language) -> Mapping[str, str]:
    """The translations of every fixed word in ``language``, as the catalogs are now (an
    empty mapping for English, whose words are their own message ids). A caller that holds
    it for one document checks the catalog files once rather than once a word."""
    if language is Language.EN:
        return {}
    return _catalog(language.value)


def look_up(msgid: str, language: Language, catalog: Mapping[str, str]) -> str:
    """``msgid`` in ``language`` from ``catalog`` (what :func:`words` gave)."""
    if language is Language.EN:
        return msgid
    found = catalog.get(msgid)
    if found is None:
        raise MissingTranslation(
            f"the fixed text {msgid!r} has no {language.value} translation; add it to "
            f"src/councilkit/localize/catalogs/{language.value}/*.po"
        )
    return found


def message_ids(language: Language) -> frozenset[str]:
    """Every message id with a translation in ``language``."""
    return frozenset(_catalog(language.value))


_CATALOGS: dict[tuple[str, tuple[tuple[str, FileStat | None], ...]], dict[str, str]] = {}


def _catalog(language: str) -> dict[str, str]:
    """The merged catalogs of ``language``, compiled again whenever a file changes."""
    folder = _folder(language)
    entries = sorted(folder / name for name in os.listdir(folder) if name.endswith(".po"))
    key = (language, tuple((e.name, file_stat(e)) for e in entries))
    if key not in _CATALOGS:
        merged = _compile(language, entries)
        if any(is_racy(stat) for _, stat in key[1]):
            return merged
        _CATALOGS[key] = merged
    return _CATALOGS[key]


@cache
def _folder(language: str) -> Path:
    """Where the catalogs of ``language`` are: where the package was installed, which
    does not move while a process runs (the files in it are checked at each use)."""
    return Path(str(resources.files(CATALOG_PACKAGE) / CATALOG_FOLDER / language))


def _compile(language: str, entries: list[Path]) -> dict[str, str]:
    merged: dict[str, str] = {}
    for entry in entries:
        with entry.open("rb") as handle:
            catalog = read_po(handle, locale=f"{language}_CA", domain=entry.name[:-3])
        compiled = io.BytesIO()
        write_mo(compiled, catalog)
        compiled.seek(0)
        translations = gettext.GNUTranslations(compiled)
        for message in catalog:
            if message.id and isinstance(message.id, str) and message.string:
                merged[message.id] = translations.gettext(message.id)
    return merged
