"""``councilkit i18n status``: how far translation has gone, file by file."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from councilkit.i18n.units import ContentFile, State, TranslationUnit, excerpt


@dataclass(frozen=True, slots=True)
class FileStatus:
    """The translation state of one content file."""

    file: ContentFile

    def units(self, state: State) -> list[TranslationUnit]:
        return [u for u in self.file.units if u.state is state]

    @property
    def total(self) -> int:
        return len(self.file.units)

    @property
    def translated(self) -> int:
        return len(self.units(State.TRANSLATED))

    @property
    def missing(self) -> list[TranslationUnit]:
        """Texts lacking a language: the target, or (rarely) the source."""
        return [u for u in self.file.units if u.state in (State.MISSING, State.NO_SOURCE)]

    @property
    def stale(self) -> list[TranslationUnit]:
        return self.units(State.STALE)

    @property
    def share(self) -> float:
        """The share of texts translated, from 0 to 1 (1 for a file without texts)."""
        return self.translated / self.total if self.total else 1.0

    @property
    def complete(self) -> bool:
        return self.translated == self.total


def statuses(files: Sequence[ContentFile]) -> list[FileStatus]:
    return [FileStatus(f) for f in files]


def report(items: Sequence[FileStatus], *, details: bool = True) -> Iterator[str]:
    """The status as lines of text: one line per file, then its missing and stale texts
    as ``path:line:col: missing fr: “excerpt”`` (``id``)."""
    for item in items:
        file = item.file
        direction = f"{file.source_language.value} → {file.target_language.value}"
        counts = f"{item.translated}/{item.total} translated ({_percent(item.share)})"
        extra = []
        if item.missing:
            extra.append(f"{len(item.missing)} missing")
        if item.stale:
            extra.append(f"{len(item.stale)} stale")
        tail = f", {', '.join(extra)}" if extra else ""
        yield f"{file.label} [{direction}]: {counts}{tail}"
        if not details:
            continue
        for unit in sorted(item.missing + item.stale, key=lambda u: (u.loc.line, u.loc.column)):
            yield "  " + _line(unit)
    total = sum(i.total for i in items)
    done = sum(i.translated for i in items)
    missing = sum(len(i.missing) for i in items)
    stale = sum(len(i.stale) for i in items)
    share = done / total if total else 1.0
    yield (
        f"total: {done}/{total} translated ({_percent(share)}), {missing} missing, {stale} stale"
    )


def _line(unit: TranslationUnit) -> str:
    if unit.state is State.STALE:
        what = f"stale {unit.target_language.value}"
        shown = unit.source
    elif unit.state is State.NO_SOURCE:
        what = f"missing {unit.source_language.value} (source)"
        shown = unit.target
    else:
        what = f"missing {unit.target_language.value}"
        shown = unit.source
    return f"{unit.loc}: {what}: “{excerpt(shown)}” ({unit.id})"


def _percent(share: float) -> str:
    value = share * 100
    if 99 < value < 100:
        return "99%"
    return f"{value:.0f}%"
