"""A change to a bilingual text of a content file, and the error of a change that cannot
be made."""

from __future__ import annotations

from dataclasses import dataclass

PathPart = str | int


class EditError(ValueError):
    """A change that cannot be made to a file; ``message`` says why, for people."""


@dataclass(frozen=True, slots=True)
class TextEdit:
    """A change to the bilingual text at ``path`` (the YAML path of the mapping holding
    ``en:`` and ``fr:``): write ``text`` as ``language`` (None leaves the text as it is)
    and ``fingerprint`` as ``translated_from``."""

    path: tuple[PathPart, ...]
    language: str
    text: str | None
    fingerprint: str
    source_language: str
