"""``councilkit i18n confirm``: record that translations are up to date with their source.

Confirming a text writes the fingerprint of its current source as ``translated_from``, as
an import does, without changing the text: for a translation someone has checked after
its source changed, or for content translated before councilkit kept fingerprints.
Texts without a translation cannot be confirmed and are counted apart.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from councilkit.errors import UsageError
from councilkit.i18n.units import ContentFile, State, TranslationUnit
from councilkit.i18n.writeback import WritePlan, load_project, write
from councilkit.loader.edit import TextEdit

_SELECTOR = re.compile(r"(?P<path>.+?):(?P<line>\d+)(?::(?P<column>\d+))?")


@dataclass
class ConfirmResult:
    """What a confirmation did."""

    written: list[Path] = field(default_factory=list)
    stale: int = 0
    """Stale translations now confirmed."""
    stamped: int = 0
    """Translations without a fingerprint that now have one."""
    current: int = 0
    """Translations already confirmed."""
    untranslated: int = 0
    """Texts of the selection with no translation (or no source) to confirm."""

    @property
    def confirmed(self) -> int:
        return self.stale + self.stamped


def is_selector(text: str) -> bool:
    """True when ``text`` reads as ``PATH:LINE`` or ``PATH:LINE:COLUMN``."""
    return _SELECTOR.fullmatch(text) is not None


def confirm(
    root: Path,
    *,
    groups: Sequence[str] = (),
    documents: Sequence[str] = (),
    selectors: Sequence[str] = (),
    dry_run: bool = False,
) -> ConfirmResult:
    """Confirm the translations of the selection (every text by default)."""
    _, files = load_project(root)
    chosen = select_files(files, groups=groups, documents=documents)
    units = [(f, u) for f in chosen for u in f.units]
    if selectors:
        units = _by_selectors(units, selectors)
    plan = WritePlan(root)
    result = ConfirmResult()
    for file, unit in units:
        if unit.state in (State.MISSING, State.NO_SOURCE):
            result.untranslated += 1
            continue
        if unit.text.translated_from == unit.source_fingerprint:
            result.current += 1
            continue
        if unit.state is State.STALE:
            result.stale += 1
        else:
            result.stamped += 1
        plan.add(
            file,
            TextEdit(
                path=unit.path,
                language=unit.target_language.value,
                text=None,
                fingerprint=unit.source_fingerprint,
                source_language=unit.source_language.value,
            ),
        )
    if not dry_run:
        result.written = write(plan)
    return result


def select_files(
    files: Sequence[ContentFile], *, groups: Sequence[str] = (), documents: Sequence[str] = ()
) -> list[ContentFile]:
    """The files of the groups and documents named (all when none is); raises
    :class:`UsageError` for a name that matches nothing, listing the known ones."""
    chosen = list(files)
    if groups:
        known = sorted({f.group for f in files if f.group})
        for group in groups:
            if group not in known:
                raise UsageError(f"unknown group '{group}' (known: {', '.join(known)})")
        chosen = [f for f in chosen if f.group in groups]
    if documents:
        known_names = sorted({f.name for f in chosen} | {f.label for f in chosen})
        for document in documents:
            if document not in known_names:
                names = ", ".join(sorted({f.label for f in chosen}))
                raise UsageError(f"unknown document '{document}' (known: {names})")
        chosen = [f for f in chosen if f.name in documents or f.label in documents]
    return chosen


def _by_selectors(
    units: list[tuple[ContentFile, TranslationUnit]], selectors: Sequence[str]
) -> list[tuple[ContentFile, TranslationUnit]]:
    picked: list[tuple[ContentFile, TranslationUnit]] = []
    for selector in selectors:
        match = _SELECTOR.fullmatch(selector)
        if match is None:
            raise UsageError(f"'{selector}' is not PATH:LINE or PATH:LINE:COLUMN")
        wanted = Path(match["path"]).resolve()
        line = int(match["line"])
        column = int(match["column"]) if match["column"] else None
        found = [
            (f, u)
            for f, u in units
            if f.path.resolve() == wanted
            and u.loc.line == line
            and (column is None or u.loc.column == column)
        ]
        if not found:
            raise UsageError(
                f"no text starts at {selector}; give a position as 'councilkit i18n status' "
                "or 'councilkit check' prints it"
            )
        picked.extend(p for p in found if p not in picked)
    return picked
