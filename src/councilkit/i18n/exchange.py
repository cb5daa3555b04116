"""What a translation file says, whatever its format: the units a translator sends back."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from councilkit.diagnostics import Location


@dataclass(frozen=True, slots=True)
class ReturnedUnit:
    """One unit of a translation file, its texts in councilkit markup."""

    id: str
    source: str
    target: str | None
    """None when the translator left it empty."""
    fingerprint: str | None
    """The source fingerprint written at export, when the file still carries it."""
    done: bool
    """The file marks the translation finished (XLIFF ``state="translated"``, a PO entry
    that is not fuzzy)."""
    where: Location
    problem: str | None = None
    """Why the target cannot be used (placeholders that do not match), if so."""
    held: bool = False
    """The file says the target is not to be used yet (a fuzzy PO entry)."""


@dataclass(frozen=True, slots=True)
class TranslationFile:
    """A translation file read back: which content file it is for, and its units."""

    path: str
    original: str
    """The content file, relative to the content folder (``groups/g/mandate.yaml``)."""
    source_language: str
    target_language: str
    """Language tags as written in the file (``fr-CA``, ``fr_CA``, ``fr``)."""
    units: list[ReturnedUnit] = field(default_factory=list)


def primary_language(tag: str) -> str:
    """The language of a tag, lower-cased: ``fr-CA`` and ``fr_CA`` give ``fr``."""
    return tag.replace("_", "-").split("-", 1)[0].strip().lower()


class TranslationFileError(ValueError):
    """A translation file that cannot be read; ``where`` says where it went wrong."""

    def __init__(self, where: Location, message: str) -> None:
        super().__init__(message)
        self.where = where
        self.message = message


MAX_BYTES = 16 * 1024 * 1024
"""The largest translation file read: the export of a whole council's content is a few
hundred kilobytes, so a larger file is the wrong file (or an attack on memory)."""


def read_translation_bytes(path: Path, display: str) -> bytes:
    """The bytes of the translation file at ``path``; raises :class:`TranslationFileError`
    when it cannot be read or is larger than :data:`MAX_BYTES`."""
    try:
        with path.open("rb") as stream:
            data = stream.read(MAX_BYTES + 1)
    except OSError as exc:
        raise TranslationFileError(
            Location(display), f"cannot read this file: {exc.strerror}"
        ) from exc
    if len(data) > MAX_BYTES:
        raise TranslationFileError(
            Location(display),
            f"this file is larger than {MAX_BYTES // (1024 * 1024)} MiB, more than a "
            "translation file of councilkit can be; check that it is the right file, or "
            "export the texts in parts (--group)",
        )
    return data
