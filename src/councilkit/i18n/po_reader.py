"""PO files read back from translators: the header, then one unit per entry.

The entries come from :mod:`~councilkit.i18n.po_syntax` (strict grammar, UTF-8). The
header (the entry whose ``msgid`` is empty) must come first and be ``Name: value`` lines;
``Project-Id-Version`` names the content file, ``Language`` the language translated into,
and ``Content-Type`` must say ``charset=UTF-8``. Every other entry's ``msgctxt`` is the
unit id, which may appear once. Each problem names its line.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from councilkit.diagnostics import Location
from councilkit.i18n.exchange import (
    ReturnedUnit,
    TranslationFile,
    TranslationFileError,
    read_translation_bytes,
)
from councilkit.i18n.po import FINGERPRINT_COMMENT
from councilkit.i18n.po_syntax import PoEntry, decode, entries


def read_po_file(path: Path, display: str) -> TranslationFile:
    """The catalog at ``path``; raises :class:`TranslationFileError` when it is not one."""
    found = entries(decode(read_translation_bytes(path, display), display), display)
    if not found or found[0].id != "" or found[0].context is not None:
        raise TranslationFileError(
            Location(display, found[0].line if found else 1),
            'this PO file does not start with its header (msgid "" and msgstr "Name: '
            'value\\n" lines); export it again',
        )
    header = _header(found[0], display)
    original = header.get("project-id-version", "").split(" ")[0].strip()
    if not original.endswith((".yaml", ".yml")):
        raise TranslationFileError(
            Location(display, found[0].line),
            "this PO file does not say which content file it is for: its "
            "'Project-Id-Version' must name it, as 'councilkit i18n export' writes it",
        )
    language = header.get("language", "").strip()
    if not language:
        raise TranslationFileError(
            Location(display, found[0].line), "this PO file has no 'Language' header"
        )
    result = TranslationFile(display, original, "", language)
    seen: dict[str, int] = {}
    for entry in found[1:]:
        result.units.append(_unit(entry, display, seen))
    return result


def _header(entry: PoEntry, display: str) -> dict[str, str]:
    """The header's fields by lower-case name; checks the charset."""
    fields: dict[str, str] = {}
    for number, line in _header_lines(entry):
        if not line.strip():
            continue
        name, colon, value = line.partition(":")
        if not colon or not name.strip() or " " in name.strip():
            raise TranslationFileError(
                Location(display, number),
                f"the header line '{line}' is not 'Name: value'; export the file again, "
                "or mend the header in the translation tool",
            )
        fields[name.strip().lower()] = value.strip()
    content_type = fields.get("content-type", "")
    for parameter in content_type.split(";")[1:]:
        key, _, charset = parameter.strip().partition("=")
        if key.strip().lower() != "charset":
            continue
        try:
            codec = codecs.lookup(charset.strip()).name
        except LookupError:
            raise TranslationFileError(
                Location(display, entry.line),
                f"unknown charset '{charset.strip()}' in Content-Type; save the file as "
                "UTF-8 and write 'charset=UTF-8'",
            ) from None
        if codec != "utf-8":
            raise TranslationFileError(
                Location(display, entry.line),
                f"this file says it is in '{charset.strip()}'; councilkit reads PO files in "
                "UTF-8 only: save it as UTF-8 and write 'charset=UTF-8'",
            )
    return fields


def _header_lines(entry: PoEntry) -> list[tuple[int, str]]:
    """The header's lines, each with the line of the file where it starts."""
    lines: list[tuple[int, str]] = []
    current = ""
    start = entry.line
    for number, piece in entry.pieces:
        if not current:
            start = number
        current += piece
        while "\n" in current:
            line, current = current.split("\n", 1)
            lines.append((start, line))
            start = number
    if current:
        lines.append((start, current))
    return lines


def _unit(entry: PoEntry, display: str, seen: dict[str, int]) -> ReturnedUnit:
    where = Location(display, entry.line)
    if not entry.context:
        raise TranslationFileError(
            where,
            "this entry has no msgctxt: councilkit writes each text's id there; export the "
            "file again and translate in it",
        )
    if entry.context in seen:
        raise TranslationFileError(
            where,
            f"the entry for unit '{entry.context}' is in this file twice (first on line "
            f"{seen[entry.context]}); keep one of them",
        )
    seen[entry.context] = entry.line
    fingerprint = None
    for comment in entry.extracted:
        if comment.startswith(FINGERPRINT_COMMENT):
            fingerprint = comment[len(FINGERPRINT_COMMENT) :].strip()
    fuzzy = "fuzzy" in entry.flags
    return ReturnedUnit(
        id=entry.context,
        source=entry.id or "",
        target=entry.string or None,
        fingerprint=fingerprint,
        done=not fuzzy,
        where=where,
        held=fuzzy,
    )
