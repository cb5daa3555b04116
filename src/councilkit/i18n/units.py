"""Translation units: every bilingual text of the content, with a stable id.

A unit's id is the YAML path of the mapping that holds its ``en:`` and ``fr:`` within its
file, written ``slides[3].items[1].lead`` (list indexes count from 0). For a text written
inline in a record (a list item, a paragraph: ``- en: …``) it is the path of that record.
Ids survive edits elsewhere in the file; they change only when the text moves.

Units are grouped by :class:`ContentFile`: ``project.yaml``, each ``group.yaml``, and each
document. A file's source language is the document's (or the project's); the target is
the other official language.
"""

from __future__ import annotations

import contextlib
import dataclasses
import enum
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from councilkit.diagnostics import Location
from councilkit.model import (
    BilingualText,
    Deck,
    Document,
    FreeSection,
    Language,
    MarkupError,
    Project,
    Slide,
    plain_text,
)
from councilkit.model.schema import field_spec
from councilkit.model.text import fingerprint

PathPart = str | int
YamlPath = tuple[PathPart, ...]

_SEGMENT = re.compile(r"\.?([A-Za-z_][A-Za-z0-9_-]*)|\[(\d+)\]")


class State(enum.Enum):
    """Where a text stands in translation."""

    TRANSLATED = "translated"
    """Both languages written, and the translation made from the current source."""
    MISSING = "missing"
    """The target language is not written."""
    STALE = "stale"
    """The source changed after the translation was made from it."""
    NO_SOURCE = "no-source"
    """Only the target language is written: nothing to translate from."""


@dataclass(frozen=True, slots=True)
class TranslationUnit:
    """One text to translate."""

    path: YamlPath
    text: BilingualText
    source_language: Language
    context: str
    """Where the text is, for the translator: document, section or slide."""

    @property
    def id(self) -> str:
        return format_path(self.path)

    @property
    def source(self) -> str | None:
        return self.text.get(self.source_language)

    @property
    def target_language(self) -> Language:
        return self.source_language.other

    @property
    def target(self) -> str | None:
        return self.text.get(self.target_language)

    @property
    def loc(self) -> Location:
        assert self.text.loc is not None  # units are made only from written texts
        return self.text.loc

    @property
    def source_fingerprint(self) -> str:
        return fingerprint(self.source or "")

    @property
    def state(self) -> State:
        if not self.source:
            return State.NO_SOURCE
        if not self.target:
            return State.MISSING
        if self.text.is_stale(self.source_language):
            return State.STALE
        return State.TRANSLATED


@dataclass(frozen=True, slots=True)
class ContentFile:
    """A content file and its units."""

    relpath: str
    """The file's path inside the content folder, with ``/`` (``groups/g/mandate.yaml``)."""
    path: Path
    group: str | None
    name: str
    """``project``, ``group``, or the document's id."""
    label: str
    """How people call it: ``joint-councils-framework/deck-2016-09-14``."""
    source_language: Language
    units: tuple[TranslationUnit, ...]
    _by_id: dict[str, TranslationUnit] = dataclasses.field(
        init=False, repr=False, compare=False, hash=False
    )

    def __post_init__(self) -> None:
        # Found by id once per file: an import looks every unit of its files up.
        object.__setattr__(self, "_by_id", {u.id: u for u in reversed(self.units)})

    @property
    def target_language(self) -> Language:
        return self.source_language.other

    def unit(self, unit_id: str) -> TranslationUnit | None:
        """The first unit whose id is ``unit_id``, or None."""
        return self._by_id.get(unit_id)

    @property
    def display(self) -> str:
        """The path shown in diagnostics (the same as ``councilkit check``)."""
        return self.units[0].loc.path if self.units else self.path.as_posix()


