"""``councilkit i18n import``: translations from XLIFF or PO files, back into the YAML.

For each unit of each file: a unit whose id names no text is reported (and nothing is
written); an empty or fuzzy target is left alone; a target that reads the same as the
content's translation is left alone, unless the content's translation is stale and the
file marks it finished (that confirms it). Any other target is written, with the
fingerprint of the current source as ``translated_from``.

It is an error, for the units to be written, when the file's source text (or the
fingerprint it carries) is not the content's current source, since the translation was
made from something else; when the translation lost or added bold, italic or a link; and
when its markup cannot be read. A file for another language, or for a content file that
does not exist, is an error too. Errors stop everything: the import is all or nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from councilkit.diagnostics import Diagnostic, Location, error
from councilkit.errors import UsageError
from councilkit.i18n.exchange import (
    ReturnedUnit,
    TranslationFile,
    TranslationFileError,
    primary_language,
)
from councilkit.i18n.markup import code_counts, describe_counts, same_reading
from councilkit.i18n.po_reader import read_po_file
from councilkit.i18n.units import ContentFile, State, TranslationUnit
from councilkit.i18n.writeback import TranslationError, WritePlan, load_project, write
from councilkit.i18n.xliff_reader import read_xliff
from councilkit.loader.edit import TextEdit
from councilkit.model import MarkupError

XLIFF_SUFFIXES = (".xlf", ".xliff")
PO_SUFFIXES = (".po",)


@dataclass
class ImportResult:
    """What an import did."""

    written: list[Path] = field(default_factory=list)
    translations: int = 0
    """Texts whose translation was written or changed."""
    confirmed: int = 0
    """Stale translations the file marked finished without changing them."""
    unchanged: int = 0
    empty: int = 0
    """Units left empty, or fuzzy, in the files."""


def import_translations(
    root: Path, paths: Sequence[Path], *, dry_run: bool = False
) -> ImportResult:
    """Write the translations of the files ``paths`` into the content folder ``root``.

    Raises :class:`TranslationError` (nothing written) when any file or unit is wrong.
    """
    if not paths:
        raise UsageError("give the translation files to import (.xlf, .xliff or .po)")
    _, files = load_project(root)
    by_path = {f.relpath: f for f in files}
    problems: list[Diagnostic] = []
    plan = WritePlan(root)
    result = ImportResult()
    seen: dict[tuple[str, str], tuple[str, ReturnedUnit]] = {}
    for path in paths:
        for translation in _read(path, problems):
            content = _content_file(translation, by_path, problems)
            if content is None:
                continue
            for returned in translation.units:
                unit = content.unit(returned.id)
                if unit is None:
                    problems.append(
                        error(
                            returned.where,
                            "unknown-unit",
                            f"unit '{returned.id}' names no text of {content.relpath} (did "
                            "the content change since the export? export again)",
                        )
                    )
                    continue
                _plan_unit(content, unit, returned, plan, result, problems, seen)
    if problems:
        raise TranslationError(problems)
    if not dry_run:
        result.written = write(plan)
    return result


def _read(path: Path, problems: list[Diagnostic]) -> list[TranslationFile]:
    display = path.as_posix()
    if not path.is_file():
        raise UsageError(f"translation file '{display}' does not exist")
    try:
        if path.suffix.lower() in XLIFF_SUFFIXES:
            return read_xliff(path, display)
        if path.suffix.lower() in PO_SUFFIXES:
            return [read_po_file(path, display)]
    except TranslationFileError as exc:
        problems.append(error(exc.where, "bad-translation-file", exc.message))
        return []
    raise UsageError(
        f"'{display}': unknown translation file type '{path.suffix}' (use .xlf, .xliff or .po)"
    )


def _content_file(
    translation: TranslationFile, by_path: dict[str, ContentFile], problems: list[Diagnostic]
) -> ContentFile | None:
    where = Location(translation.path)
    original = translation.original.replace("\\", "/").removeprefix("./")
    content = by_path.get(original)
    if content is None:
        problems.append(
            error(
                where,
                "unknown-document",
                f"this file is for '{translation.original}', which is not a content file "
                "with texts in this content folder (was it renamed or deleted?)",
            )
        )
        return None
    target = primary_language(translation.target_language)
    source = primary_language(translation.source_language) if translation.source_language else ""
    if target != content.target_language.value or (
        source and source != content.source_language.value
    ):
        problems.append(
            error(
                where,
                "wrong-language",
                f"this file translates {source or '?'} into {target or '?'} "
                f"('{translation.target_language}'), but {content.relpath} is written in "
                f"{content.source_language.value} and translated into "
                f"{content.target_language.value}",
            )
        )
        return None
    return content


def _plan_unit(
    content: ContentFile,
    unit: TranslationUnit,
    returned: ReturnedUnit,
    plan: WritePlan,
    result: ImportResult,
    problems: list[Diagnostic],
    seen: dict[tuple[str, str], tuple[str, ReturnedUnit]],
) -> None:
    if returned.target is None or not returned.target.strip() or returned.held:
        result.empty += 1
        return
    target = returned.target.strip()
    current = unit.target
    changed = current is None or not same_reading(target, current)
    confirms = unit.state is State.STALE and returned.done
    if not changed and not confirms:
        result.unchanged += 1
        return
    where = returned.where
    name = f"unit '{unit.id}'"
    if unit.source is None:
        problems.append(
            error(where, "conflict", f"{name}: the content has no source text for it any more")
        )
        return
    if not same_reading(returned.source, unit.source) or (
        returned.fingerprint is not None and returned.fingerprint != unit.source_fingerprint
    ):
        problems.append(
            error(
                where,
                "conflict",
                f"{name}: the {unit.source_language.value} source changed since this file was "
                f"exported (it now reads “{_short(unit.source)}”); export again and translate "
                "the new text",
            )
        )
        return
    if returned.problem:
        problems.append(error(where, "markup-mismatch", f"{name}: {returned.problem}"))
        return
    try:
        wanted, found = code_counts(unit.source), code_counts(target)
    except MarkupError as exc:
        problems.append(error(where, "markup", f"{name}: the translation's markup: {exc}"))
        return
    if wanted != found:
        problems.append(
            error(
                where,
                "markup-mismatch",
                f"{name}: the source has {describe_counts(wanted)}, the translation has "
                f"{describe_counts(found)}; keep the same bold, italic and links",
            )
        )
        return
    key = (content.relpath, unit.id)
    if key in seen and not same_reading(seen[key][1].target or "", target):
        problems.append(
            error(
                where,
                "conflict",
                f"{name}: {seen[key][0]} gives another translation of the same text",
            )
        )
        return
    if key in seen:
        return
    seen[key] = (returned.where.path, returned)
    plan.add(
        content,
        TextEdit(
            path=unit.path,
            language=unit.target_language.value,
            text=target if changed else None,
            fingerprint=unit.source_fingerprint,
            source_language=unit.source_language.value,
        ),
    )
    if changed:
        result.translations += 1
    else:
        result.confirmed += 1


def _short(text: str) -> str:
    value = " ".join(text.split())
    return value if len(value) <= 60 else value[:59] + "…"
