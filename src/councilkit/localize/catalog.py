"""The fixed words of the documents ("Table of contents", "Page … of …"), from gettext
catalogs compiled with Babel.

Message ids are the English words. Each renderer keeps its words in its own catalog,
``catalogs/fr/<domain>.po``; this module compiles every catalog with Babel when first asked
and merges them. A message id missing from the French catalog is an error, not a silent
English word in a French document: :func:`translate` raises, and a test checks that every
id used in the code is in the catalog.

One English word may need two translations ("Summary of changes" is a column of the
version history, "Résumé des modifications", and the title of a redline's summary,
"Sommaire des modifications"). The second is given a gettext message context
(``msgctxt "redline"``): a word asked for in a context is looked up by its context and
id, a word asked for without one by its id alone.
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


CONTEXT_SEPARATOR = "\x04"
"""What joins a message context and its id in a compiled catalog (as in gettext's .mo)."""


class MissingTranslation(LookupError):
    """A fixed word of the documents has no French translation in the catalogs."""


def key(msgid: str, context: str | None = None) -> str:
    """The key of ``msgid`` in ``context`` in the mapping :func:`words` gives: the id alone
    without a context, else the context, gettext's separator and the id."""
    return msgid if context is None else f"{context}{CONTEXT_SEPARATOR}{msgid}"


def translate(msgid: str, language: Language, context: str | None = None) -> str:
    """``msgid`` in ``language`` (in the message context ``context``, if given)."""
    if language is Language.EN:
        return msgid
    return look_up(msgid, language, words(language), context)


def words(language: Language) -> Mapping[str, str]:
    """The translations of every fixed word in ``language``, as the catalogs are now (an
    empty mapping for English, whose words are their own message ids). A caller that holds
    it for one document checks the catalog files once rather than once a word."""
    if language is Language.EN:
        return {}
    return _catalog(language.value)


def look_up(
    msgid: str, language: Language, catalog: Mapping[str, str], context: str | None = None
) -> str:
    """``msgid`` in ``language`` from ``catalog`` (what :func:`words` gave), in the
    message context ``context`` if given (never the translation without a context)."""
    if language is Language.EN:
        return msgid
    found = catalog.get(key(msgid, context))
    if found is None:
        where = "" if context is None else f" in the context {context!r} (msgctxt)"
        raise MissingTranslation(
            f"the fixed text {msgid!r}{where} has no {language.value} translation; add it to "
            f"src/councilkit/localize/catalogs/{language.value}/*.po"
        )
    return found


def message_ids(language: Language, context: str | None = None) -> frozenset[str]:
    """Every message id with a translation in ``language`` in ``context`` (without a
    context when None)."""
    catalog = _catalog(language.value)
    if context is None:
        return frozenset(k for k in catalog if CONTEXT_SEPARATOR not in k)
    prefix = key("", context)
    return frozenset(k[len(prefix) :] for k in catalog if k.startswith(prefix))


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
                context = message.context
                found = (
                    translations.gettext(message.id)
                    if context is None
                    else translations.pgettext(context, message.id)
                )
                merged[key(message.id, context)] = found
    return merged