def format_path(path: Sequence[PathPart]) -> str:
    """``('slides', 3, 'title')`` as ``slides[3].title``."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out


def parse_path(text: str) -> YamlPath | None:
    """``slides[3].title`` as ``('slides', 3, 'title')``; None when it is not a path."""
    parts: list[PathPart] = []
    pos = 0
    while pos < len(text):
        match = _SEGMENT.match(text, pos)
        if not match or (pos == 0 and text.startswith(".")):
            return None
        parts.append(match.group(1) if match.group(1) else int(match.group(2)))
        pos = match.end()
    return tuple(parts) if parts else None


def content_files(project: Project, root: Path) -> list[ContentFile]:
    """Every content file with texts, in project, group, then document order."""
    files: list[ContentFile] = []
    project_source = project.settings.source_language
    if Language.EN not in project.settings.languages or Language.FR not in (
        project.settings.languages
    ):
        return files  # a one-language project has nothing to translate
    settings = project.settings
    if settings.loc is not None:
        files.append(
            _file(root, settings.loc, None, "project", "project", project_source, settings, "")
        )
    for group in project.groups:
        if group.loc is not None:
            files.append(
                _file(
                    root,
                    group.loc,
                    group.id,
                    "group",
                    f"{group.id}/group",
                    project_source,
                    group,
                    f"{group.id} (group)",
                )
            )
        for document in group.documents:
            if document.loc is None:
                continue
            files.append(
                _file(
                    root,
                    document.loc,
                    group.id,
                    document.id,
                    f"{group.id}/{document.id}",
                    project.source_language_of(document),
                    document,
                    f"{group.id}/{document.id} ({document.KIND})",
                )
            )
    return files


def _file(
    root: Path,
    loc: Location,
    group: str | None,
    name: str,
    label: str,
    source: Language,
    record: Any,
    heading: str,
) -> ContentFile:
    root_display = root.as_posix().rstrip("/")
    relpath = (
        loc.path[len(root_display) + 1 :] if loc.path.startswith(root_display + "/") else (loc.path)
    )
    units = tuple(
        TranslationUnit(path, text, source, _context(record, path, heading or label, source))
        for path, text in walk(record)
    )
    return ContentFile(relpath, root / relpath, group, name, label, source, units)


def walk(record: Any, path: YamlPath = ()) -> Iterator[tuple[YamlPath, BilingualText]]:
    """Every text written in ``record`` with its YAML path, in file order. Texts and
    records the loader did not read from the file (defaults) are left out."""
    if isinstance(record, BilingualText):
        if record.loc is not None:
            yield path, record
        return
    if isinstance(record, tuple):
        for index, item in enumerate(record):
            yield from walk(item, (*path, index))
        return
    if not dataclasses.is_dataclass(record) or isinstance(record, type):
        return
    if getattr(record, "loc", None) is None:
        return
    for f in dataclasses.fields(record):
        spec = field_spec(f)
        if f.name == "loc" or not spec.read:
            continue
        value = getattr(record, f.name)
        if spec.inline:
            yield from walk(value, path)
        else:
            yield from walk(value, (*path, spec.key or f.name))


def _context(record: Any, path: YamlPath, heading: str, source: Language) -> str:
    where = _where(record, path, source)
    return f"{heading}: {where}" if where else heading


def _where(record: Any, path: YamlPath, source: Language) -> str:
    if not path:
        return ""
    head = path[0]
    if isinstance(record, Deck) and head == "slides" and len(path) > 1:
        index = path[1]
        assert isinstance(index, int)
        slide: Slide = record.slides[index]
        title = _plain(slide.title, source)
        name = f"slide {index + 1} ({slide.KIND})"
        if title:
            name += f" “{title}”"
        return name + _field_words(path[2:])
    if isinstance(record, Document) and head == "sections" and len(path) > 1:
        index = path[1]
        assert isinstance(index, int)
        section: FreeSection = record.sections[index]  # type: ignore[attr-defined]
        title = _plain(section.title, source)
        return f"section “{title}”" + _field_words(path[2:])
    if head == "history":
        return "version history" + _field_words(path[2:])
    return f"{str(head).replace('_', ' ')}" + _field_words(path[1:])


_FIELD_WORDS = {
    "title": "title",
    "notes": "speaker notes",
    "lead": "lead term",
    "callout": "call-out",
    "label": "label",
    "caption": "caption",
    "alt": "alternative text",
    "heading": "column heading",
    "intro": "introduction",
    "subtitle": "subtitle",
    "attribution": "attribution",
    "header": "table header",
    "rows": "table cell",
    "items": "list item",
    "bullets": "list item",
    "numbered": "list item",
    "in_scope": "in scope",
    "out_of_scope": "out of scope",
}


def _field_words(rest: YamlPath) -> str:
    names = [p for p in rest if isinstance(p, str)]
    if not names:
        return ""
    last = names[-1]
    if "header" in names:
        last = "header"
    elif "rows" in names:
        last = "rows"
    return f", {_FIELD_WORDS.get(last, last.replace('_', ' '))}"


def _plain(text: BilingualText | None, language: Language) -> str:
    value = text.get(language) or text.get(language.other) if text else None
    if not value:
        return ""
    with contextlib.suppress(MarkupError):
        value = plain_text(value)
    value = " ".join(value.split())
    return value if len(value) <= 60 else value[:57] + "…"


def excerpt(text: str | None, width: int = 50) -> str:
    """A short one-line excerpt of ``text``."""
    value = " ".join((text or "").split())
    return value if len(value) <= width else value[: width - 1] + "…"
